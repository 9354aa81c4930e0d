/**
 * The headline list: what a match means in a few plain lines, most serious first, in the reader's
 * language. One line per agency the company (or an owner) holds contracts with, one per agency its
 * products were resold to, then the weightiest labor actions and the most widely reported context notes. The badge
 * counts the contract and resold lines (badge.ts), so the popup and the toolbar always agree.
 *
 * Built on the result views (result.ts), not on the records: a new kind of note or field reaches the
 * headlines by being in the view.
 *
 * Longer than most files, for a reason: the popup's lines and the badge's facts are one computation
 * (`factLines`, then `pickLines`), kept in one place so that the badge and the popup cannot disagree.
 */
import type { Source } from './schema';
import type { CompanyRef, ContractView, ContextView, LaborView, MatchResult, NoteView } from './result';
import type { I18n } from './i18n';
import { electionOutcome, electionVotes, laborActionKey, othersRelation, type OthersRelation } from './describe';

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

/** A span of fiscal years, first and last (the same for one year). */
export type FySpan = [first: number, last: number];

/** The fiscal years from the first date to the last (the first when there is no last); none without a first. */
export function fySpan(first: string | undefined, last: string | undefined): FySpan | undefined {
  return first ? [fiscalYear(first), fiscalYear(last ?? first)] : undefined;
}

/** "FY2021–26", "FY2024" (the message says how a locale writes it); empty without a span. */
export function fyText(fy: FySpan | undefined, { t }: I18n): string {
  if (!fy) return '';
  const [a, b] = fy;
  if (a === b) return t('headline.fy', { year: String(a) });
  // Same century: "2021–26", as agencies write fiscal spans.
  const to = Math.floor(a / 100) === Math.floor(b / 100) ? String(b % 100).padStart(2, '0') : String(b);
  return t('headline.fyRange', { from: String(a), to });
}

/** "FY2021–26", "FY2024" for the span of two dates. */
export const fiscalYears = (first: string | undefined, last: string | undefined, i18n: I18n): string => fyText(fySpan(first, last), i18n);

function span<T>(xs: readonly T[], first: (x: T) => string | undefined, last: (x: T) => string | undefined) {
  let lo: string | undefined;
  let hi: string | undefined;
  for (const x of xs) {
    const f = first(x);
    const l = last(x) ?? f;
    if (f && (!lo || f < lo)) lo = f;
    if (l && (!hi || l > hi)) hi = l;
  }
  return fySpan(lo, hi);
}

/**
 * What a headline line says, as data in no language (`tieText` writes it in the reader's): the line's kind,
 * the agencies it is about (by id: the user's muted agencies are ids) and the figures its words are made of.
 * `by`: the companies whose tie it is, when not only the matched company's ("Salesforce: …", so a
 * subsidiary's page never claims its owner's contracts). The badge reads these without the result they come
 * from (`BadgeFacts`); the popup's lines are them written out, with their notes and first source.
 */
export type TieFact = (
  | {
      kind: 'contract';
      /** The agency's acronym. */
      agency: string;
      /** Net obligations of the awards held directly; absent when the tie has no award records. */
      usd?: number;
      fy?: FySpan;
    }
  | { kind: 'resold'; agency: string; orders: number; fy?: FySpan }
  | {
      kind: 'labor';
      action: LaborView['action'];
      /** The acronyms of the agencies the action was about. */
      over?: string[];
      year: string;
      participants?: number;
      participantsAre?: LaborView['participantsAre'];
      election?: LaborView['election'];
      /** Set when the people who acted were not the company's own workers: the line says who they were. */
      relation?: OthersRelation;
    }
  | { kind: 'context'; title: string; year?: string }
) & { agencyIds: string[]; by?: string[] };

/** A fact with what the popup's line shows beside its words. */
interface FactLine {
  fact: TieFact;
  noteIds: string[];
  source: Source;
  lang?: 'en';
}

/** `by` for a line whose ties are `companies`'s: nothing when they are all the matched company. */
function byOf(companies: readonly CompanyRef[], matched: string): { by?: string[] } {
  return companies.every((c) => c.id === matched) ? {} : { by: companies.map((c) => c.name) };
}

const uniqueCompanies = (ties: readonly NoteView[]) => [...new Map(ties.map((t) => [t.company.id, t.company])).values()];

interface Scored extends FactLine {
  score: number;
}

