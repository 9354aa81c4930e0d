import { useCallback, useEffect, useState } from 'react';
import { usePaintMark } from '@/hooks/usePaintMark';
import { MARKS } from '@/data/model/marks';
import { QueryForm } from '@/components/lookup/QueryForm';
import { QueryAnswerView } from '@/components/lookup/QueryAnswerView';
import { useI18n } from '@/components/i18n';
import { askLookup, askOthers, type QueryAnswer } from '@/data/browser/ask';
import type { MatchResult } from '@/data/model/result';
import type * as Below from './Later';

// Below the first answer — its awards table, the list check and its report, the data's footer — and the
// store reads they need (Dexie, Zod) are loaded once that answer is painted, or at once without one (Later.tsx).
// Held in state once loaded (not React.lazy, which would show its fallback once more when a part first appears):
// an answer shown with the module loaded has its awards table in the same frame.
const later = () => import('./Later');
const store = () => import('@/data/browser/lookup-page');

/**
 * The lookup page: one company by name, domain, URL or email (asked of the background, which keeps the
 * name index); or a whole list, screened in a worker (Later.tsx). `first` is the answer to `?q=` main.tsx
 * asked for before the page mounted; `answered`, that answer when it came before React was ready.
 */
export function App({ first, answered }: { first?: Promise<QueryAnswer>; answered?: QueryAnswer }) {
  const { t } = useI18n();
  const [asked] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [query, setQuery] = useState(asked);
  const [answer, setAnswer] = useState<QueryAnswer | null>(answered ?? null);
  const [shown, setShown] = useState<MatchResult | null>(answered?.result ?? null);
  const [error, setError] = useState<string | null>(null);
  // The list's printable report takes the whole page (Later.tsx says when).
  const [printing, setPrinting] = useState(false);
  const painted = usePaintMark(MARKS.contentPainted, answer !== null);
  const rest = !first || painted || error !== null;
  const [below, setBelow] = useState<typeof Below | null>(null);
  useEffect(() => {
    if (rest) void later().then(setBelow, (err: unknown) => setError(String(err)));
  }, [rest]);

  const show = useCallback((p: Promise<QueryAnswer>) => {
    setError(null);
    p.then(
      (a) => {
        setAnswer(a);
        setShown(a.result);
      },
      (err: unknown) => setError(String(err)),
    );
  }, []);
  // A ?q= from the context menu was asked for before the page mounted (main.tsx).
  useEffect(() => void (first && !answered && show(first)), [first, answered, show]);
  // That answer came without the other companies named like the query (the search over every company's names
  // is not in the first paint): asked for now, the page's first view being painted. Typed queries get them at once.
  useEffect(() => {
    if (!answer || answer.others) return;
    const fill = (others: NonNullable<QueryAnswer['others']>) => setAnswer((a) => (a === answer ? { ...a, others } : a));
    askOthers(asked, answer.result?.company.id).then(fill, (err: unknown) => {
      fill([]);
      setError(String(err));
    });
  }, [answer, asked]);
  // A query typed here is shown once the rest of the page is loaded too, so its awards table comes with it.
  const search = useCallback(
    (q: string) => {
      if (q.trim()) show(Promise.all([askLookup(q), later().then(setBelow)]).then(([a]) => a));
    },
    [show],
  );
  const pick = (id: string) =>
    void store()
      .then((s) => s.companyResult(id))
      .then(
        (m) => m && setShown(m),
        (err: unknown) => setError(String(err)),
      );

  return (
    <main className={printing ? 'page' : 'page lookup'}>
      {!printing && (
        <>
          <h1>{t('lookup.title')}</h1>
          <p className="muted">{t('lookup.private')}</p>
          <QueryForm query={query} onChange={setQuery} onSubmit={search} />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {answer && (
            <QueryAnswerView
              query={query}
              outcome={answer.outcome}
              shown={shown}
              others={answer.others ?? []}
              onPick={pick}
              awards={shown && below ? <below.Awards result={shown} /> : null}
            />
          )}
        </>
      )}
      {below && <below.Lists onPrinting={setPrinting} onError={setError} />}
    </main>
  );
}
