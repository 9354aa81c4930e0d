/**
 * One query typed by a person — a name, domain, URL or email address — answered with the name matcher
 * over the data in use. Runs in the background, which answers the pages' 'lookup-query' message with it
 * (messages.ts; the lookup page and the popup's search box ask with askLookup, ask.ts): the background has
 * the store open, so a page shows its answer without loading Dexie, Zod and tldts or building the index.
 *
 * Most queries — a company's name or alias, with or without its legal form, a listed domain, an email address
 * at one — are answered from the name index's first rules, which the build ships as a key table
 * (data/model/name-keys.ts): a read of one or two small parts, and, once the first query is answered, of the
 * whole table (as text, 32 parts in one read), kept: the next names then cost no read before their company's parts. Only a query they do not decide (a typo, a unit's or a
 * foundation's name, a short form) builds the whole name index, which normalises every company's names and
 * takes a few hundred milliseconds. Every company is read (one part): the table's candidates point into that
 * list, and the other companies named like the query are searched in it. All are kept for the next query — but
 * only while queries come: they are dropped IDLE_MS after the last one (and when the data in use changes), so
 * the service worker does not keep the registry's names in memory for long. Not the answers: a query asked
 * again is answered again.
 */
import { addConflicts, allCompanies, conflictsInUse, searchIn, type CompanyHit } from '../store/queries';
import { keyReader, readKeyTable, type KeyTable } from '../store/name-keys';
import { getActive } from '../store/meta';
import { onGenerationSwitch } from '../store/switch';
import { ScreenIndex, type ScreenOutcome } from '../model/name-matcher';
import { quickMatch } from '../model/name-keys';
import { inputKind } from '../model/input-kind';
import { prepareText } from '../model/name-forms';
import { cached } from '../model/cached';
import type { Company } from '../model/schema';
import type { MatchResult } from '../model/result';
import { companyLookup, database, ensureDataset } from './extension';
import { withPsl } from './psl';

export const IDLE_MS = 2 * 60_000;

interface Names {
  gen: number;
  companies: Company[];
  /**
   * The whole key table, as text (one batched read, not parsed), read once the first query is answered (or when
   * the names are read ahead: prepareNames): the next names then cost no read before their company's parts.
   * Until it is read, and for a generation stored without it, a query reads its own parts of the table.
   */
  keys?: KeyTable | undefined;
  keysRead?: Promise<void>;
  /** Built on the first query the key table does not decide. */
  index?: ScreenIndex;
}

let names: Promise<Names> | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;

/**
 * The data in use's record (its generation, the lists in use), kept in memory until the data in use changes (a
 * generation switch, the only write of that record: only the background writes generations), as the popup's
 * state keeps it (popup-state.ts): a query takes the lists whose conflicts it applies from it, so without a list
 * in use the lookup page's answer is the company's one read, not that read and the record's beside it (an
 * IndexedDB transaction per query, ~1 ms of the worker's answer to `?q=`). The data in use answers at once; only
 * before the first install does a query wait for it.
 */
const recordInUse = cached(async () => (await getActive(database())) ?? (await ensureDataset()));
onGenerationSwitch(recordInUse.clear);

function namesInUse(): Promise<Names> {
  const reading = (names ??= (async () => {
    const { gen } = await recordInUse.get();
    return { gen, companies: await allCompanies(database(), gen) };
  })());
  // Nothing kept from a failed read: the next query tries again.
  reading.catch(() => {
    if (names === reading) names = undefined;
  });
  clearTimeout(idle);
  idle = setTimeout(() => (names = undefined), IDLE_MS);
  return reading;
}
onGenerationSwitch(() => (names = undefined));

/**
 * Reads the key table of `n` for the queries after this one, once, in a task of its own: the query that asked is
 * answered first (its page is not kept waiting for 32 parts it does not need), as before the table was kept.
 */
function keepKeys(n: Names): void {
  n.keysRead ??= new Promise<void>((done) => setTimeout(done, 0))
    .then(() => readKeyTable(database(), n.gen))
    .then(
      (table) => void (n.keys = table),
      () => undefined, // its queries read their parts, which report what is wrong
    );
}

/**
 * Reads every company when a person is about to query: the lookup page opened from a menu or the popup. The
 * page's first query then finds them read (the index itself is built only for a query the key table does not
 * decide); they are dropped IDLE_MS later if no query comes.
 */
export function prepareNames(): void {
  namesInUse().then(keepKeys, () => undefined); // a failure is reported to the query that meets it
}

export interface QueryAnswer {
  outcome: ScreenOutcome;
  result: MatchResult | null;
  /**
   * Other companies whose names contain the words typed, for a second look; absent when the query was asked
   * without them (the lookup page's first view, which asks for them once its answer is painted: othersNamed).
   */
  others?: CompanyHit[];
}

/**
 * A name, domain, URL or email address → the matched company with its notes, how, and a confidence. A name
 * (what the matchers read as one: no dot, or spaces) is answered without the public suffix list; a domain, URL
 * or email address loads it (./psl.ts) to find the registrable domain. `others: false` leaves out the other
 * companies named like the query (a search over every company's names, which the first paint does not show).
 */
export function lookupQuery(query: string, { others = true }: { others?: boolean } = {}): Promise<QueryAnswer> {
  return inputKind(prepareText(query).text) === 'name' ? answer(query, others) : withPsl(() => answer(query, others));
}

async function answer(query: string, withOthers: boolean): Promise<QueryAnswer> {
  const n = await namesInUse();
  const outcome =
    (await quickMatch(query, keyReader(database(), n.gen, n.companies, n.keys))) ??
    (n.index ??= new ScreenIndex(n.companies)).matchAny(query);
  const id = outcome.match?.companyId;
  // The company's parts in one request (extension.ts); beside them, the conflicts when a list is in use.
  const result = id
    ? await Promise.all([companyLookup(id, n.gen), conflictsInUse(database(), recordInUse.get())]).then(([r, c]) => r && addConflicts(r, c))
    : null;
  keepKeys(n);
  return { outcome, result, ...(withOthers ? { others: othersIn(n.companies, query, id) } : {}) };
}

/** Other companies by name only when a name was typed: an email or a site names one company or none. */
const othersIn = (companies: readonly Company[], query: string, except: string | undefined): CompanyHit[] =>
  inputKind(query) !== 'name' ? [] : searchIn(companies, query, 8).filter((h) => h.id !== except);

/** The other companies named like `query`, less `except` (the company its answer matched): the second message. */
export async function othersNamed(query: string, except?: string): Promise<CompanyHit[]> {
  return othersIn((await namesInUse()).companies, query, except);
}
