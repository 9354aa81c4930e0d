/**
 * The dataset's schema: the one definition of what a record is. Types are inferred from it, the bundled
 * dataset and every synced shard are validated by it, and `data/dataset/dataset.schema.json` (for outside
 * contributors) is generated from it. One file on purpose (over 300 lines): the record shapes and the rules
 * that span records belong together. Each schema is built on its first parse (`z.lazy`, see ./zod.ts): the
 * service worker imports this file on every wake-up and parses records only when it syncs.
 */
import { z } from './zod';
import { psl } from './psl.cjs';

import { SCHEMA_VERSION } from './schema-version';

export { SCHEMA_VERSION };

import { DOMAIN_OPTIONS } from './domain-options';

export { DOMAIN_OPTIONS };

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoPartialDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar day, YYYY-MM-DD. */
export const Day = z.lazy(() => z.string().check(z.regex(isoDay, 'expected a date as YYYY-MM-DD')));
/** A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.lazy(() => z.string().check(z.regex(isoPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')));

export const Slug = z.lazy(() =>
  z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, single dashes)'), z.maxLength(120)),
);

/**
 * Why a URL may not be shown as a source link, or null when it may. A link must be safe to open from
 * the popup and must lead to a public web site: https, no credentials, and a host name under a public
 * (ICANN) suffix. That refuses IP addresses in every spelling the URL parser accepts (`https://10.0.0.1/`,
 * `https://2130706433/`, `https://[::1]/`), so no private, loopback or link-local range can be reached,
 * and single-label or local names (`localhost`, `intranet`, `printer.local`, `x.internal`, `home.arpa`).
 */
export function sourceUrlProblem(s: string): string | null {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:') return 'not https';
  if (u.username || u.password) return 'carries credentials';
  const host = u.hostname.replace(/\.$/, '');
  // ICANN rules only: a private suffix (github.io) is still a public host; an unlisted one (.local) is not.
  const p = psl().parse(host);
  if (p.isIp || host.startsWith('[')) return 'an IP address, not a host name';
  if (!host.includes('.')) return 'a single-label host';
  if (!p.domain || !p.isIcann || p.publicSuffix === 'arpa' || host.endsWith('.arpa')) return 'not a public host name';
  return null;
}

/** Only links to public https hosts are shown to users (see sourceUrlProblem). */
export const HttpsUrl = z.lazy(() =>
  z.string().check(
    z.maxLength(2048),
    z.superRefine((s, ctx) => {
      const problem = sourceUrlProblem(s);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: `expected an absolute https:// URL on a public host name (no IP address, local or single-label host, or credentials): ${problem}`,
        });
    }),
  ),
);

/**
 * Characters that change how text around them is displayed without showing themselves: bidirectional
 * controls (U+202E can make "gpj.exe" read "exe.jpg") and zero-width characters (which make two names
 * that look the same compare different). Refused in every name, title and summary a list can carry.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function visibleOnly(s: string, ctx: z.core.$RefinementCtx<string>): void {
  const m = INVISIBLE.exec(s);
  if (m)
    ctx.addIssue({
      code: 'custom',
      message: `contains an invisible bidirectional-control or zero-width character (U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at position ${m.index})`,
    });
}

/** Display text (no invisible control characters), of at most `max` characters when given. */
const Text = (max?: number) => z.string().check(z.superRefine(visibleOnly), ...(max === undefined ? [] : [z.maxLength(max)]));
/** Display text, trimmed and not empty, of at most `max` characters when given. */
const NonEmpty = (max?: number) =>
  z
    .string()
    .check(z.superRefine(visibleOnly), z.trim(), z.minLength(1, 'must not be empty'), ...(max === undefined ? [] : [z.maxLength(max)]));
/** A list's URL as the merge records it on a record. */
const ListField = () => z.optional(z.string().check(z.maxLength(2048)));

const source = () =>
  z.strictObject({
    url: HttpsUrl,
    publisher: NonEmpty(200),
    title: NonEmpty(400),
    date: z.optional(PartialDate),
  });
export const Source = z.lazy(source);
export type Source = z.infer<typeof Source>;

const Sources = () => z.array(Source).check(z.minLength(1, 'every note and ownership link needs at least one source'));

/** A domain as the matcher stores it: lower-case ASCII (punycode), and its own registrable domain. */
export const RegistrableDomain = z.lazy(() =>
  z
    .string()
    .check(
      z.refine(
        (d) => d === d.toLowerCase() && /^[a-z0-9.-]+$/.test(d) && psl().getDomain(d, DOMAIN_OPTIONS) === d,
        'expected a lower-case registrable domain such as "example.com" (no www., no scheme, punycode for IDN)',
      ),
    ),
);

