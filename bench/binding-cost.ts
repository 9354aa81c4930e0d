/**
 * What the first touch of each extension API namespace costs a service worker's start (issue 13, background.js
 * evaluation): a minimal extension whose background.js registers one listener on each namespace Tieline's does
 * (runtime, tabs, alarms, context menus once switched on, storage), each between two performance marks, is started cold N times;
 * `permissions` is the one it does not (the opt-in menus are announced by a message from the settings page, not by
 * `permissions.onAdded`, whose listener would have to be registered at every start: this measures what it would cost);
 * prints each touch's median. A diagnostic for a person, not a benchmark with a floor (`npm run bench:browser`
 * gives the figures); `--order` changes which namespace is touched first, to see what the first one pays for all.
 *
 *   npx tsx bench/binding-cost.ts [--starts 15] [--order runtime,tabs,alarms,contextMenus,storage,permissions]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, siteUrl, startTestSite } from '../test/e2e/harness';
import { WorkerControl, extensionWorker, poll, readMarks } from './browser/cdp';

const { values: args } = parseArgs({ options: { starts: { type: 'string', default: '15' }, order: { type: 'string' } } });
const starts = Number(args.starts);

/** Each touch: what Tieline's background.js registers on that namespace (entrypoints/background.ts). */
const TOUCHES: Record<string, string> = {
  runtime:
    'chrome.runtime.onInstalled.addListener(() => undefined); chrome.runtime.onStartup.addListener(() => undefined); chrome.runtime.onMessage.addListener(() => undefined);',
  tabs: 'chrome.tabs.onActivated.addListener(() => undefined); chrome.tabs.onUpdated.addListener(() => undefined); chrome.tabs.onRemoved.addListener(() => undefined);',
  alarms: 'chrome.alarms.onAlarm.addListener(() => undefined);',
  contextMenus: 'chrome.contextMenus.onClicked.addListener(() => undefined);',
  storage: 'chrome.storage.onChanged.addListener(() => undefined);',
  permissions: 'chrome.permissions.onAdded.addListener(() => undefined);',
};
const names = args.order ? args.order.split(',') : Object.keys(TOUCHES);
for (const n of names) if (!TOUCHES[n]) throw new Error(`--order: no touch named ${n}`);

const dir = mkdtempSync(join(tmpdir(), 'tieline-bindings-'));
writeFileSync(
  join(dir, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'binding cost',
    version: '1.0.0',
    permissions: ['tabs', 'alarms', 'contextMenus', 'storage'],
    background: { service_worker: 'background.js' },
  }),
);
const script = (order: string[]) =>
  [
    "performance.mark('start');",
    ...order.map((n) => `performance.mark('${n}:a'); ${TOUCHES[n]} performance.mark('${n}:b');`),
    "performance.mark('listening');",
  ].join('\n');
writeFileSync(join(dir, 'background.js'), script(names));

const site = await startTestSite();
const ext = await launchWithExtension(dir);
const { context, extensionId } = ext;
const control = await WorkerControl.open(context, extensionId);
const tab = await context.newPage();
const costs = new Map<string, number[]>(names.map((n) => [n, []]));
const totals: number[] = [];
for (let s = 0; s < starts; s++) {
  await control.stop();
  await tab.goto(siteUrl(site, `start-${s}.example`, '/'));
  await control.running();
  const worker = () => extensionWorker(context, extensionId);
  const [listening] = await poll(
    async () => {
      const m = await readMarks(worker(), 'listening').catch(() => []);
      return m.length ? m : undefined;
    },
    'the listening mark',
    30_000,
    50,
  );
  const [start] = await readMarks(worker(), 'start');
  totals.push(listening!.startTime - start!.startTime);
  for (const n of names) {
    const [a] = await readMarks(worker(), `${n}:a`);
    const [b] = await readMarks(worker(), `${n}:b`);
    costs.get(n)!.push(b!.startTime - a!.startTime);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${starts} cold starts (order: ${names.join(', ')})`);
for (const n of names) console.log(`${n}: median ${median(costs.get(n)!).toFixed(2)} ms`);
console.log(`first statement → last listener: median ${median(totals).toFixed(2)} ms`);
await ext.close();
await site.close();
