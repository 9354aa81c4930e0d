/**
 * What a match is: the views of one company's notes (and its owners'), assembled from records. Shared
 * by the in-memory domain matcher (CLI, tests, benchmarks) and the IndexedDB queries (the extension).
 */
import type { Agency, Award, Company, Note, ParentKind, Source } from './schema';
import type { Target } from './domain';
import type { Conflict } from './conflict';
import type { RelatedCompany, RelatedKind } from './links';

export interface CompanyRef {
  id: string;
  name: string;
}

/**
 * How a note's company is tied to the company the result is for: itself; an owner (direct or further up);
 * the company whose foundation or PAC was matched ("sponsor"); a subsidiary or joint venture with no site
 * of its own; a member of the matched joint venture.
 */
export type NoteRelation = 'self' | 'owner' | 'sponsor' | RelatedKind;

/** Views hold data, not words: titles and totals are composed in the reader's language (describe.ts). */
interface NoteViewBase {
  id: string;
  /** Whose note this is: the matched company, one of its owners, or a related company (see `relation`). */
  company: CompanyRef;
  relation: NoteRelation;
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
  /** `reported`: `date` is its first report's day; the action's own is in no report. */
  dateIs?: 'reported';
  /** When it ended, for actions that lasted more than a day. */
  endDate?: string;
  action: Extract<Note, { kind: 'labor' }>['action'];
  /** Who acted, when the record says: the company's workers, students or the public. */
  actor?: Extract<Note, { kind: 'labor' }>['actor'];
  /**
   * How the note's company stood to the people who acted (the record's `relation`): employed them, was the
   * client of contract workers, the platform of gig workers, or the target of others' action.
   */
  laborRelation?: Extract<Note, { kind: 'labor' }>['relation'];
  participants?: number;
  /** The count is "more than" or "about" `participants` (absent: exact). */
  participantsAre?: Extract<Note, { kind: 'labor' }>['participantsAre'];
  /** The agencies the action was about, resolved. */
  agencies?: Agency[];
  summary: string;
  election?: Extract<Note, { kind: 'labor' }>['election'];
  /** Other companies the record names without establishing their part. */
  alsoNamed?: string[];
}

export interface ContextView extends NoteViewBase {
  kind: 'context';
  /** Authored (in English), like the summary. */
  title: string;
  date?: string;
  summary: string;
}

export type NoteView = ContractView | LaborView | ContextView;

export interface Owner extends CompanyRef {
  /**
   * What the link from the company below it in the chain says: this company owns it, or it is this
   * company's foundation or political action committee.
   */
  relation: ParentKind;
  /** Since when the link holds as stated, where it changed (an acquisition, a rename). */
  asOf?: string;
  /** Sources for the link from the company below it in the chain. */
  sources: Source[];
  /** The subscribed list the owner's record came from; absent for the bundled dataset. */
  list?: string;
}

/** A company whose notes the result shows besides the ownership chain (see data/model/links.ts). */
export interface Related extends CompanyRef {
  /** A subsidiary or joint venture of `through` without a site of its own, or a member of the matched joint venture. */
  kind: RelatedKind;
  through: CompanyRef;
  sources: Source[];
  asOf?: string;
  /** How the sources establish a joint-venture membership no single source states outright. */
  basis?: string;
}

export interface MatchResult {
  query: string;
  hostname: string;
  domain: string;
  /** `list`: the subscribed list the company's record came from; absent for the bundled dataset. */
  company: { id: string; name: string; domains: string[]; list?: string };
  /** Ownership path, nearest owner first; empty when the matched company has no listed parent. */
  via: Owner[];
  /** Related companies whose notes are shown too: its subsidiaries and joint ventures without a site, a joint venture's members. */
  related: Related[];
  notes: NoteView[];
  /**
   * Where a list the user added says otherwise about this company, its owners, their notes or the
   * agencies of their contracts (attached where a result is shown, not for the badge).
   */
  conflicts?: Conflict[];
}

const byDateDesc = (a: { date?: string }, b: { date?: string }) => (b.date ?? '').localeCompare(a.date ?? '');

