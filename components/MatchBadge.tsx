import { HOW_LABELS, type ScreenMatch } from '@/data/model/name-matcher';

/** How a result matched, and how sure we are. */
export function MatchBadge({ match }: { match: ScreenMatch }) {
  const pct = Math.round(match.confidence * 100);
  return (
    <span className={`match-badge ${pct >= 95 ? 'sure' : 'unsure'}`} data-testid="match-how">
      matched by {HOW_LABELS[match.how]} “{match.matched}” · confidence {pct}%
    </span>
  );
}
