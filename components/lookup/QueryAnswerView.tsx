import type { MatchResult } from '@/data/model/result';
import type { ScreenOutcome } from '@/data/model/name-matcher';
import type { CompanyHit } from '@/data/model/result';
import { MatchBadge } from '../MatchBadge';
import { ResultView } from '../ResultView';
import { notesText } from '@/data/model/screen-words';
import { useI18n } from '../i18n';

export interface QueryAnswerViewProps {
  query: string;
  outcome: ScreenOutcome;
  /** The company shown: the match, or one picked from `others` or from a screened list. */
  shown: MatchResult | null;
  others: CompanyHit[];
  onPick: (companyId: string) => void;
}

/** The answer to one query: how it matched, the company's notes, and other companies with those words. */
export function QueryAnswerView({ query, outcome, shown, others, onPick }: QueryAnswerViewProps) {
  const i18n = useI18n();
  const notes = notesText(outcome.notes, i18n);
  return (
    <section className="answer" data-testid="lookup-answer">
      {outcome.match && shown?.company.id === outcome.match.companyId && <MatchBadge match={outcome.match} state={outcome.state} />}
      {shown ? (
        <ResultView result={shown} expanded />
      ) : (
        <p data-testid="lookup-no-match">
          No company in the dataset matches “{query.trim()}”{notes ? `: ${notes}` : ''}.
        </p>
      )}
      {others.length > 0 && (
        <div className="others">
          <h2 className="section">Other companies with these words in their name</h2>
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