/** Builds the view of one company's notes; `agencies` resolves contract ties' agency ids. */
export function noteViews(
  company: Company,
  notes: Note[],
  agencies: ReadonlyMap<string, Agency>,
  relation: NoteRelation = 'self',
): NoteView[] {
  const ref = { id: company.id, name: company.name };
  // An id the agency list lacks (a list's record ahead of the bundle) is shown as the id itself.
  const agencyOf = (id: string): Agency => agencies.get(id) ?? { id, name: id, acronym: id, department: '' };
  const contracts: ContractView[] = [];
  const labor: LaborView[] = [];
  const context: ContextView[] = [];
  for (const n of notes) {
    const base = { id: n.id, company: ref, relation, sources: n.sources, ...(n.list ? { list: n.list } : {}) };
    if (n.kind === 'contract') {
      const agency = agencyOf(n.agencyId);
      const awards = [...n.awards].sort((a, b) => b.amountUsd - a.amountUsd || a.awardId.localeCompare(b.awardId));
      const direct = n.awards.filter((a) => !a.reseller);
      const starts = direct
        .map((a) => a.startDate)
        .filter((d): d is string => !!d)
        .sort();
      const ends = direct
        .map((a) => a.endDate ?? a.startDate)
        .filter((d): d is string => !!d)
        .sort();
      contracts.push({
        ...base,
        kind: 'contract',
        agency,
        ...(n.summary ? { summary: n.summary } : {}),
        awards,
        totalUsd: Math.round(n.awards.reduce((s, a) => s + (a.reseller ? 0 : a.amountUsd), 0) * 100) / 100,
        resoldUsd: Math.round(n.awards.reduce((s, a) => s + (a.reseller ? a.amountUsd : 0), 0) * 100) / 100,
        ...(starts[0] ? { firstDate: starts[0] } : {}),
        ...(ends.length ? { lastDate: ends[ends.length - 1] } : {}),
      });
    } else if (n.kind === 'labor') {
      labor.push({
        ...base,
        kind: 'labor',
        date: n.date,
        ...(n.dateIs ? { dateIs: n.dateIs } : {}),
        ...(n.endDate ? { endDate: n.endDate } : {}),
        action: n.action,
        ...(n.actor ? { actor: n.actor } : {}),
        ...(n.relation ? { laborRelation: n.relation } : {}),
        ...(n.participants ? { participants: n.participants } : {}),
        ...(n.participants && n.participantsAre ? { participantsAre: n.participantsAre } : {}),
        ...(n.agencyIds?.length ? { agencies: n.agencyIds.map(agencyOf) } : {}),
        summary: n.summary,
        ...(n.election ? { election: n.election } : {}),
        ...(n.alsoNamed?.length ? { alsoNamed: n.alsoNamed } : {}),
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
 * The result for a matched company: its own notes, then each owner's, then its related companies', each
 * labelled with whose it is. `chain` is the matched company followed by its owners, nearest first.
 */
export function assembleMatch(
  query: string,
  target: Target,
  chain: readonly Company[],
  related: readonly RelatedCompany[],
  notesOf: (companyId: string) => Note[],
  agencies: ReadonlyMap<string, Agency>,
): MatchResult {
  const [company, ...owners] = chain;
  if (!company) throw new Error('assembleMatch needs at least the matched company');
  const ref = (c: Company): CompanyRef => ({ id: c.id, name: c.name });
  const via: Owner[] = owners.map((o, i) => {
    const link = chain[i]?.parent;
    return {
      ...ref(o),
      relation: link?.kind ?? 'owner',
      ...(link?.asOf ? { asOf: link.asOf } : {}),
      sources: link?.sources ?? [],
      ...(o.list ? { list: o.list } : {}),
    };
  });
  return {
    query,
    hostname: target.hostname,
    domain: target.domain,
    company: { id: company.id, name: company.name, domains: company.domains, ...(company.list ? { list: company.list } : {}) },
    via,
    related: related.map((r) => ({
      ...ref(r.company),
      kind: r.kind,
      through: ref(r.through),
      sources: r.sources,
      ...(r.asOf ? { asOf: r.asOf } : {}),
      ...(r.basis ? { basis: r.basis } : {}),
    })),
    notes: [
      ...chain.flatMap((c, i) =>
        noteViews(c, notesOf(c.id), agencies, i === 0 ? 'self' : via[i - 1]!.relation === 'owner' ? 'owner' : 'sponsor'),
      ),
      ...related.flatMap((r) => noteViews(r.company, notesOf(r.company.id), agencies, r.kind)),
    ],
  };
}

/** The conflicts that concern a result: its companies, their notes, and the agencies of their contracts. */
export function conflictsFor(result: MatchResult, all: readonly Conflict[]): Conflict[] {
  const companies = new Set([result.company.id, ...result.via.map((v) => v.id)]);
  const notes = new Set(result.notes.map((n) => n.id));
  const agencies = new Set(result.notes.flatMap((n) => (n.kind === 'contract' ? [n.agency.id] : [])));
  return all.filter((c) =>
    c.kind === 'agency' ? agencies.has(c.agencyId ?? '') : c.noteId ? notes.has(c.noteId) : companies.has(c.companyId ?? ''),
  );
}

/** Walks up the ownership links; stops at a missing parent or a repeat, so bad data cannot loop. */
export function ownershipChain(start: Company, get: (id: string) => Company | undefined): Company[] {
  const chain = [start];
  const seen = new Set([start.id]);
  for (let p = start.parent?.id; p !== undefined && !seen.has(p);) {
    const owner = get(p);
    if (!owner) break;
    chain.push(owner);
    seen.add(p);
    p = owner.parent?.id;
  }
  return chain;
}

/** A company found by a name search: enough to list it and open it. */
export interface CompanyHit {
  id: string;
  name: string;
  domains: string[];
  /** The alias or domain that matched, when it was not the name. */
  matched?: string;
}
