/**
 * The headline list: what a match means in a few plain lines, most serious first, in the reader's
 * language. One line per agency the company (or an owner) holds contracts with, one per agency its
 * products were resold to, then the weightiest labor actions and the most widely reported context notes. The badge
 * counts the contract and resold lines (badge.ts), so the popup and the toolbar always agree.
 *
 * Built on the result views (result.ts), not on the records: a new kind of note or field reaches the
 * headlines by being in the view.
 */
import type { Source } from './schema';
import type { CompanyRef, ContractView, ContextView, LaborView, MatchResult, NoteView } from './result';
import type { I18n } from './i18n';
import { ACTION_KEYS } from './describe';

export const TIE_KINDS = ['contract', 'resold', 'labor', 'context'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** Which lines count: the user's choice of kinds and agencies (data/browser/settings.ts). */
export interface TiePrefs {
  kinds: readonly TieKind[];
  /** Agency ids whose lines are left out. */
  mutedAgencies: readonly string[];
}
export const ALL_TIES: TiePrefs = { kinds: TIE_KINDS, mutedAgencies: [] };

export interface Tie {
  kind: TieKind;
  /** The line in plain words. */
  text: string;
  /** Set when the line is an author's words (a context note's title), which stay in English. */
  lang?: 'en';
  /** The agencies the line is about (contract and resold lines: exactly one). */
  agencyIds: string[];
  /** The notes the line stands for, so the view can point at their details. */
  noteIds: string[];
  /** Its first source, one click away. */
  source: Source;
}

export interface Headlines {
  lines: Tie[];
  /** Notes not standing behind any line (still in the details). */
  more: number;
}

/** Labor actions and context notes given a line of their own; the rest are in the details. */
export const LABOR_LINES = 2;
export const CONTEXT_LINES = 2;

/** The U.S. federal fiscal year of a date: FY2021 runs from 1 October 2020 to 30 September 2021. */
export function fiscalYear(date: string): number {
  const y = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 10 ? y + 1 : y;
}

/** "FY2021–26", "FY2024" (the message says how a locale writes it). */
export function fiscalYears(first: string | undefined, last: string | undefined, { t }: I18n): string {
  if (!first) return '';
  const a = fiscalYear(first);
  const b = fiscalYear(last ?? first);
  if (a === b) return t('headline.fy', { year: String(a) });
  // Same century: "2021–26", as agencies write fiscal spans.
  const to = Math.floor(a / 100) === Math.floor(b / 100) ? String(b % 100).padStart(2, '0') : String(b);
  return t('headline.fyRange', { from: String(a), to });
}

function span<T>(xs: readonly T[], first: (x: T) => string | undefined, last: (x: T) => string | undefined) {
  let lo: string | undefined;
  let hi: string | undefined;
  for (const x of xs) {
    const f = first(x);
    const l = last(x) ?? f;
    if (f && (!lo || f < lo)) lo = f;
    if (l && (!hi || l > hi)) hi = l;
  }
  return { first: lo, last: hi };
}

/** "Salesforce: …" when the line is an owner's, so a subsidiary's page never claims its owner's contracts. */
function whose(line: string, companies: readonly CompanyRef[], matched: string, i18n: I18n): string {
  if (companies.every((c) => c.id === matched)) return line;
  return i18n.t('headline.whose', { companies: i18n.fmt.list(companies.map((c) => c.name)), line });
}

const uniqueCompanies = (ties: readonly NoteView[]) => [...new Map(ties.map((t) => [t.company.id, t.company])).values()];

interface Scored extends Tie {
  score: number;
}

function contractLines(ties: readonly ContractView[], matched: string, i18n: I18n): Scored[] {
  const { t, fmt } = i18n;
  const byAgency = new Map<string, ContractView[]>();
  for (const c of ties) byAgency.set(c.agency.id, [...(byAgency.get(c.agency.id) ?? []), c]);
  const out: Scored[] = [];
  for (const group of byAgency.values()) {
    const agency = group[0]!.agency;
    const direct = group.filter((c) => c.awards.some((a) => !a.reseller));
    const resold = group.flatMap((c) => c.awards.filter((a) => a.reseller).map((a) => ({ a, c })));
    const bare = group.filter((c) => c.awards.length === 0);
    if (direct.length || (bare.length && !resold.length)) {
      const holders = direct.length ? direct : bare;
      let text: string;
      let score = 0;
      if (!direct.length) text = t('headline.contractNoAmount', { agency: agency.acronym });
      else {
        const net = Math.round(direct.reduce((s, c) => s + c.totalUsd, 0) * 100) / 100;
        const s = span(
          direct,
          (c) => c.firstDate,
          (c) => c.lastDate,
        );
        const years = fiscalYears(s.first, s.last, i18n);
        const agencyName = agency.acronym;
        if (net > 0) text = t('headline.contractAmount', { amount: fmt.usd(net, { compact: true }), agency: agencyName, years });
        else if (net < 0) text = t('headline.contractNegative', { amount: fmt.usd(-net, { compact: true }), agency: agencyName, years });
        else text = t('headline.contractZero', { agency: agencyName, years });
        score = net;
      }
      out.push({
        kind: 'contract',
        text: whose(text, uniqueCompanies(holders), matched, i18n),
        agencyIds: [agency.id],
        noteIds: holders.map((c) => c.id),
        source: direct.length ? recordSource(holders) : holders[0]!.sources[0]!,
        score,
      });
    }
    if (resold.length) {
      const s = span(
        resold,
        (x) => x.a.startDate,
        (x) => x.a.endDate,
      );
      const years = fiscalYears(s.first, s.last, i18n);
      const holders = [...new Set(resold.map((x) => x.c))];
      const text = years
        ? t('headline.resold', { agency: agency.acronym, count: resold.length, years })
        : t('headline.resoldUndated', { agency: agency.acronym, count: resold.length });
      out.push({
        kind: 'resold',
        text: whose(text, uniqueCompanies(holders), matched, i18n),
        agencyIds: [agency.id],
        noteIds: holders.map((c) => c.id),
        source: recordSource(holders),
        score: resold.length,
      });
    }
  }
  return out;
}

/** Labor actions about an agency first, then the most participants, then the newest. */
export function laborOrder(a: LaborView, b: LaborView): number {
  const linked = (x: LaborView) => (x.agencies?.length ? 1 : 0);
  return linked(b) - linked(a) || (b.participants ?? 0) - (a.participants ?? 0) || b.date.localeCompare(a.date);
}

/**
 * The source one click from a line whose figure comes from award records: the first USAspending record
 * among its notes' sources (the pipeline lists the largest awards' records), else the first source.
 */
function recordSource(holders: readonly ContractView[]): Source {
  const all = holders.flatMap((c) => c.sources);
  return all.find((x) => /^https:\/\/www\.usaspending\.gov\//.test(x.url)) ?? all[0]!;
}

/** How many publishers reported it: a repost ("Yahoo Finance (Bloomberg News copy)") is not another one. */
function reporters(n: ContextView): number {
  return new Set(n.sources.map((s) => s.publisher.replace(/\s*\([^)]*\bcopy\)$/i, '').toLowerCase())).size;
}

/**
 * Context notes most widely reported first, then the newest. Their dates alone would put a minor 2019
 * follow-up above the event most outlets covered (RAICES refusing Salesforce's donation, five publishers);
 * the count of independent publishers is the one measure of weight every context note has.
 */
export const contextOrder = (a: ContextView, b: ContextView) => reporters(b) - reporters(a) || (b.date ?? '').localeCompare(a.date ?? '');

/** A count as precise as its sources: "650 people", "650+ people", "about 3,100 people". */
const PEOPLE_KEYS = {
  exact: 'headline.laborPeople',
  'more-than': 'headline.laborPeopleMoreThan',
  about: 'headline.laborPeopleAbout',
} as const;

function laborLine(n: LaborView, r: MatchResult, i18n: I18n): Tie {
  const { t } = i18n;
  const action = t(ACTION_KEYS[n.action]);
  const names = (n.agencies ?? []).map((a) => a.acronym);
  const about = names.length ? t('headline.over', { agencies: i18n.fmt.list(names) }) : '';
  const year = n.date.slice(0, 4);
  const e = n.election;
  const text = e
    ? t('headline.election', {
        action,
        for: e.votesFor,
        against: e.votesAgainst,
        outcome: e.certified ? t('labor.certified') : t('labor.notCertified'),
        year,
      })
    : n.participants
      ? t(PEOPLE_KEYS[n.participantsAre ?? 'exact'], { action, about, count: n.participants, year })
      : t('headline.labor', { action, about, year });
  return {
    kind: 'labor',
    text: whose(text, [n.company], r.company.id, i18n),
    agencyIds: (n.agencies ?? []).map((a) => a.id),
    noteIds: [n.id],
    source: n.sources[0]!,
  };
}

function contextLine(n: ContextView, r: MatchResult, i18n: I18n): Tie {
  const text = n.date ? i18n.t('headline.context', { title: n.title, year: n.date.slice(0, 4) }) : n.title;
  return {
    kind: 'context',
    text: whose(text, [n.company], r.company.id, i18n),
    lang: 'en',
    agencyIds: [],
    noteIds: [n.id],
    source: n.sources[0]!,
  };
}

/** The headline lines for a match, filtered by the user's choice of kinds and agencies. */
export function headlines(r: MatchResult, i18n: I18n, prefs: TiePrefs = ALL_TIES): Headlines {
  const kinds = new Set(prefs.kinds);
  const muted = new Set(prefs.mutedAgencies);
  // A line about muted agencies only is left out; one that also names another agency stays.
  const wanted = (x: Tie) => kinds.has(x.kind) && (x.agencyIds.length === 0 || x.agencyIds.some((a) => !muted.has(a)));
  const contracts = r.notes.filter((n): n is ContractView => n.kind === 'contract');
  const money = contractLines(contracts, r.company.id, i18n);
  const direct = money.filter((x) => x.kind === 'contract').sort((a, b) => b.score - a.score);
  const resold = money.filter((x) => x.kind === 'resold').sort((a, b) => b.score - a.score);
  const labor = r.notes
    .filter((n): n is LaborView => n.kind === 'labor')
    .sort(laborOrder)
    .map((n) => laborLine(n, r, i18n))
    .filter(wanted)
    .slice(0, LABOR_LINES);
  const context = r.notes
    .filter((n): n is ContextView => n.kind === 'context')
    .sort(contextOrder)
    .map((n) => contextLine(n, r, i18n))
    .filter(wanted)
    .slice(0, CONTEXT_LINES);
  const lines: Tie[] = [...direct, ...resold]
    .filter(wanted)
    .map(({ score: _score, ...tie }) => tie)
    .concat(labor, context);
  const behind = new Set(lines.flatMap((l) => l.noteIds));
  return { lines, more: r.notes.filter((n) => !behind.has(n.id)).length };
}

/** How many lines the badge counts: agencies bought from, directly or through resellers. */
export const countedLines = (lines: readonly Tie[]) => lines.filter((l) => l.kind === 'contract' || l.kind === 'resold').length;
