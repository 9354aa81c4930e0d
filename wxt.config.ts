import { defineConfig } from 'wxt';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { readBundledDataset } from './data/pipeline/bundled';
import { checksumLine } from './data/store/bundle';
import { SHIPPED_BUNDLE_FILE, shippedBundle } from './scripts/shipped-bundle';
import { asciiChunks } from './scripts/ascii-chunks';
import { PSL_FILE, pslTrieFile } from './scripts/psl-under';
import { OWN_BUILD_PAGES, fullViewInputs, fullViewOutside, ownBuilds, renderBlockingScript } from './scripts/page-builds';
import { DEXIE_SCRIPT, dexieScript } from './scripts/dexie-script';
import { INSTALL_ENTRY, LATE_ENTRY, lateScriptOutside, sharedFromBackground } from './scripts/late-script';

// https://wxt.dev/api/config.html
/** Whether this build's background is a service worker (MV3), where Dexie is a script of its own (see the hooks). */
let serviceWorker = true;

export default defineConfig({
  // i18n: locales/<lang>.yml → _locales/<lang>/messages.json, plus typed message keys (README, "Translations").
  // Shipped JavaScript in ASCII: half the memory Chromium keeps its source in (scripts/ascii-chunks.ts).
  // TIELINE_PROFILE_BUILD=1: unminified, with source maps and without the
  // ASCII escapes (which would move columns), for bench/worker-profile.ts to name the modules; never shipped.
  vite: (env) => {
    serviceWorker = env.manifestVersion === 3;
    return process.env.TIELINE_PROFILE_BUILD
      ? { build: { sourcemap: true, minify: false } }
      : { plugins: [asciiChunks()], worker: { plugins: () => [asciiChunks()] } };
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: easier to read, and nothing is pulled into a bundle by accident.
  imports: false,
  // End-to-end tests build variants (e.g. with a test list configured) into their own folders.
  outDir: process.env.TIELINE_OUT_DIR || '.output',
  manifest: ({ browser }) => ({
    // The store listing and the extensions page follow the browser's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only what is needed: tabs (read the active tab's URL for the badge), storage (settings), alarms
    // (scheduled sync). No host permissions: a list host must send CORS headers, or the user grants its
    // origin when adding the list. contextMenus (look up selected text) is optional in Chrome, asked for when the
    // user switches the menus on in the settings: registering the menus' click listener costs every wake-up of
    // the service worker ~1.6 ms (bench/binding-cost.ts; data/browser/menus.ts). Firefox does not accept it as an
    // optional permission (MDN's optional_permissions compatibility table): required there, the menus always on.
    ...(browser === 'firefox'
      ? {
          permissions: ['tabs', 'storage', 'alarms', 'contextMenus'],
          optional_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
        }
      : {
          permissions: ['tabs', 'storage', 'alarms'],
          optional_permissions: ['contextMenus'],
          optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
        }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tieline@tieline.org',
              strict_min_version: '142.0',
              // Nothing about the user is collected or transmitted (the key exists since Firefox 142).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The popup and the lookup page each in a build of its own: one script file to their first paint
    // (scripts/page-builds.ts says why).
    'entrypoints:grouped': (_wxt, groups) => {
      ownBuilds(groups);
    },
    // The service worker's build holds no tldts: Chromium compiles a service worker's whole script, and tldts's
    // code and trie, though run only for a typed query or a sync, cost the worker ~240 KB of heap at every
    // wake-up. data/model/psl.cjs's lazy `require` of it resolves to a module that says it is absent, and the
    // worker loads the same list as data (psl.json above) when it first needs it (data/browser/psl.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      const own = entrypoints.length === 1 && (OWN_BUILD_PAGES as readonly string[]).includes(entrypoints[0]!.name);
      if (own) {
        // A first view built alone imports its full view from the other pages' build; its script holds the
        // first frame back until it has run (no empty frame before it sends its message).
        config.plugins = [...(config.plugins ?? []), fullViewOutside(entrypoints[0]!.name), renderBlockingScript()];
        return;
      }
      if (entrypoints.length > 1 && entrypoints.every((e) => e.inputPath.endsWith('.html'))) {
        // The other pages' build: the own-build pages' full views as entries, their exports kept (Vite's
        // app builds drop an entry's exports) for the first views to import.
        const options = (config.build ??= {}).rollupOptions ?? {};
        if (!options.input || typeof options.input !== 'object' || Array.isArray(options.input))
          throw new Error("WXT's pages build has no named inputs to add the full views to");
        Object.assign(options.input, fullViewInputs());
        options.preserveEntrySignatures = 'exports-only';
        config.build.rollupOptions = options;
        return;
      }
      const background = entrypoints.some((e) => e.type === 'background');
      // Chrome's late script and first install's (data/browser/late-script.sw.ts): built as background.js is, their
      // shared modules taken from it.
      const late = entrypoints.some((e) => e.name === LATE_ENTRY || e.name === INSTALL_ENTRY);
      if (!background && !late) return;
      if (late) config.plugins = [sharedFromBackground(), ...(config.plugins ?? [])];
      // The code a badge-only wake-up never runs out of background.js: a script of its own, imported on first use.
      else if (serviceWorker) config.plugins = [lateScriptOutside(), ...(config.plugins ?? [])];
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^tldts\/dist\/cjs\/index\.js$/, replacement: resolve('data/model/psl-absent.cjs') },
          // Dexie out of background.js: a script of its own, imported on first use (data/store/dexie-script.cjs).
          ...(serviceWorker ? [{ find: /^\.\.?\/(store\/)?dexie\.cjs$/, replacement: resolve('data/store/dexie-script.cjs') }] : []),
          ...entries,
        ],
      };
    },
    // The dataset ships as a file beside the code, not inside background.js: the service worker must
    // not parse megabytes of JSON on every wake-up. It is read once, on install or update. Packed in the
    // shape the store keeps it, each part deflated on its own behind a JSON header (data/store/framed.ts,
    // layout 4: an eighth of the text's size, and stores' linters refuse to parse text files over 5 MB), with
    // its SHA-256 beside it, so the install does no work the build can do: it writes the parts as they ship
    // (see data/store/bundle.ts). Validated here once more: a dataset that does not parse fails the build.
    'build:publicAssets': (wxt, assets) => {
      mkdirSync(wxt.config.wxtDir, { recursive: true });
      const bundle = shippedBundle(readBundledDataset(resolve('data/dataset/dataset.json')));
      const sha256 = createHash('sha256').update(bundle).digest('hex');
      // The public suffix list as data, for the service worker, which holds no tldts (see below).
      for (const [name, bytes] of [
        [SHIPPED_BUNDLE_FILE, bundle],
        [`${SHIPPED_BUNDLE_FILE}.sha256`, checksumLine(sha256, SHIPPED_BUNDLE_FILE)],
        [PSL_FILE, pslTrieFile()],
        // Dexie for the service worker, which imports it on first use (data/store/dexie-script.cjs): its UMD
        // build, in ASCII like every shipped script, without the comment naming a source map not shipped.
        ...(wxt.config.manifestVersion === 3 ? ([[DEXIE_SCRIPT, dexieScript()]] as const) : []),
      ] as const) {
        const out = resolve(wxt.config.wxtDir, name);
        writeFileSync(out, bytes);
        assets.push({ absoluteSrc: out, relativeDest: name });
      }
    },
  },
});
