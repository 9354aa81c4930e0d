import { useEffect, useState } from 'react';
import type { MatchResult } from '@/data/model/result';
import type { CompanyHit } from '@/data/model/result';
import { useI18n } from './i18n';

export interface SearchPanelProps {
  search: (query: string) => Promise<{ direct: MatchResult | null; hits: CompanyHit[] }>;
  onPick: (pick: { companyId: string } | { result: MatchResult }) => void;
  autoFocus?: boolean;
  /** The popup's bar: the label is read by screen readers, the placeholder says it to the eye. */
  compact?: boolean;
}

/** Search by company name or domain. Runs locally: the query never leaves the device. */
export function SearchPanel({ search, onPick, autoFocus, compact = false }: SearchPanelProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<CompanyHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      search(q).then(
        (out) => {
          if (!live) return;
          setError(null);
          if (out.direct) onPick({ result: out.direct });
          else setHits(out.hits);
        },
        (err: unknown) => live && setError(String(err)),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search, onPick]);

  return (
    <form className={compact ? 'search compact' : 'search'} role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="company-search" className={compact ? 'sr-only' : undefined}>
        {t('search.label')}
      </label>
      <input
        id="company-search"
        data-testid="search-input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        autoFocus={autoFocus}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      {error && <p className="error">{error}</p>}
      {hits && hits.length === 0 && <p className="muted">{t('search.noneFound', { query: query.trim() })}</p>}
      {hits && hits.length > 0 && (
        <ul className="hits" data-testid="search-results">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" onClick={() => onPick({ companyId: h.id })}>
                <strong>{h.name}</strong>
                {h.domains[0] && <span className="muted"> {h.domains[0]}</span>}
                {h.matched && <span className="muted"> {t('search.matched', { value: h.matched })}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
