/**
 * data:fetch against a local mock of USAspending's transaction search (test/helpers/usaspending-mock.ts)
 * serving real public-domain rows (test/fixtures/pipeline/usaspending-api/): every page, the faults a
 * public API has (5xx, no answer, a cut-off or wrong page, an empty answer, 429, a 4xx), resuming, the
 * API's 50,000-row window, never replacing a good file with a worse one, and an endless answer cut off at its cap.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '@/data/pipeline/input';
import { UsaspendingAggregator } from '@/data/pipeline/usaspending';
import { run as fetchCli, type FetchCliOptions } from '../../../scripts/data-fetch';
import { DEFAULT_CLIENT, JsonClient, type ClientDeps } from '@/data/pipeline/fetch/client';
import { inProcess } from '../../helpers/cli';
import { startUsaspendingMock, type UsaspendingMock } from '../../helpers/usaspending-mock';

const FIXTURE = 'test/fixtures/pipeline/usaspending-api/cbp-ice-FY2026-sample.csv';
const SUBTIERS = { CBP: 'U.S. Customs and Border Protection', ICE: 'U.S. Immigration and Customs Enforcement' };

async function csvRows(file: string) {
  const rows: Record<string, string>[] = [];
  for await (const r of readCsv(file)) rows.push(r);
  return rows;
}
/** A row as data:build reads it: amounts as numbers ("1.0" and "1" are one amount). */
const key = (r: Record<string, string>) => JSON.stringify({ ...r, 'Federal Action Obligation': Number(r['Federal Action Obligation']) });
const sortedKeys = (rows: Record<string, string>[]) => rows.map(key).sort();

let fixture: Record<string, string>[];
let mock: UsaspendingMock;
let out: string;
let waits: number[];

/** No real waiting: backoffs and the polite interval are recorded instead (the deadline stays real). */
const fast = (): Partial<ClientDeps> => ({ sleep: async (ms) => void waits.push(ms) });
const runFetch = (args: string[] = [], opts: FetchCliOptions = {}) =>
  inProcess(
    (a, io) => fetchCli(a, io, { deps: fast(), ...opts }),
    ['--out', out, '--fy', '2026', '--api', mock.url, '--timeout-ms', '3000', '--attempts', '3', ...args],
  );
const cbpFile = () => join(out, 'cbp-contract-transactions-FY2026.csv');
const iceFile = () => join(out, 'ice-contract-transactions-FY2026.csv');
const pagesAsked = (subtier: string) => mock.requests.filter((r) => r.subtier === subtier).map((r) => r.page);

beforeEach(async () => {
  fixture ??= await csvRows(FIXTURE);
  mock = await startUsaspendingMock({ rows: fixture, subtiers: SUBTIERS });
  out = mkdtempSync(join(tmpdir(), 'tieline-fetch-'));
  waits = [];
});
afterEach(() => mock.close());

