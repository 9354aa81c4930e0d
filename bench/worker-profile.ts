/**
 * Where the service worker's cold start goes (issue 13): a CPU profile of background.js from its first
 * statement, and a heap snapshot after N navigations, both summed by source module through the build's
 * source map. A diagnostic for a person, not a benchmark (no floor, no medians): `npm run bench:browser`
 * gives the figures.
 *
 *   TIELINE_PROFILE_BUILD=1 TIELINE_OUT_DIR=/tmp/profile npx wxt build
 *   npx tsx bench/worker-profile.ts --extension /tmp/profile/chrome-mv3 [--starts 5] [--navigations 30]
 *
 * That build is unminified, with a source map (wxt.config.ts): the bundle's top level is one function that
 * runs every module's top-level statements, so its time is split by line; any other build is summed by
 * function only. A DevTools session attached to the worker starts the profiler, then the worker is
 * stopped: Chromium keeps the session across the restart and resumes the profiler before the new
 * instance's first statement.
 *
 * Read the heap with this in mind: functions of background.js that never ran have their literals in the
 * worker's heap (tldts's 134 KB label text, in a worker that never loaded tldts: Chromium compiles a service
 * worker's script whole for its code cache, it seems), so what the bundle holds costs heap even unused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SourceMapConsumer } from 'source-map-js';
import { launchWithExtension, siteUrl, startTestSite } from '../test/e2e/harness';
import { MARKS } from '../data/model/marks';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { WorkerControl, extensionWorker, poll, readMarks, sleep, withTimeout } from './browser/cdp';
import { KNOWN_HOSTS, UNKNOWN_HOSTS } from './browser/session';

const { values: args } = parseArgs({
  options: {
    extension: { type: 'string', default: '.output/chrome-mv3' },
    navigations: { type: 'string', default: '30' },
    starts: { type: 'string', default: '5' },
    // Sum by source line (file:line) instead of by module.
    lines: { type: 'boolean', default: false },
  },
});
const dir = resolve(args.extension!);

/**
 * A DevTools session on the extension's service worker, through Playwright's browser session (not
 * flattened: Playwright does not expose flattened child sessions; bench/browser/cdp.ts reads the heap so too).
 */
class WorkerSession {
  private next = 1;
  private replies = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  private handlers: ((method: string, params: Record<string, unknown>) => void)[] = [];
  private constructor(
    private readonly browser: CDPSession,
    private readonly sessionId: string,
  ) {
    browser.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        result?: unknown;
        error?: { message: string };
      };
      if (m.id !== undefined) this.replies.get(m.id)?.(m);
      else if (m.method) for (const h of this.handlers) h(m.method, m.params ?? {});
    });
  }
  static async attach(context: BrowserContext, extensionId: string): Promise<WorkerSession> {
    const cdp = await context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!target) throw new Error('the service worker is not running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new WorkerSession(cdp, sessionId);
  }
  on(h: (method: string, params: Record<string, unknown>) => void) {
    this.handlers.push(h);
  }
  async send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = this.next++;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((ok) => this.replies.set(id, ok));
    await this.browser.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    const m = await withTimeout(reply, 60_000, method);
    if (m.error) throw new Error(`${method}: ${m.error.message}`);
    return m.result as T;
  }
  async close() {
    await this.browser.detach();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const mapFile = join(dir, 'background.js.map');
const map = existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined;
/** The source module of a position in background.js (node_modules/<pkg> collapsed to the package). */
function moduleOf(line: number, column: number): string {
  if (!map) return '(no source map)';
  let pos = map.originalPositionFor({ line: line + 1, column });
  if (!pos.source) pos = map.originalPositionFor({ line: line + 1, column, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
  if (!pos.source) return '(unmapped)';
  const nm = pos.source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  const where = args.lines ? `:${pos.line}` : '';
  return nm ? `npm:${nm[1]}${args.lines ? ` ${pos.source.split('/').at(-1)}${where}` : ''}` : pos.source.replace(/^(\.\.\/)+/, '') + where;
}

/**
 * Self time per key over the samples between `from` and `to` (profile microseconds). A node of
 * background.js with line ticks (an unminified build) is split over its lines' modules: the bundle's top
 * level is one function that runs every module's top-level statements.
 */
function selfTimes(p: Profile, key: (n: ProfileNode, line?: number) => string, from = -Infinity, to = Infinity): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    const dt = p.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) continue;
    const node = byId.get(p.samples[i]!)!;
    const ticks = node.positionTicks ?? [];
    const all = ticks.reduce((s, x) => s + x.ticks, 0);
    if (!all) {
      const k = key(node);
      out.set(k, (out.get(k) ?? 0) + dt);
      continue;
    }
    for (const x of ticks) {
      const k = key(node, x.line - 1);
      out.set(k, (out.get(k) ?? 0) + (dt * x.ticks) / all);
    }
  }
  return out;
}

const print = (title: string, m: Map<string, number>, unit: (v: number) => string, top = 25) => {
  const rows = [...m].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, v]) => s + v, 0);
  console.log(`\n${title} (total ${unit(total)})`);
  for (const [k, v] of rows.slice(0, top)) console.log(`  ${unit(v).padStart(10)}  ${k}`);
};
const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

