/**
 * Matching: URL in, result out. The rules of what a site's result is live here once, and are used by
 * the in-memory index (CLI, tests, benchmarks) and the IndexedDB store (the extension) alike.
 */
import type { Agency, Award, Company, Dataset, Note, Source } from './schema';
import { targetFromInput, type Target } from './domain';
import { formatDate, formatDateRange, formatUsd } from './format';

export interface CompanyRef {
  id: string;
  name: string;
}

interface NoteViewBase {
  id: string;
  title: string;
  /** Whose note this is: the matched company or one of its owners. */
  company: CompanyRef;
  sources: Source[];
  /** The subscribed list the note came from; absent for the bundled dataset. */
  list?: string;
}

export interface ContractView extends NoteViewBase {
  kind: 'contract';
  agency: Agency;
  summary?: string;
  /** Largest first. */
  awards: Award[];
  /** Net obligations of the awards the company itself holds. */
  totalUsd: number;
  /**
   * Totals of awards held by resellers whose orders name the company's products. Kept apart: such an
   * award may cover other products too.
   */
  resoldUsd: number;
  /** First and last action dates of the awards the company itself holds. */
  firstDate?: string;
  lastDate?: string;
}

export interface LaborView extends NoteViewBase {
  kind: 'labor';
  date: string;
  action: Extract<Note, { kind: 'labor' }>['action'];
  participants?: number;
  summary: string;
  election?: Extract<Note, { kind: 'labor' }>['election'];
}

export interface ContextView extends NoteViewBase {
  kind: 'context';
  date?: string;
  summary: string;
}

export type NoteView = ContractView | LaborView | ContextView;

export interface Owner extends CompanyRef {
  /** Sources for the ownership link from the company below it in the chain. */
  sources: Source[];
}

export interface MatchResult {
  query: string;
  hostname: string;
  domain: string;
  company: { id: string; name: string; domains: string[] };
  /** Ownership path, nearest owner first; empty when the matched company has no listed parent. */
  via: Owner[];
  notes: NoteView[];
}

export const ACTION_LABELS: Record<LaborView['action'], string> = {
  'open-letter': 'Open letter',
  petition: 'Petition',
  walkout: 'Walkout',
  strike: 'Strike',
  protest: 'Protest',
  'union-election': 'Union election',
  'union-drive': 'Union drive',
  lawsuit: 'Lawsuit',
  resignation: 'Resignations',
  other: 'Collective action',
};

export function agencyLabel(a: Agency): string {
  return `${a.name} (${a.acronym})`;
}

const byDateDesc = (a: { date?: string }, b: { date?: string }) => (b.date ?? '').localeCompare(a.date ?? '');

/** Builds the view of one company's notes; `agencies` resolves contract ties' agency ids. */
export function noteViews(company: Company, notes: Note[], agencies: ReadonlyMap<string, Agency>): NoteView[] {
  const ref = { id: company.id, name: company.name };
  const contracts: ContractView[] = [];
  const labor: LaborView[] = [];
  const context: ContextView[] = [];
  for (const n of notes) {
    const base = { id: n.id, company: ref, sources: n.sources, ...(n.list ? { list: n.list } : {}) };
    if (n.kind === 'contract') {
      const agency = agencies.get(n.agencyId) ?? { id: n.agencyId, name: n.agencyId, acronym: n.agencyId, department: '' };
      const awards = [...n.awards].sort((a, b) => b.amountUsd - a.amountUsd || a.awardId.localeCompare(b.awardId));
      const direct = n.awards.filter((a) => !a.reseller);
      const starts = direct.map((a) => a.startDate).filter((d): d is string => !!d).sort();
      const ends = direct.map((a) => a.endDate ?? a.startDate).filter((d): d is string => !!d).sort();
      contracts.push({
        ...base,
        kind: 'contract',
        title: `Contracts with ${agencyLabel(agency)}`,
        agency,
        ...(n.summary ? { summary: n.summary } : {}),
        awards,
        totalUsd: Math.round(n.awards.reduce((s, a) => s + (a.reseller ? 0 : a.amountUsd), 0) * 100) / 100,
        resoldUsd: Math.round(n.awards.reduce((s, a) => s + (a.reseller ? a.amountUsd : 0), 0) * 100) / 100,
        ...(starts[0] ? { firstDate: starts[0] } : {}),
        ...(ends.length ? { lastDate: ends[ends.length - 1] } : {}),
      });
    } else if (n.kind === 'labor') {
      const who = n.participants ? ` · ${n.participants.toLocaleString('en-US')} participants` : '';
      labor.push({
        ...base,
        kind: 'labor',
        title: `${ACTION_LABELS[n.action]} · ${formatDate(n.date)}${who}`,
        date: n.date,
        action: n.action,
        ...(n.participants ? { participants: n.participants } : {}),
        summary: n.summary,
        ...(n.election ? { election: n.election } : {}),
      });
    } else {
      context.push({ ...base, kind: 'context', title: n.title, ...(n.date ? { date: n.date } : {}), summary: n.summary });
    }
  }
  contracts.sort((a, b) => b.totalUsd + b.resoldUsd - (a.totalUsd + a.resoldUsd) || a.agency.acronym.localeCompare(b.agency.acronym));
  labor.sort(byDateDesc);
  context.sort(byDateDesc);
  return [...contracts, ...labor, ...context];
}

/**
 * The result for a matched company: its own notes, then each owner's, each labelled with whose it is.
 * `chain` is the matched company followed by its owners, nearest first.
 */