function contractLines(ties: readonly ContractView[], matched: string): Scored[] {
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
      let amount: { usd?: number; fy?: FySpan } = {};
      let score = 0;
      if (direct.length) {
        const net = Math.round(direct.reduce((s, c) => s + c.totalUsd, 0) * 100) / 100;
        const fy = span(
          direct,
          (c) => c.firstDate,
          (c) => c.lastDate,
        );
        amount = { usd: net, ...(fy ? { fy } : {}) };
        score = net;
      }
      out.push({
        fact: { kind: 'contract', agency: agency.acronym, ...amount, agencyIds: [agency.id], ...byOf(uniqueCompanies(holders), matched) },
        noteIds: holders.map((c) => c.id),
        source: direct.length ? recordSource(holders) : holders[0]!.sources[0]!,
        score,
      });
    }
    if (resold.length) {
      const fy = span(
        resold,
        (x) => x.a.startDate,
        (x) => x.a.endDate,
      );
      const holders = [...new Set(resold.map((x) => x.c))];
      out.push({
        fact: {
          kind: 'resold',
          agency: agency.acronym,
          orders: resold.length,
          ...(fy ? { fy } : {}),
          agencyIds: [agency.id],
          ...byOf(uniqueCompanies(holders), matched),
        },
        noteIds: holders.map((c) => c.id),
        source: recordSource(holders),
        score: resold.length,
      });
    }
  }
  return out;
}

/**
 * Labor actions about an agency first (the ties this product is about), then the company's own workers' before
 * contract workers', gig workers' or outsiders' (each labelled as such), then the most participants, then the
 * newest. Without the second rule a contractor's action read as the company's first word about its workers: on
 * facebook.com a cafeteria contractor's election of 3,000 headed the lines above Meta's own employees' letters.
 */
