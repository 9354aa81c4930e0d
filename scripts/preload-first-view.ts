/**
 * A build plugin (wxt.config.ts): a page's first view, imported dynamically by its main script, is preloaded
 * from the page's HTML like a static import.
 *
 * The lookup page sends its one message to the background before it loads React (its `main.tsx` imports
 * `first-view.tsx` only after asking: a static import would run all of React first, and the question would
 * wait for it). (The popup no longer has one: it paints its headline without React, and imports React after
 * that, unpreloaded, from `full-view.tsx`.) Vite preloads a dynamic import's chunks only when the import runs; this
 * lists them in the HTML as `<link rel="modulepreload">`, so the browser fetches and compiles React while the
 * page's small main script runs and the background answers. The browser benchmark and the bundle budget
 * count them as part of the page's script (they read the HTML's preloads), as they are.
 */

/** The module a page's main script imports dynamically for its first view. */
export const FIRST_VIEW = /\/entrypoints\/[^/]+\/first-view\.tsx$/;

/** What this needs of a chunk in Vite's output bundle. */
export interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
  facadeModuleId?: string | null;
  /** The modules the chunk holds (a first view may share its chunk with modules other pages use too). */
  moduleIds?: readonly string[];
}

const isFirstView = (chunk: ChunkLike) =>
  [chunk.facadeModuleId ?? '', ...(chunk.moduleIds ?? [])].some((id) => FIRST_VIEW.test(id.replaceAll('\\', '/')));

/**
 * The files to preload for `entry`'s first views: each dynamically imported chunk that holds a
 * `first-view.tsx`, and the chunks it imports statically, in order, without `entry`'s own static imports
 * (the HTML lists those already).
 */
export function firstViewFiles(entry: ChunkLike, bundle: Record<string, ChunkLike>): string[] {
  const linked = new Set<string>();
  const walk = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    for (const f of bundle[file]?.imports ?? []) walk(f, into);
  };
  walk(entry.fileName, linked);
  const out = new Set<string>();
  for (const f of entry.dynamicImports ?? []) {
    const chunk = bundle[f];
    if (chunk?.type === 'chunk' && isFirstView(chunk)) walk(f, out);
  }
  return [...out].filter((f) => !linked.has(f));
}

/** A tag Vite adds to a page's HTML (its HtmlTagDescriptor). */
interface Tag {
  tag: 'link';
  attrs: Record<string, string | boolean>;
  injectTo: 'head';
}

/** The Vite plugin. Typed here, not with Vite's types: WXT builds with its own copy of Vite. */
export function preloadFirstView() {
  return {
    name: 'tieline:preload-first-view',
    transformIndexHtml: {
      // After Vite has written the page's own script and preloads: `ctx.chunk` is the page's entry chunk.
      order: 'post' as const,
      handler(_html: string, ctx: { chunk?: ChunkLike; bundle?: Record<string, ChunkLike> }): Tag[] {
        if (!ctx.chunk || !ctx.bundle) return [];
        return firstViewFiles(ctx.chunk, ctx.bundle).map((f) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
