/**
 * The build's chunking for the pages that paint an answer before React loads (the popup and the lookup page,
 * components/paint/): every module they import statically — what runs before the first paint — goes into one
 * chunk, `first-view`, instead of the five shared chunks the automatic split made of it (the browser API and
 * i18n, first-paint, headline, pages, and the one Vite's and WXT's page code went to). An extension page's
 * scripts are each read through the browser process, and a module runs only once every module it imports has
 * come: in a Chromium trace of one popup open, its five requests went out within 4 ms of each other and the
 * last answer came 20 ms after the first. With the chunk the popup and the lookup page each load two scripts,
 * their entry and `first-view` (about 33 KB: both pages' first-view code; the popup's share was 29 KB). What
 * they import dynamically (React and the views, the search) is split as before; another page importing a
 * module of the group takes it from this chunk.
 */
import { resolve } from 'node:path';

/** The pages whose static imports are the first view: each page's HTML (Vite's and WXT's page code) and its script. */
export const FIRST_VIEW_PAGES = ['entrypoints/popup', 'entrypoints/lookup'].map((p) => resolve(p));

interface ModuleInfo {
  importedIds: readonly string[];
}
interface ChunkContext {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** Rollup's `output.manualChunks` (WXT 0.21 builds with Vite 7 and Rollup 4) that makes the chunk. */
export function firstViewChunk(pages: readonly string[] = FIRST_VIEW_PAGES) {
  const entries = pages.flatMap((dir) => [`${dir}/index.html`, `${dir}/main.tsx`]);
  let firstView: Set<string> | undefined;
  const staticImports = (ctx: ChunkContext): Set<string> => {
    const seen = new Set<string>();
    const walk = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) walk(next);
    };
    for (const e of entries) walk(e);
    // The pages and their scripts stay entries of their own.
    for (const e of entries) seen.delete(e);
    return seen;
  };
  return (id: string, ctx: ChunkContext): string | undefined => {
    firstView ??= staticImports(ctx);
    // Style sheets are left to Vite's CSS handling: only scripts are grouped.
    return firstView.has(id) && !/\.css($|\?)/.test(id) ? 'first-view' : undefined;
  };
}
