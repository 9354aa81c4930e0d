import type { ReactNode } from 'react';
import type { MatchResult } from '@/data/model/result';
import type { ScreenOutcome } from '@/data/model/name-matcher';
import type { CompanyHit } from '@/data/model/result';
import { notesText } from '@/data/model/screen-words';
import { affiliateText, didYouMeanText } from '../paint/lookup';
import { MatchBadge } from '../MatchBadge';
import { ResultView } from '../ResultView';
import { useI18n } from '../i18n';

export interface QueryAnswerViewProps {
  query: string;
  outcome: ScreenOutcome;
  /** The company shown: the match, or one picked from `others` or from a screened list. */
  shown: MatchResult | null;
  others: CompanyHit[];
  onPick: (companyId: string) => void;
  /** Below the company: its awards table. */
  awards?: ReactNode;
}

/**
 * The answer to one query: a match, a suggestion ("Did you mean Booz Allen Hamilton?") or a close call
 * between companies, never "no company matches" above a suggestion; then the company's notes, and other
 * companies with those words.
 */
export function QueryAnswerView({ query, outcome, shown, others, onPick, awards }: QueryAnswerViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const notes = notesText(outcome.notes, i18n);
  const m = outcome.match;
  const isMatch = !!m && shown?.company.id === m.companyId;
  return (
    <section className="answer" data-testid="lookup-answer">
      {outcome.state === 'review' && m && isMatch && (
        <h2 className="did-you-mean" data-testid="did-you-mean">
          {didYouMeanText(i18n, shown.company.name)}
        </h2>
      )}
      {outcome.state === 'review' && !m && outcome.candidates && (
        <div className="did-you-mean" data-testid="did-you-mean">
          <h2>{t('lookup.whichOne')}</h2>
          <ul className="hits">
            {outcome.candidates.map((c) => (
              <li key={c.companyId}>
                <button type="button" onClick={() => onPick(c.companyId)}>
                  {c.matched}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {m && isMatch && <MatchBadge match={m} state={outcome.state} />}
      {m?.affiliate && isMatch && <p data-testid="affiliate">{affiliateText(i18n, query, m.affiliate, shown.company.name)}</p>}
      {shown ? (
        <>
          <ResultView result={shown} />
          {awards}
        </>
      ) : (
        outcome.state === 'none' && (
          <p data-testid="lookup-no-match">
            {notes ? t('lookup.noMatchWhy', { query: query.trim(), why: notes }) : t('lookup.noMatch', { query: query.trim() })}
          </p>
        )
      )}
      {others.length > 0 && (
        <div className="others">
          <h2 className="section">{t('lookup.others')}</h2>
          <ul className="hits">
            {others.map((h) => (
              <li key={h.id}>
                <button type="button" onClick={() => onPick(h.id)}>
                  {h.name}
                  {h.domains[0] ? <span className="muted"> {h.domains[0]}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