export function laborOrder(a: LaborView, b: LaborView): number {
  const own = (x: LaborView) => (othersRelation(x.laborRelation) ? 0 : 1);
  const linked = (x: LaborView) => (x.agencies?.length ? 1 : 0);
  return linked(b) - linked(a) || own(b) - own(a) || (b.participants ?? 0) - (a.participants ?? 0) || b.date.localeCompare(a.date);
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
/** What a labor line adds when the people who acted were not the company's own workers. */
const RELATION_KEYS = {
  client: 'headline.relation.client',
  platform: 'headline.relation.platform',
  target: 'headline.relation.target',
} as const;

const PEOPLE_KEYS = {
  exact: 'headline.laborPeople',
  'more-than': 'headline.laborPeopleMoreThan',
  about: 'headline.laborPeopleAbout',
} as const;

function laborLine(n: LaborView, matched: string): FactLine {
  const over = (n.agencies ?? []).map((a) => a.acronym);
  const relation = othersRelation(n.laborRelation);
  return {
    fact: {
      kind: 'labor',
      action: n.action,
      ...(over.length ? { over } : {}),
      year: n.date.slice(0, 4),
      ...(n.participants ? { participants: n.participants } : {}),
      ...(n.participantsAre ? { participantsAre: n.participantsAre } : {}),
      ...(n.election ? { election: n.election } : {}),
      ...(relation ? { relation } : {}),
      agencyIds: (n.agencies ?? []).map((a) => a.id),
      ...byOf([n.company], matched),
    },
    noteIds: [n.id],
    source: n.sources[0]!,
  };
}

function contextLine(n: ContextView, matched: string): FactLine {
  return {
    fact: {
      kind: 'context',
      title: n.title,
      ...(n.date ? { year: n.date.slice(0, 4) } : {}),
      agencyIds: [],
      ...byOf([n.company], matched),
    },
    lang: 'en',
    noteIds: [n.id],
    source: n.sources[0]!,
  };
}

/** A line's words in the reader's language. */
export function tieText(f: TieFact, i18n: I18n): string {
  const { t, fmt } = i18n;
  let text: string;
  if (f.kind === 'contract') {
    const years = fyText(f.fy, i18n);
    if (f.usd === undefined) text = t('headline.contractNoAmount', { agency: f.agency });
    else if (f.usd > 0) text = t('headline.contractAmount', { amount: fmt.usd(f.usd, { compact: true }), agency: f.agency, years });
    else if (f.usd < 0) text = t('headline.contractNegative', { amount: fmt.usd(-f.usd, { compact: true }), agency: f.agency, years });
    else text = t('headline.contractZero', { agency: f.agency, years });
  } else if (f.kind === 'resold') {
    const years = fyText(f.fy, i18n);
    text = years
      ? t('headline.resold', { agency: f.agency, count: f.orders, years })
      : t('headline.resoldUndated', { agency: f.agency, count: f.orders });
  } else if (f.kind === 'labor') {
    const action = t(laborActionKey(f));
    const about = f.over ? t('headline.over', { agencies: fmt.list(f.over) }) : '';
    const e = f.election;
    text = e
      ? t('headline.election', {
          action,
          votes: electionVotes(e, i18n),
          outcome: electionOutcome(e, i18n),
          year: f.year,
        })
      : f.participants
        ? t(PEOPLE_KEYS[f.participantsAre ?? 'exact'], { action, about, count: f.participants, year: f.year })
        : t('headline.labor', { action, about, year: f.year });
    // Never read as the company's own workers': "Strike: 1,000 people, 2019 (gig workers on its platform)".
    if (f.relation) text = t('headline.withRelation', { line: text, relation: t(RELATION_KEYS[f.relation]) });
  } else text = f.year ? t('headline.context', { title: f.title, year: f.year }) : f.title;
  return f.by ? t('headline.whose', { companies: fmt.list(f.by), line: text }) : text;
}

/**
 * Every line a result may head with, in order: contract lines (largest net first), resold lines (most orders
 * first), labor actions (laborOrder), context notes (contextOrder). `pickLines` chooses among them.
 */
function factLines(r: MatchResult): FactLine[] {
  const matched = r.company.id;
  const contracts = r.notes.filter((n): n is ContractView => n.kind === 'contract');
  const money = contractLines(contracts, matched);
  const byScore = (a: Scored, b: Scored) => b.score - a.score;
  const direct = money.filter((x) => x.fact.kind === 'contract').sort(byScore);
  const resold = money.filter((x) => x.fact.kind === 'resold').sort(byScore);
  const labor = r.notes
    .filter((n): n is LaborView => n.kind === 'labor')
    .sort(laborOrder)
    .map((n) => laborLine(n, matched));
  const context = r.notes
    .filter((n): n is ContextView => n.kind === 'context')
    .sort(contextOrder)
    .map((n) => contextLine(n, matched));
  return [...direct, ...resold, ...labor, ...context].map(({ score: _score, ...line }: FactLine & { score?: number }) => line);
}

/**
 * The lines shown, in order, from every line a result may head with (`factLines`' order): those of the kinds
 * the user counts and not about muted agencies only (a line that also names another agency stays), at most
 * LABOR_LINES labor and CONTEXT_LINES context lines.
 */
function pickLines<T>(all: readonly T[], factOf: (x: T) => TieFact, prefs: TiePrefs): T[] {
  const kinds = new Set(prefs.kinds);
  const muted = new Set(prefs.mutedAgencies);
  let labor = 0;
  let context = 0;
  const out: T[] = [];
  for (const x of all) {
    const f = factOf(x);
    if (!kinds.has(f.kind) || (f.agencyIds.length > 0 && f.agencyIds.every((a) => muted.has(a)))) continue;
    if (f.kind === 'labor' && labor++ >= LABOR_LINES) continue;
    if (f.kind === 'context' && context++ >= CONTEXT_LINES) continue;
    out.push(x);
  }
  return out;
}

/** The headline lines for a match, filtered by the user's choice of kinds and agencies. */
export function headlines(r: MatchResult, i18n: I18n, prefs: TiePrefs = ALL_TIES): Headlines {
  const lines: Tie[] = pickLines(factLines(r), (l) => l.fact, prefs).map(({ fact, noteIds, source, lang }) => ({
    kind: fact.kind,
    text: tieText(fact, i18n),
    ...(lang ? { lang } : {}),
    agencyIds: fact.agencyIds,
    noteIds,
    source,
  }));
  const behind = new Set(lines.flatMap((l) => l.noteIds));
  return { lines, more: r.notes.filter((n) => !behind.has(n.id)).length };
}

/**
 * What the badge needs of a match, whatever the user's choices and language: the company's name and the
 * facts of every line it may head with under some choice — every contract and resold line, the labor
 * actions about an agency and the first LABOR_LINES others, the first CONTEXT_LINES context notes (a line
 * about no agency is never muted, so those after them never show) — in `factLines`' order. Computed when a
 * generation's rows are written (data/store/bundle.ts: a few hundred bytes per site, kept in the background's
 * memory) so that a tab's badge reads nothing; `badgeOf` (badge.ts) picks from it what `headlines` picks from
 * the whole result.
 */
export interface BadgeFacts {
  name: string;
  lines: TieFact[];
}

export function badgeFacts(r: MatchResult): BadgeFacts {
  let unlinked = 0;
  let context = 0;
  const lines = factLines(r)
    .map((l) => l.fact)
    .filter((f) =>
      f.kind === 'labor' ? f.agencyIds.length > 0 || unlinked++ < LABOR_LINES : f.kind === 'context' ? context++ < CONTEXT_LINES : true,
    );
  return { name: r.company.name, lines };
}

/** The lines `headlines` shows under `prefs`, from a match's badge facts: their facts, in order. */
export const pickFacts = (facts: BadgeFacts, prefs: TiePrefs): TieFact[] => pickLines(facts.lines, (f) => f, prefs);

/** How many lines the badge counts: agencies bought from, directly or through resellers. */
export const countedLines = (lines: readonly { kind: TieKind }[]) =>
  lines.filter((l) => l.kind === 'contract' || l.kind === 'resold').length;