/**
 * What a company's link to its parent says: the parent owns it (a subsidiary, a brand, a division), or it
 * is the parent's corporate foundation or political action committee (an affiliate the company funds and
 * controls, not owns). Donor lists are full of the latter.
 */
export const PARENT_KINDS = ['owner', 'foundation', 'pac'] as const;
export type ParentKind = (typeof PARENT_KINDS)[number];

const parentLink = () =>
  z.strictObject({
    id: Slug,
    /** Absent means "owner". */
    kind: z.optional(z.enum(PARENT_KINDS)),
    /** Since when the link holds as stated, given where it changed (an acquisition, a merger, a rename). */
    asOf: z.optional(PartialDate),
    sources: Sources(),
  });
export const ParentLink = z.lazy(parentLink);
export type ParentLink = z.infer<typeof ParentLink>;

/** A member company of a joint venture, with the sources that name it as one. */
const jvMember = () =>
  z.strictObject({
    id: Slug,
    asOf: z.optional(PartialDate),
    /** How the sources establish the membership, where no single source states it in so many words. */
    basis: z.optional(NonEmpty(400)),
    sources: Sources(),
  });
export const JvMember = z.lazy(jvMember);
export type JvMember = z.infer<typeof JvMember>;

const company = () =>
  z.strictObject({
    id: Slug,
    name: NonEmpty(200),
    /** Legal-name variants as they appear in contract and labour records, former names. */
    aliases: z._default(z.array(NonEmpty(300)), []),
    domains: z._default(z.array(RegistrableDomain), []),
    parent: z.optional(ParentLink),
    /** For a joint venture: the member companies the sources name (not necessarily all of them). */
    members: z.optional(z.array(JvMember).check(z.minLength(1))),
    /** Product names specific enough to attribute a reseller's contract line to this company. */
    keywords: z.optional(z.array(NonEmpty(80))),
    /** Which subscribed list the record came from (its URL); absent for the bundled dataset. Set by the merge. */
    list: ListField(),
  });
export const Company = z.lazy(company);
export type Company = z.infer<typeof Company>;

const agency = () =>
  z.strictObject({
    id: Slug,
    name: NonEmpty(),
    acronym: NonEmpty(20),
    department: NonEmpty(),
  });
export const Agency = z.lazy(agency);
export type Agency = z.infer<typeof Agency>;

const award = () =>
  z.strictObject({
    awardId: NonEmpty(200),
    /** Net obligated US dollars; de-obligations make it lower, and can make it negative (Zod numbers are finite). */
    amountUsd: z.number(),
    startDate: z.optional(Day),
    endDate: z.optional(Day),
    description: z.optional(Text(1000)),
    /** The company that held the award when this company's product was bought through a reseller. */
    reseller: z.optional(NonEmpty(300)),
    /**
     * With `reseller`: the products of this company the order names ("iPad", "Microsoft Azure"). The
     * amount is the whole order's, which may include other items.
     */
    products: z.optional(z.array(NonEmpty(80)).check(z.maxLength(20))),
    url: HttpsUrl,
  });
export const Award = z.lazy(award);
export type Award = z.infer<typeof Award>;

const contractTie = () =>
  z.strictObject({
    id: Slug,
    kind: z.literal('contract'),
    companyId: Slug,
    agencyId: Slug,
    summary: z.optional(Text(2000)),
    awards: z._default(z.array(Award), []),
    sources: Sources(),
    /** Which subscribed list the record came from; absent for the bundled dataset. */
    list: ListField(),
  });
export const ContractTie = z.lazy(contractTie);
export type ContractTie = z.infer<typeof ContractTie>;

export const LABOR_ACTIONS = [
  'open-letter',
  'petition',
  'walkout',
  'strike',
  'protest',
  'union-election',
  'union-drive',
  'lawsuit',
  'resignation',
  'other',
] as const;
export type LaborActionKind = (typeof LABOR_ACTIONS)[number];

/** A whole number of people or votes, zero or more. */
const Count = () => z.number().check(z.int(), z.nonnegative());

