/**
 * Same-session A/B measures for how the dataset's parts ship and are stored (issue 13), for when the machine
 * is too loaded for `npm run bench:browser`'s ratios to tell a few milliseconds apart. A diagnostic, not a
 * benchmark: it prints medians, no floor.
 *
 *   npx tsx bench/parts-ab.ts badge --extension .output/bench/chrome-mv3 [--rounds 6] [--per 8]
 *   npx tsx bench/parts-ab.ts install --extension <build A> --other <build B> [--rounds 8]
 *
 * `badge`: one browser session; after the install, the parts a site's lookup reads (`c:<n>`, `n:s<n>`) are
 * rewritten in the store, in the worker, alternately as text and deflated (raw DEFLATE, as layout 4 stored
 * them), and each round times the warm badge of the known sites in the worker (tab event → badge set), as
 * `bench:browser` does. The load falls on both shapes alike.
 * `install`: fresh-profile sessions of two builds, alternating (the order swapping every round): worker
 * start → dataset ready, and the extension's own record (`installMs`).
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { MARKS } from '../data/model/marks';
import { launchWithExtension, siteUrl, startTestSite, type TestSite } from '../test/e2e/harness';
import { extensionWorker, nowEpoch, poll, readMarks, sleep, type Mark } from './browser/cdp';
import { KNOWN_HOSTS, UNKNOWN_HOSTS } from './browser/session';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    extension: { type: 'string', default: '.output/bench/chrome-mv3' },
    other: { type: 'string' },
    rounds: { type: 'string', default: '6' },
    per: { type: 'string', default: '8' },
  },
});
const LONG = 120_000;
/** tsx names the functions it compiles with a helper (`__name`) that the worker, where they run, lacks. */
const KEEP_NAMES = 'globalThis.__name = (f) => f';
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const fmt = (xs: readonly number[]) =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}; n=${xs.length})`;

/** In the worker: rewrites the active generation's site parts (c:, n:s) as `to`; how many rows changed. */
async function reshape(to: 'text' | 'deflated'): Promise<number> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
  const db = await req(indexedDB.open('tieline'));
  const active = (await req(db.transaction('meta').objectStore('meta').get('active'))) as { value: { gen: number } };
  const gen = active.value.gen;
  const range = IDBKeyRange.bound([gen, 'c:'], [gen, 'n:\uffff']);
  type Row = { gen: number; key: string; json?: string; deflated?: Uint8Array };
  const rows = ((await req(db.transaction('parts').objectStore('parts').getAll(range))) as Row[]).filter(
    (r) => r.key.startsWith('c:') || r.key.startsWith('n:s'),
  );
  const out: Row[] = [];
  for (const r of rows) {
    if (to === 'text' && r.deflated) {
      const json = await new Response(
        new Blob([r.deflated as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
      ).text();
      out.push({ gen, key: r.key, json });
    } else if (to === 'deflated' && r.json !== undefined) {
      const bytes = await new Response(new Blob([r.json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
      out.push({ gen, key: r.key, deflated: new Uint8Array(bytes) });
    }
  }
  const tx = db.transaction('parts', 'readwrite');
  for (const r of out) tx.objectStore('parts').put(r);
  await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
  db.close();
  return out.length;
}

async function tabIdOf(prefix: string): Promise<number | undefined> {
  const tabs = await chrome.tabs.query({});
  return tabs.find((t) => t.url?.startsWith(prefix))?.id;
}

async function badgeAb(site: TestSite, dir: string, rounds: number, per: number) {
  const ext = await launchWithExtension(dir);
  const { context, extensionId } = ext;
  try {
    const worker = () => extensionWorker(context, extensionId);
    const marks = (name: string) => readMarks(worker(), name);
    await poll(async () => (await marks(MARKS.datasetReady))[0], 'the dataset to be ready', 300_000, 250);
    await worker().evaluate(KEEP_NAMES);
    const tab = await context.newPage();
    await tab.goto(siteUrl(site, 'www.warm-up.example', '/'), { timeout: LONG });
    const tabId = await poll(() => worker().evaluate(tabIdOf, 'https://www.warm-up.example'), 'the tab id', LONG);
    let visit = 0;
    const badgeTime = async (host: string) => {
      const ofTab = (m: Mark) => (m.detail as { tabId: number }).tabId === tabId;
      const t0 = nowEpoch();
      await tab.goto(siteUrl(site, host, `/visit/${++visit}`), { timeout: LONG });
      const [asked, set] = await poll(
        async () => {
          const a = (await marks(MARKS.badgeRequested)).find((m) => m.epoch >= t0 && ofTab(m));
          const d = a && (await marks(MARKS.badgeSet)).find((m) => m.startTime >= a.startTime && ofTab(m));
          return d ? ([a, d] as const) : undefined;
        },
        `the badge for ${host}`,
        LONG,
      );
      await sleep(100);
      return set.startTime - asked.startTime;
    };
    const times: Record<'text' | 'deflated', { known: number[]; unknown: number[] }> = {
      text: { known: [], unknown: [] },
      deflated: { known: [], unknown: [] },
    };
    for (let r = 0; r < rounds; r++) {
      for (const shape of r % 2 ? (['deflated', 'text'] as const) : (['text', 'deflated'] as const)) {
        const changed = await worker().evaluate(reshape, shape);
        console.error(`round ${r + 1}: ${shape} (${changed} rows rewritten), load ${loadavg()[0]!.toFixed(1)}`);
        await sleep(300);
        for (let i = 0; i < per; i++) {
          times[shape].known.push(await badgeTime(KNOWN_HOSTS[i % KNOWN_HOSTS.length]!));
          times[shape].unknown.push(await badgeTime(UNKNOWN_HOSTS[i % UNKNOWN_HOSTS.length]!));
        }
      }
    }
    for (const shape of ['text', 'deflated'] as const) {
      console.log(`${shape}: known sites ${fmt(times[shape].known)}; unknown sites ${fmt(times[shape].unknown)}`);
    }
  } finally {
    await ext.close();
  }
}

async function ownInstallMs(): Promise<number | undefined> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
  const db = await req(indexedDB.open('tieline'));
  const active = (await req(db.transaction('meta').objectStore('meta').get('active'))) as { value?: { installMs?: number } } | undefined;
  db.close();
  return active?.value?.installMs;
}

async function installAb(dirs: [string, string], rounds: number) {
  const got = dirs.map(() => ({ ready: [] as number[], own: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1]) {
      const ext = await launchWithExtension(dirs[i]);
      try {
        const worker = () => extensionWorker(ext.context, ext.extensionId);
        const ready = await poll(async () => (await readMarks(worker(), MARKS.datasetReady))[0], 'the dataset to be ready', 300_000, 100);
        got[i]!.ready.push(ready.startTime);
        await worker().evaluate(KEEP_NAMES);
        const own = await worker().evaluate(ownInstallMs);
        if (own !== undefined) got[i]!.own.push(own);
        console.error(`round ${r + 1}, ${dirs[i]}: ${Math.round(ready.startTime)} ms (own ${own} ms), load ${loadavg()[0]!.toFixed(1)}`);
      } finally {
        await ext.close();
      }
    }
  }
  dirs.forEach((d, i) => console.log(`${d}: worker start → dataset ready ${fmt(got[i]!.ready)}; own record ${fmt(got[i]!.own)}`));
}

const rounds = Number(args.rounds);
console.log(`load average ${loadavg()[0]!.toFixed(1)} at the start`);
if (positionals[0] === 'badge') {
  const site = await startTestSite();
  try {
    await badgeAb(site, resolve(args.extension!), rounds, Number(args.per));
  } finally {
    await site.close();
  }
} else if (positionals[0] === 'install' && args.other) {
  await installAb([resolve(args.extension!), resolve(args.other)], rounds);
} else {
  throw new Error('usage: parts-ab.ts badge --extension <dir> | install --extension <dir> --other <dir>');
}
console.log(`load average ${loadavg()[0]!.toFixed(1)} at the end`);

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
