/**
 * How the popup and the lookup page (the pages that paint an answer before React loads, components/paint/) are
 * built: each page's first view — its script and everything it imports statically — in a build of its own, so
 * it is one file; React's full view of the page in the build of the other pages, as an entry with a fixed name
 * the first view imports once its answer is painted.
 *
 * Why (issue 13): WXT builds every extension page in one Rollup build, where a module two pages import goes
 * into a chunk of its own, so these pages loaded their entry and at least one shared chunk before their first
 * paint; and an extension page's files are each read through the browser process (in a Chromium trace of one
 * popup open, the answers to its five requests came 20 ms apart from first to last; with one `first-view`
 * chunk it was still two reads, and the style sheet a third). Built alone, a page's entry chunk holds its
 * whole first view. Its full view stays with the other pages, so React, Dexie and Zod ship once: building the
 * pages whole on their own put them in the zip twice more (+390 KB zipped). The cost: the modules both views
 * use (the browser API, i18n, the paint functions, about 35 KB) are in the first view's file and again in the
 * other pages' chunks, and a page runs the two copies (each holds only constants and functions: the answer and
 * the words are handed from the first view to the full one).
 */
import { resolve } from 'node:path';

/** What WXT's `entrypoints:grouped` hook passes: one entrypoint built alone, or a group built together. */
export type Group<E> = E | E[];

/** The pages whose first view is built on its own, by entrypoint name. */
export const OWN_BUILD_PAGES = ['popup', 'lookup'] as const;

/** A page's React view as the first view imports it: `entrypoints/<page>/full-view.tsx`. */
export const fullViewSource = (page: string, root = process.cwd()) => resolve(root, 'entrypoints', page, 'full-view.tsx');

/** The fixed name the other pages' build gives it (an entry at the extension's root, so its name has no hash). */
export const fullViewEntry = (page: string) => `${page}-full-view`;

/**
 * Takes the entrypoints named `pages` out of the groups WXT builds together and gives each a group of its own
 * (still a group, a list of one: WXT builds a list as pages, a lone entrypoint as a script). In place, as WXT's
 * hook expects; returns the names moved.
 */
export function ownBuilds<E extends { name: string }>(groups: Group<E>[], pages: readonly string[] = OWN_BUILD_PAGES): string[] {
  const moved: E[] = [];
  for (const group of groups) {
    if (!Array.isArray(group) || group.length < 2) continue;
    for (let i = group.length - 1; i >= 0; i--) if (pages.includes(group[i]!.name)) moved.unshift(...group.splice(i, 1));
  }
  for (const e of moved) groups.push([e]);
  return moved.map((e) => e.name);
}

/** The other pages' build: each own-build page's full view as an entry of its own (Rollup's `input` entries). */
export const fullViewInputs = (pages: readonly string[] = OWN_BUILD_PAGES, root = process.cwd()): Record<string, string> =>
  Object.fromEntries(pages.map((p) => [fullViewEntry(p), fullViewSource(p, root)]));

interface ResolveContext {
  resolve(source: string, importer?: string, options?: { skipSelf?: boolean }): Promise<{ id: string; external?: unknown } | null>;
}

/**
 * The Rollup plugin of a page's own build: its dynamic import of its full view becomes an import of the other
 * build's entry (`/<page>-full-view.js`, kept absolute), and any other dynamic import is an error — it would
 * put a second copy of what it loads (React, Dexie) in the extension. Build only: `wxt dev` serves the modules.
 */
export function fullViewOutside(page: string, root = process.cwd()) {
  const view = fullViewSource(page, root);
  return {
    name: 'tieline:full-view-outside',
    apply: 'build' as const,
    async resolveDynamicImport(this: ResolveContext, specifier: unknown, importer: string) {
      if (typeof specifier !== 'string') throw new Error(`${page}'s first view imports a computed module (in ${importer})`);
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      if (resolved?.id === view) return { id: `/${fullViewEntry(page)}.js`, external: 'absolute' as const };
      throw new Error(
        `${page}'s first view imports ${specifier} dynamically (in ${importer}): only its full view may be, from the other pages' build (scripts/page-builds.ts)`,
      );
    },
  };
}

/**
 * The Rollup/Vite plugin that makes a page's one script render-blocking (`blocking="render"`, in the HTML the
 * build writes: Vite writes the entry's `<script>` itself and keeps no attribute of the source's). Why: a
 * module script does not hold the first frame back, so in a Chromium trace of a popup open the page drew an
 * empty frame (its style, layout and paint: 4–10 ms on this machine) between parsing its HTML and running its
 * script, and the script's bytes, which had come meanwhile, waited for it; the message to the background went
 * out that much later. Render-blocking, the script runs as soon as it is read and the frame is drawn while the
 * page waits for its answer. Nothing is hidden that would be shown: the page's body is empty until the script
 * paints. Browsers without the attribute (Firefox) ignore it.
 */
export function renderBlockingScript() {
  return {
    name: 'tieline:render-blocking-script',
    apply: 'build' as const,
    transformIndexHtml: { order: 'post' as const, handler: renderBlocking },
  };
}

/** The HTML with its one module script render-blocking; fails on a page with none or more than one. */
export function renderBlocking(html: string): string {
  const scripts = html.match(/<script\b[^>]*\btype="module"[^>]*>/g) ?? [];
  if (scripts.length !== 1) throw new Error(`a first view's HTML has ${scripts.length} module scripts, not one`);
  const tag = scripts[0]!;
  return tag.includes('blocking=') ? html : html.replace(tag, tag.replace('<script', '<script blocking="render"'));
}