const election = () =>
  z.strictObject({
    caseNumber: NonEmpty(40),
    city: z.optional(Text(100)),
    state: z.optional(Text(40)),
    eligibleVoters: z.optional(Count()),
    votesFor: Count(),
    votesAgainst: Count(),
    certified: z.boolean(),
    union: z.optional(Text(300)),
    /**
     * A decertification vote (an NLRB "RD" case: workers' petition to remove the union that represents them) and
     * how it ended: the union kept (certified again), voted out (the count certified against it), replaced (another
     * union on the ballot won and was certified in its place: Kaiser's 21-RD-258174, audit pass 39 #11), or no result
     * in the file (open, or settled otherwise). Absent for a vote on taking a union. Optional, as `relation` is: a
     * store or list written before it parses.
     */
    decertification: z.optional(z.enum(['kept', 'removed', 'replaced', 'undecided'])),
    /** Challenged ballots the file marks as enough to change the outcome. */
    challenged: z.optional(Count()),
  });
export const Election = z.lazy(election);

/**
 * Who acted: the company's workers (or its contractors' or gig workers at it), students, or the public
 * (users, researchers, outside groups). Absent when the record does not say. Students' and the public's
 * actions are shown as what they were, not as the company's labour actions.
 */
export const LABOR_ACTORS = ['workers', 'students', 'public'] as const;
export type LaborActor = (typeof LABOR_ACTORS)[number];

/**
 * How the company stood to the people who acted: it employed them (`employer`: its own workers, all or some
 * of them, as in a union of employees and contractors), they were contract workers at its sites or on its
 * work, employed by another company (`client`), gig workers on its app (`platform`), or the action was
 * others' — outsiders, students, the public, former staff — directed at it (`target`). Optional so that a
 * store or a signed list written before the field parses; absent, a view claims no relation.
 */
export const LABOR_RELATIONS = ['employer', 'client', 'platform', 'target'] as const;
export type LaborRelation = (typeof LABOR_RELATIONS)[number];

const laborAction = () =>
  z.strictObject({
    id: Slug,
    kind: z.literal('labor'),
    companyId: Slug,
    /** When it started. */
    date: PartialDate,
    /**
     * `reported`: `date` is the day of its first report, and no report gives the action's own day (a letter that
     * circulated before it was reported, a campaign over weeks): the views say "reported <date>", never the
     * action's day. Optional so that a store or a signed list written before the field parses.
     */
    dateIs: z.optional(z.literal('reported')),
    /** When it ended, for actions that lasted more than a day. */
    endDate: z.optional(PartialDate),
    action: z.enum(LABOR_ACTIONS),
    actor: z.optional(z.enum(LABOR_ACTORS)),
    relation: z.optional(z.enum(LABOR_RELATIONS)),
    participants: z.optional(z.number().check(z.int(), z.positive())),
    /** When the sources give the count only as "more than N" or "about N": the note never states it as exact. */
    participantsAre: z.optional(z.enum(['more-than', 'about'])),
    agencyIds: z.optional(z.array(Slug)),
    tags: z.optional(z.array(NonEmpty(60))),
    summary: NonEmpty(2000),
    election: z.optional(Election),
    /** Other companies the record names whose part in the action it does not establish. */
    alsoNamed: z.optional(z.array(NonEmpty(200)).check(z.maxLength(20))),
    sources: Sources(),
    list: ListField(),
  });
export const LaborAction = z.lazy(laborAction);
export type LaborAction = z.infer<typeof LaborAction>;

const contextNote = () =>
  z.strictObject({
    id: Slug,
    kind: z.literal('context'),
    companyId: Slug,
    date: z.optional(PartialDate),
    title: NonEmpty(300),
    summary: NonEmpty(2000),
    sources: Sources(),
    list: ListField(),
  });
export const ContextNote = z.lazy(contextNote);
export type ContextNote = z.infer<typeof ContextNote>;

const note = () => z.discriminatedUnion('kind', [contractTie(), laborAction(), contextNote()]);
export const Note = z.lazy(note);
export type Note = z.infer<typeof Note>;

const datasetRecords = () =>
  z.strictObject({
    agencies: z.array(Agency),
    companies: z.array(Company),
    notes: z.array(Note),
  });
export const DatasetRecords = z.lazy(datasetRecords);

export const Dataset = z.lazy(() =>
  z
    .extend(datasetRecords(), {
      schemaVersion: z.literal(SCHEMA_VERSION),
      /** Monotonically increasing: sync refuses anything not newer than what is in use. */
      version: z.number().check(z.int(), z.positive()),
      generatedAt: z.iso.datetime(),
    })
    .check(z.superRefine(checkReferences)),
);
export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;

/**
 * Rules that span records: unique ids, one owner per domain, references that resolve (parents, joint
 * venture members, notes' companies and agencies), no ownership cycles, one contract tie per company and
 * agency (the badge counts ties once per agency).
 */