export function assembleMatch(
  query: string,
  target: Target,
  chain: readonly Company[],
  notesOf: (companyId: string) => Note[],
  agencies: ReadonlyMap<string, Agency>,
): MatchResult {
  const [company, ...owners] = chain;
  if (!company) throw new Error('assembleMatch needs at least the matched company');
  return {
    query,
    hostname: target.hostname,
    domain: target.domain,
    company: { id: company.id, name: company.name, domains: company.domains },
    via: owners.map((o, i) => ({ id: o.id, name: o.name, sources: chain[i]?.parent?.sources ?? [] })),
    notes: chain.flatMap((c) => noteViews(c, notesOf(c.id), agencies)),
  };
}

/**
 * "$1.2M obligated in 12 awards, 3 Feb 2021 – 9 Sep 2025; 4 more awards through resellers that name its
 * products ($880K, which may cover other products too)". Empty when the tie has no award records.
 */
export function contractTotals(t: ContractView): string {
  const direct = t.awards.filter((a) => !a.reseller);
  const resold = t.awards.length - direct.length;
  const parts: string[] = [];
  if (direct.length) {
    const span = t.firstDate ? `, ${formatDateRange(t.firstDate, t.lastDate)}` : '';
    parts.push(`${formatUsd(t.totalUsd)} obligated in ${direct.length} award${direct.length === 1 ? '' : 's'}${span}`);
  }
  if (resold) {
    parts.push(
      `${resold} ${direct.length ? 'more ' : ''}award${resold === 1 ? '' : 's'} to other contractors whose orders name its products (${formatUsd(t.resoldUsd)}, which may cover other work too)`,
    );
  }
  return parts.join('; ');
}

/** Contract ties count once per agency (a parent and its subsidiary both serving CBP is one tie). */
export function countNotes(notes: readonly NoteView[]): number {
  const agencies = new Set<string>();
  let others = 0;
  for (const n of notes) {
    if (n.kind === 'contract') agencies.add(n.agency.id);
    else others++;
  }
  return agencies.size + others;
}

/** "slack.com → Slack, owned by Salesforce" */
export function matchExplanation(r: MatchResult): string {
  const owners = r.via.length ? `, owned by ${r.via.map((o) => o.name).join(', owned by ')}` : '';
  return `${r.domain} → ${r.company.name}${owners}`;
}

/** The toolbar tooltip: "Salesforce — contracts with CBP; 2 labor actions". */
export function summarize(r: MatchResult): string {
  const agencies = [...new Set(r.notes.flatMap((n) => (n.kind === 'contract' ? [n.agency.acronym] : [])))];
  const labor = r.notes.filter((n) => n.kind === 'labor').length;
  const context = r.notes.filter((n) => n.kind === 'context').length;
  const parts: string[] = [];
  if (agencies.length) parts.push(`contracts with ${agencies.join(', ')}`);
  if (labor) parts.push(`${labor} labor action${labor === 1 ? '' : 's'}`);
  if (context) parts.push(`${context} context note${context === 1 ? '' : 's'}`);
  const owner = r.via.length ? ` (owned by ${r.via[r.via.length - 1]!.name})` : '';
  return `${r.company.name}${owner} — ${parts.length ? parts.join('; ') : 'no notes'}`;
}

/** Walks up the ownership links; stops at a missing parent or a repeat, so bad data cannot loop. */
export function ownershipChain(start: Company, get: (id: string) => Company | undefined): Company[] {
  const chain = [start];
  const seen = new Set([start.id]);
  for (let p = start.parent?.id; p !== undefined && !seen.has(p); ) {
    const owner = get(p);
    if (!owner) break;
    chain.push(owner);
    seen.add(p);
    p = owner.parent?.id;
  }
  return chain;
}

interface Resolved {
  chain: Company[];
}

/**
 * An in-memory index of a whole dataset: one Map lookup from a registrable domain to the company and
 * its precomputed ownership chain. Used where the dataset is in memory anyway (CLI, tests, benches).
 */
export class DatasetIndex {
  readonly companies = new Map<string, Company>();
  readonly agencies = new Map<string, Agency>();
  private readonly byDomain = new Map<string, Resolved>();
  private readonly notesByCompany = new Map<string, Note[]>();

  constructor(readonly dataset: Pick<Dataset, 'companies' | 'agencies' | 'notes'>) {
    for (const a of dataset.agencies) this.agencies.set(a.id, a);
    for (const c of dataset.companies) this.companies.set(c.id, c);
    for (const n of dataset.notes) {
      const list = this.notesByCompany.get(n.companyId);
      if (list) list.push(n);
      else this.notesByCompany.set(n.companyId, [n]);
    }
    for (const c of dataset.companies) {
      if (!c.domains.length) continue;
      const resolved = { chain: ownershipChain(c, (id) => this.companies.get(id)) };
      for (const d of c.domains) this.byDomain.set(d, resolved);
    }
  }

  /** The matched company and its owners for a registrable domain. */
  lookupDomain(domain: string): Company[] | undefined {
    return this.byDomain.get(domain)?.chain;
  }

  notesOf = (companyId: string): Note[] => this.notesByCompany.get(companyId) ?? [];

  /** Result for a URL or domain; null when the input names no listed company (or no site at all). */
  match(input: string): MatchResult | null {
    const t = targetFromInput(input);
    if (!t.ok) return null;
    const chain = this.lookupDomain(t.target.domain);
    return chain ? assembleMatch(input, t.target, chain, this.notesOf, this.agencies) : null;
  }

  /** The result for a company picked by id (search results), with no domain involved. */
  companyResult(id: string, query = id): MatchResult | null {
    const c = this.companies.get(id);
    if (!c) return null;
    const chain = ownershipChain(c, (x) => this.companies.get(x));
    return assembleMatch(query, { hostname: c.domains[0] ?? '', domain: c.domains[0] ?? '' }, chain, this.notesOf, this.agencies);
  }
}
