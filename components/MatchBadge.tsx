import { useLayoutEffect, useRef } from 'react';
import type { ReviewState, ScreenMatch } from '@/data/model/name-matcher';
import { matchBadgeChildren } from './paint/lookup';
import { useI18n } from './i18n';

/**
 * How a result matched, how sure we are, and whether a person should look (the review state). Painted by
 * paint/lookup.ts, as the lookup page paints its answer to `?q=` before React loads: one implementation.
 */
export function MatchBadge({ match, state }: { match: ScreenMatch; state: ReviewState }) {
  const i18n = useI18n();
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => ref.current?.replaceChildren(...matchBadgeChildren(match, state, i18n)), [match, state, i18n]);
  return <span className={`match-badge state-${state}`} data-testid="match-how" data-state={state} ref={ref} />;
}