describe('data:fetch against a local USAspending', () => {
  it('fetches every page of each agency and year into the CSV layout data:build reads', async () => {
    const r = await runFetch();
    expect(r.code, r.err).toBe(0);
    // 264 CBP rows: pages of 100, 100 and a short last page of 64; 168 ICE rows: 100 and 68.
    expect(pagesAsked(SUBTIERS.CBP)).toEqual([1, 2, 3]);
    expect(pagesAsked(SUBTIERS.ICE)).toEqual([1, 2]);
    expect(r.out).toMatch(/cbp-contract-transactions-FY2026\.csv: 264 rows \(new\); 3 page\(s\)/);
    const cbp = await csvRows(cbpFile());
    const ice = await csvRows(iceFile());
    expect(sortedKeys(cbp)).toEqual(sortedKeys(fixture.filter((x) => x['Agency'] === 'CBP')));
    expect(sortedKeys(ice)).toEqual(sortedKeys(fixture.filter((x) => x['Agency'] === 'ICE')));

    // The importer reads the fetched files exactly as it reads the files they stand in for.
    const fromFetch = new UsaspendingAggregator();
    await fromFetch.addFile(cbpFile());
    await fromFetch.addFile(iceFile());
    const fromFixture = new UsaspendingAggregator();
    await fromFixture.addFile(FIXTURE);
    const cents = (a: UsaspendingAggregator) => [...a.awards.entries()].map(([k, v]) => `${k} ${v.cents} ${v.first} ${v.last}`).sort();
    expect(fromFetch.stats).toMatchObject({ rows: 432, skippedCount: 0, awards: fromFixture.stats.awards });
    expect(cents(fromFetch)).toEqual(cents(fromFixture));
  });

  it('retries a 500, a request that gets no answer, a cut-off page, an HTML page and a page of the wrong number', async () => {
    mock.fault({ subtier: SUBTIERS.CBP, page: 2 }, { kind: 'status', status: 500 });
    mock.fault({ subtier: SUBTIERS.CBP, page: 3 }, { kind: 'hang' });
    mock.fault({ subtier: SUBTIERS.ICE, page: 1 }, { kind: 'truncate' });
    mock.fault({ subtier: SUBTIERS.ICE, page: 2 }, { kind: 'html' });
    mock.fault({ subtier: SUBTIERS.ICE, page: 2 }, { kind: 'wrong-page' });
    const r = await runFetch();
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/HTTP 500; retry 1 of 2/);
    expect(r.out).toMatch(/no answer within 3 s; retry 1 of 2/);
    expect(r.out).toMatch(/malformed page: not JSON/);
    expect(r.out).toMatch(/asked for page 2, got page 3/);
    expect(r.out).toMatch(/5 retried/);
    expect(pagesAsked(SUBTIERS.ICE)).toEqual([1, 1, 2, 2, 2]);
    expect(sortedKeys(await csvRows(cbpFile()))).toEqual(sortedKeys(fixture.filter((x) => x['Agency'] === 'CBP')));
    // Backoff doubles from 2 s, with jitter between half and all of it.
    const backoffs = waits.filter((w) => w >= 1000);
    expect(backoffs).toHaveLength(5);
    for (const w of backoffs) expect(w).toBeLessThanOrEqual(4000);
  });

  it('stops on a lasting failure without touching the good file, and the next run resumes from the saved pages', async () => {
    expect((await runFetch()).code).toBe(0);
    const before = readFileSync(cbpFile());
    mock.requests.splice(0);
    mock.fault({ subtier: SUBTIERS.CBP, page: 3 }, { kind: 'status', status: 503 }, 10);
    const failed = await runFetch(['--agency', 'cbp']);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/CBP FY2026 2025-10-01…, page 3: HTTP 503 \(gave up after 3 attempts\)/);
    expect(failed.err).toMatch(/pages saved so far are reused by the next run/);
    expect(readFileSync(cbpFile())).toEqual(before);

    mock.clearFaults();
    mock.requests.splice(0);
    const resumed = await runFetch(['--agency', 'cbp']);
    expect(resumed.code, resumed.err).toBe(0);
    expect(pagesAsked(SUBTIERS.CBP)).toEqual([3]);
    expect(resumed.out).toMatch(/264 rows \(was 264\); 3 page\(s\), 2 from an earlier run/);
  });

  it('does not reuse pages saved on an earlier day: the result set has moved since', async () => {
    let t = Date.parse('2026-08-21T06:00:00Z');
    const deps = { now: () => t, sleep: async (ms: number) => void (t += ms) };
    mock.fault({ subtier: SUBTIERS.CBP, page: 2 }, { kind: 'status', status: 502 }, 10);
    expect((await runFetch(['--agency', 'cbp'], { deps })).code).toBe(1);
    mock.clearFaults();
    mock.requests.splice(0);
    t += 21 * 3600_000;
    const r = await runFetch(['--agency', 'cbp'], { deps });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/saved pages are older than 20 h; starting over/);
    expect(pagesAsked(SUBTIERS.CBP)).toEqual([1, 2, 3]);
  });

  it('never replaces rows with none or with far fewer, unless told to', async () => {
    expect((await runFetch()).code).toBe(0);
    const before = readFileSync(cbpFile());
    mock.fault({ subtier: SUBTIERS.CBP }, { kind: 'empty' }, 100);
    const r = await runFetch(['--agency', 'cbp']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/returned 0 rows where the file has 264; keeping the file/);
    expect(readFileSync(cbpFile())).toEqual(before);

    mock.clearFaults();
    mock.rows = fixture.filter((x) => x['Agency'] !== 'CBP' || x['Action Date']! < '2026-03-04');
    const shrunk = await runFetch(['--agency', 'cbp']);
    expect(shrunk.code).toBe(1);
    expect(shrunk.err).toMatch(/returned \d+ rows where the file has 264; keeping the file/);
    expect(readFileSync(cbpFile())).toEqual(before);
    const allowed = await runFetch(['--agency', 'cbp', '--allow-shrink']);
    expect(allowed.code, allowed.err).toBe(0);
    expect(await csvRows(cbpFile())).toHaveLength(mock.rows.filter((x) => x['Agency'] === 'CBP').length);
  });

  it("continues past the API's result window from the last row's date, without losing or repeating a row", async () => {
    await mock.close();
    mock = await startUsaspendingMock({ rows: fixture, subtiers: SUBTIERS, maxResultWindow: 50 });
    const r = await runFetch([], { fetch: { pageSize: 10, maxResultWindow: 50 } });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/50 rows reached; continuing from 2026-03-0\d/);
    expect(r.out).toMatch(/cbp-contract-transactions-FY2026\.csv: 264 rows \(new\); \d+ page\(s\), \d+ date windows/);
    expect(sortedKeys(await csvRows(cbpFile()))).toEqual(sortedKeys(fixture.filter((x) => x['Agency'] === 'CBP')));
    expect(sortedKeys(await csvRows(iceFile()))).toEqual(sortedKeys(fixture.filter((x) => x['Agency'] === 'ICE')));
    // No request went past the window (the mock would have refused it with a 422).
    expect(Math.max(...mock.requests.map((q) => q.page))).toBe(5);
  });

  it('says so when a single day holds more rows than the API pages through', async () => {
    await mock.close();
    mock = await startUsaspendingMock({ rows: fixture, subtiers: SUBTIERS, maxResultWindow: 20 });
    const r = await runFetch(['--agency', 'cbp'], { fetch: { pageSize: 10, maxResultWindow: 20 } });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/more than 20 transactions on 2026-03-\d\d, more than the API pages through; use USAspending's bulk download/);
  });

  it("keeps a polite interval between requests and waits as long as a 429's Retry-After asks", async () => {
    let t = Date.parse('2026-08-21T06:00:00Z');
    const starts: number[] = [];
    const deps = {
      now: () => t,
      sleep: async (ms: number) => void (t += ms),
      fetch: (async (...a: Parameters<typeof fetch>) => {
        starts.push(t);
        return globalThis.fetch(...a);
      }) as typeof fetch,
    };
    mock.fault({ subtier: SUBTIERS.ICE, page: 1 }, { kind: 'status', status: 429, retryAfter: 30 });
    const r = await runFetch(['--interval-ms', '1000'], { deps });
    expect(r.code, r.err).toBe(0);
    expect(starts).toHaveLength(6);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(1000);
    const i429 = mock.requests.findIndex((q) => q.subtier === SUBTIERS.ICE);
    expect(starts[i429 + 1]! - starts[i429]!).toBeGreaterThanOrEqual(30_000);
  });

  it("fails at once on a 4xx answer, with the API's own message", async () => {
    mock.fault({ page: 1 }, { kind: 'status', status: 422, body: JSON.stringify({ detail: "Field 'filters|agencies' is not valid" }) });
    const r = await runFetch(['--agency', 'cbp']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/HTTP 422: Field 'filters\|agencies' is not valid/);
    expect(mock.requests).toHaveLength(1);
  });
});

describe('the API client against a lying server', () => {
  it('cuts off an answer past its size cap, retries it, and gives up with the reason', async () => {
    const logged: string[] = [];
    let streamed = 0;
    // An answer that never ends: a chunk of JSON-looking bytes each time it is read.
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(ctrl) {
            streamed += 1024;
            ctrl.enqueue(new TextEncoder().encode('['.padEnd(1024, ' ')));
          },
        }),
        { status: 200 },
      );
    const client = new JsonClient(
      { ...DEFAULT_CLIENT, attempts: 2, maxBodyBytes: 8 * 1024, intervalMs: 0 },
      { fetch: async () => endless(), sleep: async () => undefined, now: () => 0, random: () => 0, log: (l) => logged.push(l) },
    );
    await expect(client.post('https://api.test/', {}, 'page 1', (j) => j)).rejects.toThrow(/the answer is over 8192 bytes/);
    expect(client.requests).toBe(2);
    expect(logged.join('\n')).toMatch(/page 1: the answer is over 8192 bytes; retry 1 of 1/);
    expect(streamed).toBeLessThan(2 * 16 * 1024); // each answer was cut off near its cap, not read on
  });
});
