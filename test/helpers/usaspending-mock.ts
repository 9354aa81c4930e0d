/**
 * A local stand-in for USAspending's POST /api/v2/search/spending_by_transaction/ on 127.0.0.1, answering
 * in the format of the API's contract and view (see data/pipeline/fetch/api.ts for the sources): it
 * checks the request as the API does (fields, a sort field among them, award types, the agency filter,
 * the 50,000-row window, configurable here), filters and sorts its rows, and pages them with
 * `page_metadata.hasNext`. Rows are ours: CSV rows of the real layout (test/fixtures/pipeline/
 * usaspending-api/), turned back into API results. Faults can be queued per request: an HTTP status, no
 * answer at all, a cut-off or non-JSON body, a page of the wrong number, an empty answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type MockFault =
  | { kind: 'status'; status: number; retryAfter?: number; body?: string }
  | { kind: 'hang' }
  | { kind: 'truncate' }
  | { kind: 'html' }
  | { kind: 'wrong-page' }
  | { kind: 'empty' };

export interface MockRequest {
  subtier: string;
  start: string;
  page: number;
  limit: number;
}

export interface UsaspendingMock {
  url: string;
  /** CSV-layout rows served, by the `Agency` acronym; replace it to change what the API knows. */
  rows: Record<string, string>[];
  /** A fault for the next `times` requests that match. */
  fault(match: Partial<Pick<MockRequest, 'subtier' | 'page' | 'start'>>, fault: MockFault, times?: number): void;
  clearFaults(): void;
  requests: MockRequest[];
  close(): Promise<void>;
}

const FIELD_OF_COLUMN: Record<string, string> = {
  'Award ID': 'Award ID',
  'Recipient Name': 'Recipient Name',
  'Transaction Amount': 'Federal Action Obligation',
  'Action Date': 'Action Date',
  Mod: 'Modification',
  product_or_service_description: 'Product/Service Description',
  naics_description: 'NAICS Description',
  'Transaction Description': 'Transaction Description',
  generated_internal_id: 'Generated Award ID',
};
const KNOWN_FIELDS = new Set([...Object.keys(FIELD_OF_COLUMN), 'Awarding Sub Agency', 'Awarding Agency', 'internal_id', 'Award Type']);

export async function startUsaspendingMock(opts: {
  rows: Record<string, string>[];
  /** Acronym (the CSV's Agency column) → the sub-agency's USAspending name. */
  subtiers: Record<string, string>;
  maxResultWindow?: number;
}): Promise<UsaspendingMock> {
  const maxWindow = opts.maxResultWindow ?? 50_000;
  const acronymOf = new Map(Object.entries(opts.subtiers).map(([a, s]) => [s, a]));
  const faults: { match: Partial<MockRequest>; fault: MockFault; left: number }[] = [];
  const requests: MockRequest[] = [];
  const open = new Set<ServerResponse>();
  const mock: UsaspendingMock = {
    url: '',
    rows: opts.rows,
    fault: (match, fault, times = 1) => void faults.push({ match, fault, left: times }),
    clearFaults: () => void faults.splice(0),
    requests,
    close: () =>
      new Promise<void>((ok) => {
        for (const r of open) r.destroy();
        server.close(() => ok());
      }),
  };

  const answer = (res: ServerResponse, status: number, body: unknown) =>
    void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    if (req.method !== 'POST' || req.url !== '/api/v2/search/spending_by_transaction/') return answer(res, 404, { detail: 'Not found.' });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: {
        filters?: {
          agencies?: { type?: string; tier?: string; name?: string }[];
          time_period?: { start_date?: string; end_date?: string }[];
          award_type_codes?: string[];
        };
        fields?: string[];
        page?: number;
        limit?: number;
        sort?: string;
        order?: string;
      };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(res, 400, { detail: 'JSON parse error' });
      }
      const fields = body.fields ?? [];
      const page = body.page ?? 1;
      const limit = body.limit ?? 10;
      const agency = body.filters?.agencies?.[0];
      const period = body.filters?.time_period?.[0];
      if (!fields.length || fields.some((f) => !KNOWN_FIELDS.has(f))) return answer(res, 400, { detail: 'Field "fields" is not valid' });
      if (!body.filters?.award_type_codes?.length)
        return answer(res, 422, { detail: "Missing value: 'filters|award_type_codes' is a required field" });
      if (!body.sort || !fields.includes(body.sort)) return answer(res, 400, { detail: `Sort value not found in fields: ${body.sort}` });
      if (!agency || agency.type !== 'awarding' || agency.tier !== 'subtier' || !agency.name || !period?.start_date || !period.end_date)
        return answer(res, 422, { detail: 'this mock expects one awarding subtier agency and one time period' });
      if ((page - 1) * limit >= maxWindow)
        return answer(res, 422, {
          detail: `Page #${page} of size ${limit} is over the maximum result limit (${maxWindow}). Consider using custom data downloads to obtain large data sets.`,
        });
      const r: MockRequest = { subtier: agency.name, start: period.start_date, page, limit };
      requests.push(r);

      const f = faults.find((x) => x.left > 0 && Object.entries(x.match).every(([k, v]) => r[k as keyof MockRequest] === v));
      if (f) f.left--;
      const fault = f?.fault;
      if (fault?.kind === 'hang') return;
      if (fault?.kind === 'status') {
        const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {};
        return void res.writeHead(fault.status, headers).end(fault.body ?? JSON.stringify({ detail: 'Internal Server Error' }));
      }
      if (fault?.kind === 'html')
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Maintenance</title>');

      const acronym = acronymOf.get(agency.name);
      const column = FIELD_OF_COLUMN[body.sort] ?? body.sort;
      const dir = body.order === 'asc' ? 1 : -1;
      const matching = mock.rows
        .filter((x) => x['Agency'] === acronym && x['Action Date']! >= period.start_date! && x['Action Date']! <= period.end_date!)
        .map((x, i) => ({ x, i }))
        .sort((a, b) => {
          const av = a.x[column] ?? '';
          const bv = b.x[column] ?? '';
          const c = column === 'Federal Action Obligation' ? Number(av) - Number(bv) : av < bv ? -1 : av > bv ? 1 : 0;
          return c * dir || a.i - b.i; // ties keep the rows' own order, as a search engine does
        })
        .map(({ x }) => x);
      const slice = fault?.kind === 'empty' ? [] : matching.slice((page - 1) * limit, page * limit + 1);
      const results = slice.slice(0, limit).map((x) => {
        const out: Record<string, string | number | null> = {};
        for (const field of fields) {
          if (field === 'Awarding Sub Agency') out[field] = agency.name!;
          else if (field === 'Transaction Amount')
            out[field] = x['Federal Action Obligation'] === '' ? null : Number(x['Federal Action Obligation']);
          else out[field] = x[FIELD_OF_COLUMN[field] ?? ''] ?? null;
        }
        out['generated_internal_id'] = x['Generated Award ID']!;
        out['internal_id'] = String(x['Generated Award ID']!.length);
        return out;
      });
      const hasNext = slice.length > limit;
      const pageOut = fault?.kind === 'wrong-page' ? page + 1 : page;
      const text = JSON.stringify({
        limit,
        page_metadata: {
          page: pageOut,
          next: hasNext ? page + 1 : null,
          previous: page > 1 ? page - 1 : null,
          hasNext,
          hasPrevious: page > 1,
        },
        results,
        messages: ['For searches, time period start and end dates are currently limited to an earliest date of 2007-10-01.'],
      });
      if (fault?.kind === 'truncate')
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(text.slice(0, Math.floor(text.length / 2)));
      res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  mock.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return mock;
}
