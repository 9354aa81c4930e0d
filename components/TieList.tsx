import { useLayoutEffect, useRef } from 'react';
import type { Tie } from '@/data/model/headline';
import { tieItems, tieListLabel } from './paint/headline';
import { useI18n } from './i18n';

/**
 * The headline lines, most serious first: each says what kind of tie it is in words (not colour alone)
 * and keeps its first source one click away. Test hook: `data-testid="tie"` with `data-kind`.
 *
 * The lines are painted by paint/headline.ts, the function the popup paints them with before React loads:
 * one implementation, and what React takes over is what was painted (a layout effect: before the browser paints).
 */
export function TieList({ lines }: { lines: readonly Tie[] }) {
  const i18n = useI18n();
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => ref.current?.replaceChildren(...tieItems(lines, i18n)), [lines, i18n]);
  return <ul className="ties" aria-label={tieListLabel(i18n)} ref={ref} />;
}
