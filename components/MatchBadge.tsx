import type { ReviewState, ScreenMatch } from '@/data/model/name-matcher';
import { howLabel, STATE_KEYS } from '@/data/model/screen-words';
import { useI18n } from './i18n';

/** How a result matched, how sure we are, and whether a person should look (the review state). */
export function MatchBadge({ match, state }: { match: ScreenMatch; state: ReviewState }) {
  const i18n = useI18n();
  const { t } = i18n;
  const percent = Math.round(match.confidence * 100);
  return (
    <span className={`match-badge state-${state}`} data-testid="match-how" data-state={state}>
      <strong>{t(STATE_KEYS[state])}</strong> · {t('screen.badge', { how: howLabel(match.how, i18n), matched: match.matched, percent })}
    </span>
  );
}
