import { useDeferredValue, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ContractView, ContextView, LaborView, MatchResult } from '@/data/model/result';
import { showsSeveralCompanies } from '@/data/model/describe';
import { ALL_TIES, contextOrder, headlines, laborOrder, type TiePrefs } from '@/data/model/headline';
import { ContractGroup } from './ContractGroup';
import { NoteCard } from './NoteCard';
import { TieList } from './TieList';
import { useI18n } from './i18n';
import { headerChildren, nothingOnRecordText } from './paint/headline';

/** Labor actions shown before the rest are folded away (weightiest first). */
const FIRST_LABOR = 8;

/** Contract ties by agency, the agency with the most money first (own awards, then resold orders). */
function byAgency(ties: ContractView[]): ContractView[][] {
  const groups = new Map<string, ContractView[]>();
  for (const c of ties) groups.set(c.agency.id, [...(groups.get(c.agency.id) ?? []), c]);
  const weight = (g: ContractView[]) =>
    [g.reduce((s, c) => s + Math.max(0, c.totalUsd), 0), g.reduce((s, c) => s + c.resoldUsd, 0)] as const;
  return [...groups.values()].sort((a, b) => {
    const [da, ra] = weight(a);
    const [db, rb] = weight(b);
    return db - da || rb - ra;
  });
}

type Level = 1 | 2;
const Heading = ({ level, children, ...rest }: { level: 1 | 2 | 3; children: ReactNode; className?: string; 'data-testid'?: string }) =>
  level === 1 ? <h1 {...rest}>{children}</h1> : level === 2 ? <h2 {...rest}>{children}</h2> : <h3 {...rest}>{children}</h3>;

export interface ResultViewProps {
  result: MatchResult;
  /** Open every group and award list (the lookup page and the printed report); the popup folds them. */
  expanded?: boolean;
  /** The company's heading level: 1 in the popup (its page heading), 2 inside a page that has its own. */
  level?: Level;
  /** The user's choice of what leads (and lights the badge); the lookup page shows everything. */
  prefs?: TiePrefs;
  /** Shown between the headlines and the details (the popup explains its badge there). */
  children?: ReactNode;
}

/**
 * A company's result: who it is and how it matched, the headline lines, then the details folded by
 * group, most significant first. Every line and every detail keeps its sources one click away.
 */
export function ResultView({ result, expanded = false, level = 2, prefs = ALL_TIES, children }: ResultViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const contracts = result.notes.filter((n): n is ContractView => n.kind === 'contract');
  const labor = result.notes.filter((n): n is LaborView => n.kind === 'labor').sort(laborOrder);
  const context = result.notes.filter((n): n is ContextView => n.kind === 'context').sort(contextOrder);
  const label = showsSeveralCompanies(result);
  const { lines } = useMemo(() => headlines(result, i18n, prefs), [result, i18n, prefs]);
  const sub = (level + 1) as 2 | 3;
  const groups = byAgency(contracts);
  const conflicts = result.conflicts ?? [];
  // The header (who, how it matched, its owners) is painted by paint/headline.ts, the function the popup
  // paints it with before React loads: one implementation, in a layout effect (before the browser paints).
  const header = useRef<HTMLElement>(null);
  useLayoutEffect(() => header.current?.replaceChildren(...headerChildren(result, level, i18n)), [result, level, i18n]);
  const aboutNote = (id: string) => conflicts.filter((c) => c.noteId === id);
  // The folded details are drawn just after the rest: most of a result's elements are in them, and the
  // headline lines above should not wait for them (React renders them right after, in the background).
  const details = useDeferredValue(true, expanded);
  return (
    <article className="result">
      <header ref={header} />
      {result.notes.length === 0 ? (
        <p className="nothing" data-testid="nothing-on-record">
          {nothingOnRecordText(result, i18n)}
        </p>
      ) : (
        <TieList lines={lines} />
      )}
      {children}
      {contracts.length > 0 && (
        <details className="group" open={expanded}>
          <summary>
            <Heading level={sub} className="section">
              {t('result.contractsGroup', { count: groups.length })}
            </Heading>
          </summary>
          {details && (
            <ul className="notes">
              {groups.map((g) => (
                <ContractGroup key={g[0]!.agency.id} ties={g} labelCompanies={label} expanded={expanded} conflicts={conflicts} />
              ))}
            </ul>
          )}
        </details>
      )}
      {labor.length > 0 && (
        <details className="group" open={expanded}>
          <summary>
            <Heading level={sub} className="section">
              {t('result.laborHeading', { count: labor.length })}
            </Heading>
          </summary>
          {details && (
            <ul className="notes">
              {labor.slice(0, FIRST_LABOR).map((n) => (
                <NoteCard key={n.id} note={n} labelCompany={label} conflicts={aboutNote(n.id)} />
              ))}
            </ul>
          )}
          {details && labor.length > FIRST_LABOR && (
            // Still in the page (and counted), folded away so a long history stays glanceable.
            <details className="more" open={expanded}>
              <summary>{t('result.showMoreLabor', { count: labor.length - FIRST_LABOR })}</summary>
              <ul className="notes">
                {labor.slice(FIRST_LABOR).map((n) => (
                  <NoteCard key={n.id} note={n} labelCompany={label} conflicts={aboutNote(n.id)} />
                ))}
              </ul>
            </details>
          )}
        </details>
      )}
      {context.length > 0 && (
        <details className="group" open={expanded}>
          <summary>
            <Heading level={sub} className="section">
              {t('result.contextGroup', { count: context.length })}
            </Heading>
          </summary>
          {details && (
            <ul className="notes">
              {context.map((n) => (
                <NoteCard key={n.id} note={n} labelCompany={label} conflicts={aboutNote(n.id)} />
              ))}
            </ul>
          )}
        </details>
      )}
    </article>
  );
}
