import { useLayoutEffect, useRef } from 'react';
import type { MatchResult } from '@/data/model/result';
import type { TiePrefs } from '@/data/model/headline';
import { badgeNoteChildren } from './paint/headline';
import { useI18n } from './i18n';

/**
 * Says what the toolbar badge's number counts, under the lines it counts. Painted by paint/headline.ts, as
 * the popup paints it before React loads.
 */
export function BadgeNote({
  result,
  prefs,
  quiet,
  onAbout,
}: {
  result: MatchResult;
  prefs: TiePrefs;
  quiet: boolean;
  onAbout: () => void;
}) {
  const i18n = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);
  // The latest handler, so a new function each render does not paint the note again.
  const about = useRef(onAbout);
  useLayoutEffect(() => void (about.current = onAbout));
  useLayoutEffect(
    () => ref.current?.replaceChildren(...badgeNoteChildren({ result, prefs, quiet, onAbout: () => about.current() }, i18n)),
    [result, prefs, quiet, i18n],
  );
  return <p className="badge-note muted" data-testid="badge-note" ref={ref} />;
}
