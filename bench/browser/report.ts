/** The browser benchmark's figures: spread of samples, and the Markdown table it prints. */
import type { Samples } from './session';

export interface Spread {
  n: number;
  median: number;
  min: number;
  max: number;
  p90: number;
}

export function spread(xs: readonly number[]): Spread | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (s.length - 1) * q;
    const lo = Math.floor(i);
    return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
  };
  return { n: s.length, median: at(0.5), min: s[0]!, max: s[s.length - 1]!, p90: at(0.9) };
}

export const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
export const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** "38 ms (31–52, p90 49; n=40)". */
function cell(sp: Spread | undefined, unit: (x: number) => string): string {
  if (!sp) return '—';
  if (sp.n === 1) return unit(sp.median);
  const p90 = sp.n >= 10 ? `, p90 ${unit(sp.p90)}` : '';
  return `${unit(sp.median)} (${unit(sp.min)}–${unit(sp.max)}${p90}; n=${sp.n})`;
}

const ratio = (a: Spread | undefined, b: Spread | undefined) => (a && b && b.median > 0 ? `${(a.median / b.median).toFixed(1)}×` : '—');

export interface Extra {
  popupScripts: { bytes: number; gzipBytes: number; files: string[] };
  /** What the popup imports by itself once its headline is painted (React and the views). */
  popupLaterScripts: { bytes: number; gzipBytes: number; files: string[] };
  floorPageScripts: { bytes: number };
  heapNavigations: number;
}

/** The table: each measure, Tieline beside its floor (same run), and the ratio of the medians. */
export function table(t: Samples, f: Samples, extra: Extra): string {
  const rows: string[][] = [];
  const row = (measure: string, a: readonly number[], b: readonly number[], floorWhat: string, unit = ms) => {
    const sa = spread(a);
    const sb = spread(b);
    rows.push([measure, cell(sa, unit), `${floorWhat}: ${cell(sb, unit)}`, ratio(sa, sb)]);
  };
  const own = spread(t.installOwnRecord);
  row(
    `install: service-worker start → dataset ready${own ? ` (the extension's own record: ${ms(own.median)})` : ''}`,
    t.install,
    f.install,
    'fetch + gunzip + `JSON.parse` of the bundle as JSON (the same records; Tieline ships them framed, each part deflated, since layout 4)',
  );
  const checksum = spread(t.checksum);
  const install = spread(t.install);
  rows.push([
    '  of which: checksum (SHA-256 of the shipped bytes; before issue 13, `JSON.stringify` + SHA-256 of the records)',
    checksum ? `${cell(checksum, ms)}, ${Math.round((checksum.median / install!.median) * 100)}% of the median install` : 'not computed',
    '—',
    '',
  ]);
  // The floor of an install that stores the data: each floor session's parse, plus its write of the same rows.
  const floorWithWrite = f.install.length === f.storeWrite.length ? f.install.map((x, i) => x + f.storeWrite[i]!) : [];
  row(
    '  install against the floor of storing too',
    t.install,
    floorWithWrite,
    "the above, then the same rows written in one IndexedDB transaction (plain API, Tieline's layout: the parts deflated, as Tieline stores them)",
  );
  const write = spread(f.storeWrite);
  rows.push(['  of which: that write alone (floor extension)', '—', write ? cell(write, ms) : '—', '']);
  row('warm: tab event → badge set (in the worker), known sites', t.warmKnown, f.warmKnown, 'hard-coded `Map`');
  row('warm: tab event → badge set (in the worker), unknown sites', t.warmUnknown, f.warmUnknown, 'hard-coded `Map`');
  row('warm: navigation asked → badge set (end to end, both kinds)', t.warmEndToEnd, f.warmEndToEnd, 'hard-coded `Map`');
  row('cold (worker stopped): navigation asked → badge set (end to end)', t.cold, f.cold, 'hard-coded `Map`');
  row('cold: worker start → badge set', t.coldSinceStart, f.coldSinceStart, 'hard-coded `Map`');
  row('cold: background.js evaluation (first statement → listeners registered)', t.evaluation, f.evaluation, 'floor background.js');
  row(
    'cold: worker start → listeners registered (start-up + load + compile + evaluation)',
    t.startToListening,
    f.startToListening,
    'floor',
  );
  row('popup open → headline painted (salesforce.com)', t.popup, f.page, 'trivial extension page, first paint');
  row(
    'popup from the toolbar (`popup.html`: the active tab, salesforce.com; opened in a background tab) → headline painted',
    t.popupToolbar,
    f.page,
    'trivial extension page, first paint',
  );
  row('lookup page `?q=salesforce` → headline painted', t.lookup, f.page, 'trivial extension page, first paint');
  row(
    'lookup page, a different query each open (palantir, geo group, deloitte, microsoft, accenture, …) → headline painted',
    t.lookupOther,
    f.page,
    'trivial extension page, first paint',
  );
  // The served pages' answer comes from the worker before the page has a byte; the trivial page's from the package.
  const response = "the navigation's fetchStart → responseStart (served: the worker's answer)";
  row(`  of which: the popup, ${response}`, t.popupResponse, f.pageResponse, 'trivial page, the same (read from the package)');
  row(
    `  of which: the popup from the toolbar, ${response}`,
    t.popupToolbarResponse,
    f.pageResponse,
    'trivial page, the same (read from the package)',
  );
  row(`  of which: \`?q=salesforce\`, ${response}`, t.lookupResponse, f.pageResponse, 'trivial page, the same (read from the package)');
  row(
    `  of which: a different query each open, ${response}`,
    t.lookupOtherResponse,
    f.pageResponse,
    'trivial page, the same (read from the package)',
  );
  const inWorker = "in the worker, its fetch event → the served HTML ready (the page's answer read and written; opens it served)";
  for (const [which, xs] of [
    ['the popup', t.popupInWorker],
    ['the popup from the toolbar', t.popupToolbarInWorker],
    ['`?q=salesforce`', t.lookupInWorker],
    ['a different query each open', t.lookupOtherInWorker],
  ] as const) {
    rows.push([`  of which: ${which}, ${inWorker}`, cell(spread(xs), ms), '—', '']);
  }
  // Not the issue's floor (that is the trivial page above), but what it leaves out: a script's context and
  // load, and the round trip to the worker that holds the data. The difference from this row is Tieline's own.
  const asking = 'a floor page whose headline comes from its worker (one module script, one message; asking.html)';
  row('  popup against a page that asks its worker', t.popup, f.pageAsking, asking);
  row('  lookup page against a page that asks its worker', t.lookup, f.pageAsking, asking);
  const later = extra.popupLaterScripts;
  rows.push([
    "popup JavaScript to the headline (the page's scripts, their static imports and the HTML's preloads, as shipped)",
    `${kb(extra.popupScripts.bytes)} (${kb(extra.popupScripts.gzipBytes)} gzipped; ${extra.popupScripts.files.length} files)` +
      (later.files.length
        ? `; then, once the headline is painted, React and the views: ${kb(later.bytes)} (${kb(later.gzipBytes)} gzipped; ${later.files.length} files)`
        : ''),
    `trivial page: ${kb(extra.floorPageScripts.bytes)}`,
    '',
  ]);
  row(`service-worker heap after ${extra.heapNavigations} navigations (after GC)`, t.heapBytes, f.heapBytes, 'floor extension', mb);
  const lines = ['| measure | Tieline | floor | ratio |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return lines.join('\n');
}
