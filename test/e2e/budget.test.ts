import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';
import { pageScripts } from '../../bench/browser/build';
import { PSL_FILE, pslTrieFile } from '../../scripts/psl-under';

describe('bundle budget', () => {
  it('keeps the zipped Chrome extension, full dataset included, under 3 MB', () => {
    const zip = readdirSync('.output').find((f) => /-chrome\.zip$/.test(f));
    expect(zip, 'run `wxt zip` first (npm run test:e2e does)').toBeDefined();
    const bytes = statSync(join('.output', zip!)).size;
    console.log(`zipped Chrome extension: ${(bytes / 1024).toFixed(0)} KB of 3,072 KB`);
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  });

  // scripts/ascii-chunks.ts: a script with one non-Latin-1 character is kept in memory at two bytes per character.
  it('ships every script in ASCII', () => {
    const scripts = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
      );
    const files = scripts(EXTENSION_DIR);
    expect(files).toContain(join(EXTENSION_DIR, 'background.js'));
    for (const file of files)
      expect(/[\u0080-\uffff]/.test(readFileSync(file, 'utf8')), `${file} has a character outside ASCII`).toBe(false);
  });

  // The service worker holds no tldts (wxt.config.ts): it loads the list as data, the file the build writes.
  it('keeps tldts out of background.js and ships the public suffix list from the installed tldts', () => {
    // background-late.js: the worker's code a badge-only wake-up never runs, built as background.js is (data/browser/late-script.sw.ts).
    const scripts = ['background.js', 'background-late.js'].map((f) => [f, readFileSync(join(EXTENSION_DIR, f), 'utf8')] as const);
    const shipped = readFileSync(join(EXTENSION_DIR, PSL_FILE), 'utf8');
    // Two private suffixes the list holds (its labels are in tldts's code as they are in the file).
    for (const marker of ['herokuapp', 'blogspot']) {
      expect(shipped.includes(marker), `${marker} in ${PSL_FILE}`).toBe(true);
      for (const [file, code] of scripts) expect(code.includes(marker), `${marker} in ${file}`).toBe(false);
    }
    expect(shipped === pslTrieFile(), `${PSL_FILE} is not the installed tldts's list: rebuild`).toBe(true);
  });

  // Chromium compiles a service worker's whole script at each wake-up: the sync, the name matcher and the installs
  // are in the late script, imported on first use, and Dexie in a script of its own (data/browser/late-script.sw.ts).
  it("keeps what a badge-only wake-up never runs out of background.js, in the worker's late script", () => {
    const [background, late] = ['background.js', 'background-late.js'].map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8'));
    // A message of the sync (data/sync/sync.ts), in the late script only; a name of Dexie's (in dexie.js), in neither.
    const sync = 'not enough storage space to save the update';
    expect(late!.includes(sync)).toBe(true);
    expect(background!.includes(sync)).toBe(false);
    expect(background!.includes('MissingAPIError') || late!.includes('MissingAPIError')).toBe(false);
  });

  // The first install's script (data/browser/first-install.ts) writes without Dexie and checks without the schema:
  // the worker's install event compiles only it before the data is written.
  it("keeps Dexie, Zod and tldts out of the first install's script", () => {
    const code = readFileSync(join(EXTENSION_DIR, 'background-install.js'), 'utf8');
    // Markers each library keeps through minification; Zod's is in the late script, which checks every sync.
    expect(readFileSync(join(EXTENSION_DIR, 'background-late.js'), 'utf8').includes('ZodError')).toBe(true);
    for (const marker of ['DexieError', 'ZodError', 'herokuapp'])
      expect(code.includes(marker), `${marker} in background-install.js`).toBe(false);
  });

  // The popup's first view and the lookup page's (its answer to ?q=) come from the background in one message.
  for (const page of ['popup.html', 'lookup.html']) {
    it(`loads none of Dexie, Zod and tldts with ${page}'s first view (the background sends it)`, () => {
      const first = pageScripts(EXTENSION_DIR, page);
      console.log(`${page} JavaScript: ${(first.bytes / 1024).toFixed(0)} KB (${(first.gzipBytes / 1024).toFixed(0)} KB gzipped)`);
      // One script, the page's own, built alone (scripts/page-builds.ts): each file is a read through the browser.
      expect(first.files, `${page}'s scripts before its first paint`).toHaveLength(1);
      // And no style sheet to wait for: the page applies it from that script (components/paint/dom.ts).
      const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
      expect(html, `${page} links a style sheet or preloads a module`).not.toMatch(/<link\b[^>]*\brel="(stylesheet|modulepreload)"/);
      // Its script holds the first frame back (no empty frame before the message goes out: scripts/page-builds.ts).
      expect(html, `${page}'s script is not render-blocking`).toMatch(/<script blocking="render" type="module"/);
      const code = first.files.map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8')).join('\n');
      // A string each library keeps through minification (its error class, its own name, a private suffix).
      const markers = { Dexie: 'DexieError', Zod: 'ZodError', tldts: 'herokuapp' };
      // The same markers are in the extension's scripts, so the test sees them when they are there.
      const all = readdirSync(join(EXTENSION_DIR, 'chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(EXTENSION_DIR, 'chunks', f), 'utf8'))
        .join('\n');
      for (const [library, marker] of Object.entries(markers)) {
        expect(all, `${library} marker`).toContain(marker);
        expect(code, `${library} in ${page}'s static imports`).not.toContain(marker);
      }
    });
  }
});
