/**
 * What the data in use covers: the agencies with contract records and the span of their award actions,
 * and each labor source with the span of its records. Computed from the records whenever a generation is
 * written (install or sync), so the statement the popup and the about page make is always about the data
 * actually in use, never a sentence that goes stale.
 */
import type { Note } from './schema';
import type { Coverage } from './state';
import type { I18n } from './i18n';
import { fiscalYears } from './headline';

/** The labor sources Tieline reads, in the order the about page credits them. */
export const LABOR_SOURCES = ['cait', 'nlrb', 'lat', 'press'] as const;
export type LaborSource = (typeof LABOR_SOURCES)[number];

// Its schema is stored state (data/model/state.ts); this file only computes and words it, so the pages that
// show it load no Zod.
export type { Coverage };

/**
 * Which source a labor note comes from, by its sources' hosts: the importers link every note to the
 * source's own record (CAIT's repository, the NLRB case page, the Labor Action Tracker). Notes our authors
 * wrote from press reports are "press".
 */
export function laborSource(n: Extract<Note, { kind: 'labor' }>): LaborSource {
  const urls = n.sources.map((s) => s.url);
  if (urls.some((u) => u.startsWith('https://www.nlrb.gov/'))) return 'nlrb';
  if (urls.some((u) => /^https:\/\/(github\.com\/collective-action\/|(www\.)?collectiveaction\.tech\/)/.test(u))) return 'cait';
  if (urls.some((u) => u.startsWith('https://striketracker.ilr.cornell.edu/'))) return 'lat';
  return 'press';
}

interface Acc {
  first: string;
  last: string;
  count: number;
}
const widen = (acc: Acc | undefined, first: string | undefined, last: string | undefined): Acc | undefined => {
  if (!first) return acc;
  const l = last ?? first;
  if (!acc) return { first, last: l, count: 1 };
  return { first: first < acc.first ? first : acc.first, last: l > acc.last ? l : acc.last, count: acc.count + 1 };
};

export function coverageOf(records: {
  agencies: readonly { id: string; acronym: string; name: string }[];
  notes: readonly Note[];
}): Coverage {
  const withContracts = new Set<string>();
  let contracts: Acc | undefined;
  const labor = new Map<LaborSource, Acc>();
  for (const n of records.notes) {
    if (n.kind === 'contract') {
      if (n.awards.length) withContracts.add(n.agencyId);
      for (const a of n.awards) contracts = widen(contracts, a.startDate, a.endDate);
    } else if (n.kind === 'labor') {
      const src = laborSource(n);
      const acc = widen(labor.get(src), n.date, n.date);
      if (acc) labor.set(src, acc);
    }
  }
  return {
    agencies: records.agencies
      .filter((a) => withContracts.has(a.id))
      .map(({ id, acronym, name }) => ({ id, acronym, name }))
      .sort((a, b) => a.acronym.localeCompare(b.acronym)),
    ...(contracts ? { contracts } : {}),
    labor: LABOR_SOURCES.flatMap((source) => {
      const acc = labor.get(source);
      return acc ? [{ source, ...acc }] : [];
    }),
  };
}

const yearSpan = (first: string, last: string) => {
  const a = first.slice(0, 4);
  const b = last.slice(0, 4);
  return a === b ? a : `${a}–${b}`;
};

/**
 * The coverage statement, in one sentence: "Tieline covers contracts with CBP and ICE (fiscal years
 * 2021–26, from USAspending) and labor actions from Collective Action in Tech (1970–2022) and NLRB union
 * elections (2017–2022)."
 */
export function coverageSentence(c: Coverage | undefined, i18n: I18n): string {
  const { t, fmt } = i18n;
  if (!c) return t('coverage.unknown');
  const contracts =
    c.agencies.length && c.contracts
      ? t('coverage.contracts', {
          agencies: fmt.list(c.agencies.map((a) => a.acronym)),
          years: fiscalYears(c.contracts.first, c.contracts.last, i18n),
        })
      : '';
  const labor = c.labor.length
    ? t('coverage.labor', {
        sources: fmt.list(c.labor.map((l) => t(`coverage.source.${l.source}`, { years: yearSpan(l.first, l.last) }))),
      })
    : '';
  if (contracts && labor) return t('coverage.both', { contracts, labor });
  return t('coverage.one', { what: contracts || labor || t('coverage.nothing') });
}
