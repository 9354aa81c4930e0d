import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { freshDb } from '../../helpers/db';
import { installDataset } from '@/data/store/install';
import type { TielineDb } from '@/data/store/db';
import {
  CHUNK_ROWS,
  HELPER_MIN_ROWS,
  MatchHelper,
  ScreenJob,
  type HelperEvent,
  type HelperPort,
  type HelperRequest,
  type JobEvent,
} from '@/data/browser/screen-job';
import type { RowResult } from '@/data/model/screening';
import { miniDataset } from '../../fixtures/datasets';

const fresh = freshDb('screen-job');

/** A list long enough to be shared with helpers: names, emails and sites that match, and some that do not. */
function donorCsv(n: number): string {
  const cells = [
    ['Acme Corp', '', ''],
    ['', 'pat@acme.example', ''],
    ['Friends of the Library', 'info@library.example', ''],
    ['Quiet Inc', '', ''],
    ['', '', 'https://laborco.example/'],
    ['Acme Chatt Mobile', '', ''],
  ];
  return Papa.unparse([['Donor', 'Email', 'Website'], ...Array.from({ length: n }, (_, i) => cells[i % cells.length]!)]);
}

/** A helper worker in this process: a MatchHelper on the same database, answering on a later task. */
function inProcessHelper(db: TielineDb, behaviour: 'works' | 'fails-after-1' | 'silent' = 'works') {
  let answered = 0;
  const port: HelperPort & { requests: HelperRequest[]; terminated: boolean } = {
    requests: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(req) {
      port.requests.push(req);
      if (behaviour === 'silent' && req.type === 'match') return;
      void helper.handle(req);
    },
    terminate() {
      port.terminated = true;
    },
  };
  const helper = new MatchHelper((e: HelperEvent) => {
    if (port.terminated) return;
    if (e.type === 'matched' && behaviour === 'fails-after-1' && ++answered > 1) e = { type: 'failed', message: 'worker crashed' };
    setTimeout(() => port.onmessage?.({ data: e } as MessageEvent<HelperEvent>), 0);
  }, db);
  return port;
}

async function check(csv: string, options: ConstructorParameters<typeof ScreenJob>[1]) {
  const events: JobEvent[] = [];
  const job = new ScreenJob((e) => events.push(e), options);
  await job.handle({ type: 'parse', text: csv });
  const parsed = events.find((e) => e.type === 'parsed');
  if (!parsed || parsed.type !== 'parsed') throw new Error(JSON.stringify(events));
  await job.handle({ type: 'run', roles: parsed.roles });
  const rows = events.filter((e): e is Extract<JobEvent, { type: 'rows' }> => e.type === 'rows');
  const done = events.find((e) => e.type === 'done');
  if (!done || done.type !== 'done') throw new Error(JSON.stringify(events.at(-1)));
  // Summaries come as companies are read, the rest with 'done': one per matched company in all.
  const summaries = new Map([...events.flatMap((e) => (e.type === 'summaries' ? e.summaries : [])), ...done.summaries]);
  return { rows, done, summaries, events };
}

const allResults = (rows: { results: RowResult[] }[]) => rows.flatMap((r) => r.results);

describe('the bulk check shared with helper workers', () => {
  const n = HELPER_MIN_ROWS + 2 * CHUNK_ROWS + 17;

  it('gives every row the same answer as the lead alone, sent in order without gaps', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    const csv = donorCsv(n);
    const alone = await check(csv, { db: fresh.current });
    const helpers = [inProcessHelper(fresh.current), inProcessHelper(fresh.current)];
    const shared = await check(csv, { db: fresh.current, helpers: 2, spawnHelper: () => helpers.shift()! });

    let next = 0;
    for (const r of shared.rows) {
      expect(r.from).toBe(next);
      expect(r.results.map((x) => x.row)).toEqual(r.rows.map((_, i) => r.from + i));
      next += r.rows.length;
    }
    expect(next).toBe(n);
    expect(allResults(shared.rows)).toEqual(allResults(alone.rows));
    expect(allResults(shared.rows).filter((r) => r.state === 'match').length).toBeGreaterThan(n / 2);
    expect(shared.summaries).toEqual(alone.summaries);
    const matched = new Set(allResults(shared.rows).flatMap((r) => (r.match ? [r.match.companyId] : [])));
    expect(new Set(shared.summaries.keys())).toEqual(matched);
    expect(shared.done.dataset).toEqual(alone.done.dataset);
  });

  it('shares the work: the helpers match chunks, warmed with the generation in use', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    const made = [inProcessHelper(fresh.current), inProcessHelper(fresh.current)];
    const ports = [...made];
    await check(donorCsv(n), { db: fresh.current, helpers: 2, spawnHelper: () => ports.shift()! });
    for (const p of made) {
      expect(p.requests[0]).toMatchObject({ type: 'warm' });
      expect(p.requests.filter((r) => r.type === 'match').length).toBeGreaterThan(0);
    }
  });

  it('checks the whole list when a helper fails or falls silent: the lead takes its chunks back', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    const csv = donorCsv(n);
    const alone = await check(csv, { db: fresh.current });
    const failing = inProcessHelper(fresh.current, 'fails-after-1');
    const ports = [failing, inProcessHelper(fresh.current)];
    const shared = await check(csv, { db: fresh.current, helpers: 2, spawnHelper: () => ports.shift()! });
    expect(failing.terminated).toBe(true);
    expect(allResults(shared.rows)).toEqual(allResults(alone.rows));

    const silent = inProcessHelper(fresh.current, 'silent');
    const more = [silent, inProcessHelper(fresh.current)];
    const waited = await check(csv, { db: fresh.current, helpers: 2, spawnHelper: () => more.shift()!, silenceMs: 20 });
    expect(silent.terminated).toBe(true);
    expect(allResults(waited.rows)).toEqual(allResults(alone.rows));
  });

  it('reports a helper whose generation is gone as failed instead of matching nothing', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    const said: HelperEvent[] = [];
    const helper = new MatchHelper((e) => said.push(e), fresh.current);
    await helper.handle({ type: 'match', gen: 999, from: 0, rows: [['Acme Corp']], roles: ['name'] });
    expect(said).toEqual([{ type: 'failed', message: expect.stringContaining('generation 999') }]);
  });

  it('matches a short list alone, without starting helpers', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    let spawned = 0;
    const { rows } = await check(donorCsv(40), {
      db: fresh.current,
      helpers: 2,
      spawnHelper: () => {
        spawned++;
        return inProcessHelper(fresh.current);
      },
    });
    expect(spawned).toBe(0);
    expect(allResults(rows)).toHaveLength(40);
  });
});