const site = await startTestSite();
const ext = await launchWithExtension(dir);
let sw: WorkerSession | undefined;
try {
  const { context, extensionId } = ext;
  const worker = () => extensionWorker(context, extensionId);
  await poll(async () => (await readMarks(worker(), MARKS.datasetReady))[0], 'the dataset', 300_000, 250);
  const control = await WorkerControl.open(context, extensionId);
  const tab = await context.newPage();
  await tab.goto(siteUrl(site, 'www.warm-up.example', '/'));

  // A session attached to the worker stays attached across a stop and a restart, and Chromium restores its
  // profiler on the new instance before the script runs: the profile is started on the running worker, the
  // worker is stopped, and the next wake-up is recorded from its first statement.
  sw = await WorkerSession.attach(context, extensionId);
  await sw.send('Profiler.enable');
  await sw.send('Profiler.setSamplingInterval', { interval: 50 });

  const starts = Number(args.starts);
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const evaluations: number[] = [];
  for (let s = 0; s < starts; s++) {
    await sw.send('Profiler.start');
    await control.stop();
    await sleep(300);
    await tab.goto(siteUrl(site, KNOWN_HOSTS[s % KNOWN_HOSTS.length]!, `/p/${s}`));
    await control.running();
    await poll(async () => (await readMarks(worker(), MARKS.badgeSet))[0], 'the badge', 30_000, 50);
    await sleep(200);
    const { profile } = await sw.send<{ profile: Profile }>('Profiler.stop');
    const [start] = await readMarks(worker(), MARKS.scriptStart);
    const [listening] = await readMarks(worker(), MARKS.listening);
    evaluations.push(listening!.startTime - start!.startTime);
    // Profile times are microseconds on the same monotonic clock as performance.timeOrigin + startTime,
    // but with another origin: the script-start mark is the first sample of background.js's top level,
    // so the window is taken from the first sample in background.js, for the marks' length.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let t = profile.startTime;
    let first = Infinity;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i]!;
      if (byId.get(profile.samples[i]!)!.callFrame.url.endsWith('/background.js')) {
        first = t;
        break;
      }
    }
    const to = first + (listening!.startTime - start!.startTime) * 1000;
    const inScript = (n: ProfileNode, line?: number) =>
      line === undefined ? moduleOf(n.callFrame.lineNumber, n.callFrame.columnNumber) : moduleOf(line, 0);
    const label = (n: ProfileNode, line?: number) =>
      n.callFrame.url.endsWith('/background.js') ? inScript(n, line) : n.callFrame.functionName || n.callFrame.url || '(native)';
    for (const [k, v] of selfTimes(profile, label, first - 2000, to)) byModule.set(k, (byModule.get(k) ?? 0) + v / starts);
    const fn = (n: ProfileNode, line?: number) =>
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.endsWith('/background.js') ? inScript(n, line) : n.callFrame.url}`;
    for (const [k, v] of selfTimes(profile, fn, first - 2000, to)) byFunction.set(k, (byFunction.get(k) ?? 0) + v / starts);
  }
  console.log(`evaluation (marks), per start: ${evaluations.map((e) => e.toFixed(1)).join(', ')} ms`);
  print(
    'CPU self time, first statement of background.js (and 2 ms before it) → listeners registered, mean per start, by module',
    byModule,
    ms,
  );
  print('the same by function', byFunction, ms, 30);

  // Heap: a cold worker after N navigations (known and unknown sites alternating), as bench:browser does.
  await control.stop();
  const n = Number(args.navigations);
  for (let i = 0; i < n; i++) {
    await tab.goto(siteUrl(site, i % 2 ? UNKNOWN_HOSTS[i % UNKNOWN_HOSTS.length]! : KNOWN_HOSTS[i % KNOWN_HOSTS.length]!, `/h/${i}`));
    await sleep(150);
  }
  await sw.send('HeapProfiler.enable');
  await sw.send('HeapProfiler.collectGarbage');
  const { usedSize } = await sw.send<{ usedSize: number }>('Runtime.getHeapUsage');
  console.log(`\nheap used after ${n} navigations and GC: ${kb(usedSize)}`);
  const chunks: string[] = [];
  sw.on((method, params) => {
    if (method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push((params as { chunk: string }).chunk);
  });
  await sw.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  summarizeSnapshot(JSON.parse(chunks.join('')));
} finally {
  await sw?.close();
  await ext.close();
  await site.close();
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Self sizes by node type and constructor name; the largest single objects; compiled code by script. */
function summarizeSnapshot(s: Snapshot) {
  const f = s.snapshot.meta.node_fields;
  const width = f.length;
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((x) => f.indexOf(x));
  const types = s.snapshot.meta.node_types[0];
  const byCtor = new Map<string, number>();
  const byType = new Map<string, number>();
  const big: [string, number][] = [];
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + iType!]!]!;
    const name = s.strings[s.nodes[i + iName!]!]!;
    const size = s.nodes[i + iSize!]!;
    byType.set(type, (byType.get(type) ?? 0) + size);
    const key =
      type === 'object' || type === 'native'
        ? name
        : `(${type}) ${type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '' : name.slice(0, 60)}`;
    byCtor.set(key, (byCtor.get(key) ?? 0) + size);
    if (size > 16 * 1024) big.push([`(${type}) ${name.slice(0, 80).replace(/\s+/g, ' ')}`, size]);
  }
  void iEdges;
  print('heap by node type', byType, kb, 20);
  print('heap by constructor / kind', byCtor, kb, 30);
  print('single objects over 16 KB', new Map(big), kb, 30);
}