function checkReferences(d: z.infer<typeof DatasetRecords>, ctx: z.core.$RefinementCtx<z.infer<typeof DatasetRecords>>): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const agencyIds = new Set<string>();
  d.agencies.forEach((a, i) => {
    if (agencyIds.has(a.id)) issue(['agencies', i, 'id'], `duplicate agency id "${a.id}"`);
    agencyIds.add(a.id);
  });
  const companies = new Map<string, z.infer<typeof Company>>();
  const domainOwner = new Map<string, string>();
  d.companies.forEach((c, i) => {
    if (companies.has(c.id)) issue(['companies', i, 'id'], `duplicate company id "${c.id}"`);
    companies.set(c.id, c);
    c.domains.forEach((dom, j) => {
      const owner = domainOwner.get(dom);
      if (owner !== undefined && owner !== c.id) {
        issue(['companies', i, 'domains', j], `domain "${dom}" is already listed for company "${owner}"`);
      }
      domainOwner.set(dom, c.id);
    });
  });
  d.companies.forEach((c, i) => {
    if (!c.parent) return;
    if (!companies.has(c.parent.id)) {
      issue(['companies', i, 'parent', 'id'], `unknown parent company "${c.parent.id}"`);
      return;
    }
    // Walk up; a chain longer than the number of companies means a cycle.
    const seen = new Set([c.id]);
    for (let p: string | undefined = c.parent.id; p !== undefined; p = companies.get(p)?.parent?.id) {
      if (seen.has(p)) {
        issue(['companies', i, 'parent', 'id'], `ownership cycle through "${p}"`);
        return;
      }
      seen.add(p);
    }
  });
  d.companies.forEach((c, i) => {
    const seen = new Set<string>();
    c.members?.forEach((m, j) => {
      if (!companies.has(m.id)) issue(['companies', i, 'members', j, 'id'], `unknown member company "${m.id}"`);
      if (m.id === c.id) issue(['companies', i, 'members', j, 'id'], 'a joint venture cannot be its own member');
      if (seen.has(m.id)) issue(['companies', i, 'members', j, 'id'], `member "${m.id}" listed twice`);
      seen.add(m.id);
    });
  });
  const noteIds = new Set<string>();
  const ties = new Set<string>();
  d.notes.forEach((n, i) => {
    if (noteIds.has(n.id)) issue(['notes', i, 'id'], `duplicate note id "${n.id}"`);
    noteIds.add(n.id);
    if (!companies.has(n.companyId)) issue(['notes', i, 'companyId'], `unknown company "${n.companyId}"`);
    if (n.kind === 'contract') {
      if (!agencyIds.has(n.agencyId)) issue(['notes', i, 'agencyId'], `unknown agency "${n.agencyId}"`);
      const key = `${n.companyId}\u0000${n.agencyId}`;
      if (ties.has(key)) {
        issue(['notes', i], `a second contract tie for company "${n.companyId}" and agency "${n.agencyId}"`);
      }
      ties.add(key);
    }
    if (n.kind === 'labor') {
      n.agencyIds?.forEach((a, j) => {
        if (!agencyIds.has(a)) issue(['notes', i, 'agencyIds', j], `unknown agency "${a}"`);
      });
    }
  });
}

/** Names a record by its collection and id, so an error says which record is wrong. */
function describePath(input: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === 'number') {
      const id = (node as unknown[] | undefined)?.[key];
      const recordId =
        id && typeof id === 'object' && 'id' in id && typeof (id as { id: unknown }).id === 'string'
          ? ` (id "${(id as { id: string }).id}")`
          : '';
      out += `[${key}]${recordId}`;
    } else {
      out += `${out ? '.' : ''}${String(key)}`;
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return out || '(dataset)';
}

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** Turns Zod issues into lines such as `companies[3] (id "slack").domains[0]: expected ...`. */
export function formatIssues(input: unknown, error: z.core.$ZodError, max = 20): string[] {
  return error.issues.slice(0, max).map((i) => `${describePath(input, i.path)}: ${i.message}`);
}

/** Validates a whole dataset, throwing a DatasetError that names each bad record and field. */
export function parseDataset(input: unknown, label = 'dataset'): Dataset {
  const result = Dataset.safeParse(input);
  if (result.success) return result.data;
  const problems = formatIssues(input, result.error);
  const more = result.error.issues.length - problems.length;
  throw new DatasetError(`Invalid ${label}: ${problems.join('; ')}${more > 0 ? ` (and ${more} more problems)` : ''}`, problems);
}
