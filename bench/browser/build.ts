/**
 * The two extensions the browser benchmark loads: Tieline (built here, or taken as built) and the floor
 * extension (bench/floor-extension/, assembled here with the known sites and Tieline's own bundle).
 * Also what a page of the built extension loads for its first view: its scripts, their static imports and its preloads.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync, inflateRawSync } from 'node:zlib';
import { SHIPPED_BUNDLE_FILE } from '../../scripts/shipped-bundle';

const FLOOR_SOURCE = resolve('bench/floor-extension');

/** Builds Tieline for Chromium into `outDir`/chrome-mv3 (WXT's build, as `npm run build` does). */
export function buildTieline(outDir: string): string {
  const build = spawnSync('node_modules/.bin/wxt', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, TIELINE_OUT_DIR: outDir },
  });
  if (build.status !== 0) throw new Error(`wxt build failed:\n${build.stdout}\n${build.stderr}`);
  return join(outDir, 'chrome-mv3');
}

/**
 * Assembles the floor extension in `outDir`: its source with the known sites written into the hard-coded
 * Map, the extension's bundle as JSON (`jsonFormOf`, dataset.json.gz) for the install floor, and the bundle
 * itself (dataset.bin), whose deflated parts the floor writes as the rows Tieline stores.
 */
export function buildFloor(outDir: string, extensionDir: string, knownDomains: readonly string[]): string {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const f of ['manifest.json', 'page.html', 'asking.html', 'asking.js']) copyFileSync(join(FLOOR_SOURCE, f), join(outDir, f));
  const source = readFileSync(join(FLOOR_SOURCE, 'background.js'), 'utf8');
  const placeholder = '/* SITES */ []';
  if (!source.includes(placeholder)) throw new Error(`bench/floor-extension/background.js lost its ${placeholder} placeholder`);
  const sites = JSON.stringify(knownDomains.map((d) => [d, '3']));
  writeFileSync(join(outDir, 'background.js'), source.replace(placeholder, sites));
  const bundle = join(extensionDir, SHIPPED_BUNDLE_FILE);
  if (!existsSync(bundle))
    throw new Error(
      `${bundle} is missing: is ${extensionDir} a Tieline build of layout 4 or later? (take an older build with its own commit's benchmark)`,
    );
  writeFileSync(join(outDir, 'dataset.json.gz'), jsonFormOf(readFileSync(bundle)));
  copyFileSync(bundle, join(outDir, SHIPPED_BUNDLE_FILE));
  return outDir;
}

/**
 * The install floor is what issue 13 defines: fetch, gunzip and `JSON.parse` of the bundle. Tieline ships it
 * framed with each part deflated (layout 4, data/store/framed.ts), which is not JSON; the floor gets the same
 * content as one JSON document, as layout 2 shipped it: the header's fields, and the parts as `{key, json}`
 * with each part's text (inflated here) a JSON string (the same records, byte for byte once parsed), gzipped
 * at level 9.
 */
export function jsonFormOf(file: Buffer): Buffer {
  const nl = file.indexOf(0x0a);
  if (!file.subarray(0, 16).toString('latin1').startsWith('{"format":4,') || nl < 0)
    throw new Error(`${SHIPPED_BUNDLE_FILE}: not a layout-4 bundle`);
  const header = JSON.parse(file.subarray(0, nl).toString('utf8')) as { parts: [string, number, number][] } & Record<string, unknown>;
  let at = nl + 1;
  const parts = header.parts.map(([key, bytes]) => ({ key, json: inflateRawSync(file.subarray(at, (at += bytes))).toString('utf8') }));
  if (at !== file.length) throw new Error(`${SHIPPED_BUNDLE_FILE}: its parts end at byte ${at} of ${file.length}`);
  return gzipSync(JSON.stringify({ ...header, parts }), { level: 9 });
}

export interface PageScripts {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a page of a built extension loads when it opens: its module scripts, the modules they
 * import statically (and the HTML preloads), in bytes as shipped and gzipped. Dynamic imports, loaded
 * only when needed, are left out.
 */
export function pageScripts(extensionDir: string, page: string): PageScripts {
  const html = readFileSync(join(extensionDir, page), 'utf8');
  const entries = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
  ].map((src) => resolve(extensionDir, src.replace(/^\//, '')));
  return measured(extensionDir, staticClosure(entries));
}

/**
 * What a page loads after its first view, by itself, without anyone asking: the chunks its scripts import
 * dynamically whose file name matches `dynamic` (the popup's React and views, `popup-full-view.js`, imported
 * once the headline is painted), with their static imports, less what `first` (pageScripts) already counted.
 */
export function laterScripts(extensionDir: string, first: PageScripts, dynamic: RegExp): PageScripts {
  const loaded = new Set(first.files.map((f) => join(resolve(extensionDir), f)));
  const lazy = new Set<string>();
  for (const file of loaded) {
    // Relative, or absolute from the extension's root (a first view built on its own imports its full view
    // from the other pages' build by its fixed name: scripts/page-builds.ts).
    for (const m of readFileSync(file, 'utf8').matchAll(/\bimport\(\s*"((?:\.{1,2})?\/[^"]+\.js)"\s*\)/g)) {
      const src = m[1]!;
      if (dynamic.test(src)) lazy.add(src.startsWith('/') ? resolve(extensionDir, src.slice(1)) : resolve(dirname(file), src));
    }
  }
  return measured(
    extensionDir,
    [...staticClosure([...lazy])].filter((f) => !loaded.has(f)),
  );
}

/** The files and every module they import statically. */
function staticClosure(queue: string[]): Set<string> {
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Minified static imports: import{a as b}from"./x.js" and import"./x.js".
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?"(\.{1,2}\/[^"]+\.js)"/g)) {
      queue.push(resolve(dirname(file), m[1]!));
    }
  }
  return seen;
}

function measured(extensionDir: string, seen: Iterable<string>): PageScripts {
  const files = [...seen];
  const bytes = files.reduce((s, f) => s + readFileSync(f).length, 0);
  const gzipBytes = files.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0);
  return { files: files.map((f) => f.slice(resolve(extensionDir).length + 1)), bytes, gzipBytes };
}
