/**
 * USAspending's transaction search, as the fetcher uses it: the request it sends, the page it accepts,
 * and how a result row becomes a row of our CSV layout (`USASPENDING_COLUMNS`).
 *
 * Where the format comes from (fedspendingtransparency/usaspending-api):
 * - the endpoint's contract, `usaspending_api/api_contracts/contracts/v2/search/spending_by_transaction.md`
 *   (request attributes; a response of `limit`, `page_metadata` {page, hasNext, hasPrevious, next,
 *   previous} and `results`; AgencyObject {type, tier, name}; TimePeriodObject {start_date, end_date});
 * - the view, `usaspending_api/search/v2/views/spending_by_transaction.py` (the sort field must be one of
 *   the requested fields; `page × limit` past `ES_TRANSACTIONS_MAX_RESULT_WINDOW`, 50,000 in
 *   `usaspending_api/settings.py`, is refused; `hasNext` is "one more row than `limit` was found";
 *   `generated_internal_id` and `internal_id` are added to every row);
 * - the field names, `TRANSACTIONS_LOOKUP` in `usaspending_api/awards/v2/lookups/elasticsearch_lookups.py`
 *   ("Transaction Amount" is `federal_action_obligation`, "Mod" is `modification_number`, and
 *   `product_or_service_description` / `naics_description` are requestable as they are).
 * The same request, field for field, is how the CBP/ICE files in ../shared/data were made (the public
 * repository wrags81/cbp-ice-dashboard, fetch_and_build.py), so a fetched file and those files agree.
 */
import { z } from 'zod';
import { type USASPENDING_COLUMNS } from '../usaspending';

export const DEFAULT_API = 'https://api.usaspending.gov';
export const SEARCH_PATH = '/api/v2/search/spending_by_transaction/';
/** Contract award types: definitive contracts, purchase orders, delivery and task orders (A–D). */
export const CONTRACT_AWARD_TYPES = ['A', 'B', 'C', 'D'] as const;
export const PAGE_SIZE = 100;
/** The API refuses a page whose first row would be past this many (settings.py). */
export const MAX_RESULT_WINDOW = 50_000;

/** The fields our CSVs hold, by their API names. */
export const FIELDS = [
  'Award ID',
  'Recipient Name',
  'Transaction Amount',
  'Action Date',
  'Mod',
  'Awarding Sub Agency',
  'product_or_service_description',
  'naics_description',
  'Transaction Description',
  'generated_internal_id',
] as const;

/**
 * Sorted by action date, oldest first: a transaction added while we page (today's) lands on the last
 * page instead of shifting every page after it, and a window too long for the API can be continued from
 * a date (see fetch.ts). The API takes one sort key, so rows of one day keep the engine's own order.
 */
export const SORT_FIELD = 'Action Date';

export interface Window {
  /** First and last action date, inclusive, YYYY-MM-DD. */
  start: string;
  end: string;
}

export function searchBody(subtier: string, window: Window, page: number, limit = PAGE_SIZE) {
  return {
    filters: {
      agencies: [{ type: 'awarding', tier: 'subtier', name: subtier }],
      time_period: [{ start_date: window.start, end_date: window.end }],
      award_type_codes: [...CONTRACT_AWARD_TYPES],
    },
    fields: [...FIELDS],
    page,
    limit,
    sort: SORT_FIELD,
    order: 'asc',
  };
}

/** The API sends strings, numbers or null for a field (amounts as numbers from the search engine). */
const Value = z.union([z.string(), z.number(), z.null()]).optional();
const ResultRow = z.object(Object.fromEntries(FIELDS.map((f) => [f, Value])) as Record<(typeof FIELDS)[number], typeof Value>);
export type ResultRow = z.infer<typeof ResultRow>;

export const SearchPage = z.object({
  limit: z.number().int().positive(),
  page_metadata: z.object({ page: z.number().int().positive(), hasNext: z.boolean() }),
  results: z.array(ResultRow),
});
export type SearchPage = z.infer<typeof SearchPage>;

/** What the fetcher keeps of a page: its rows (already in our CSV layout) and whether more follow. */
export interface SavedPage {
  page: number;
  hasNext: boolean;
  rows: CsvRow[];
}

export type CsvRow = Record<(typeof USASPENDING_COLUMNS)[number], string>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Checks one API page against the request that asked for it and turns its rows into CSV rows. A page that
 * breaks the contract (wrong page, more rows than asked, a short page that claims more, a row of another
 * agency or outside the window, no award id) throws: the caller retries it, then gives up.
 */
export function readPage(
  json: unknown,
  want: { page: number; limit: number; subtier: string; acronym: string; window: Window },
): SavedPage {
  const parsed = SearchPage.safeParse(json);
  if (!parsed.success)
    throw new Error(`not a search result page (${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message})`);
  const p = parsed.data;
  if (p.page_metadata.page !== want.page) throw new Error(`asked for page ${want.page}, got page ${p.page_metadata.page}`);
  if (p.results.length > want.limit) throw new Error(`${p.results.length} rows on a page of ${want.limit}`);
  if (p.page_metadata.hasNext && p.results.length < want.limit)
    throw new Error(`a short page (${p.results.length} of ${want.limit} rows) that says more follow`);
  const rows = p.results.map((r, i): CsvRow => {
    const where = `row ${i + 1}`;
    const subtier = text(r['Awarding Sub Agency']);
    if (subtier !== want.subtier) throw new Error(`${where} is from "${subtier}", not "${want.subtier}"`);
    const date = text(r['Action Date']);
    if (!DAY.test(date) || date < want.window.start || date > want.window.end)
      throw new Error(`${where}: action date "${date}" is outside ${want.window.start} – ${want.window.end}`);
    const gid = text(r.generated_internal_id);
    if (!gid) throw new Error(`${where} has no generated_internal_id`);
    const amount = text(r['Transaction Amount']);
    if (amount !== '' && !Number.isFinite(Number(amount))) throw new Error(`${where}: Transaction Amount "${amount}" is not a number`);
    return {
      Agency: want.acronym,
      'Award ID': text(r['Award ID']),
      'Recipient Name': text(r['Recipient Name']),
      'Federal Action Obligation': amount,
      'Action Date': date,
      Modification: text(r.Mod),
      'Product/Service Description': text(r.product_or_service_description),
      'NAICS Description': text(r.naics_description),
      'Transaction Description': text(r['Transaction Description']),
      'Generated Award ID': gid,
    };
  });
  return { page: want.page, hasNext: p.page_metadata.hasNext, rows };
}

/** Federal fiscal year N runs from October 1 of N−1 to September 30 of N. */
export const fiscalYearWindow = (fy: number): Window => ({ start: `${fy - 1}-10-01`, end: `${fy}-09-30` });

/** The fiscal year a day falls in. */
export const fiscalYearOf = (day: Date): number => day.getUTCFullYear() + (day.getUTCMonth() >= 9 ? 1 : 0);
