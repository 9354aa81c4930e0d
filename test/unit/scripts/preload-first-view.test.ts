import { describe, expect, it } from 'vitest';
import { firstViewFiles, preloadFirstView, type ChunkLike } from '../../../scripts/preload-first-view';

const chunk = (fileName: string, o: Partial<ChunkLike> = {}): ChunkLike => ({
  type: 'chunk',
  fileName,
  imports: [],
  dynamicImports: [],
  ...o,
});

describe("a page's first view, preloaded from its HTML", () => {
  const bundle: Record<string, ChunkLike> = Object.fromEntries(
    [
      chunk('chunks/popup.js', { imports: ['chunks/i18n.js'], dynamicImports: ['chunks/first-view.js', 'chunks/popup-search.js'] }),
      chunk('chunks/i18n.js'),
      chunk('chunks/first-view.js', {
        facadeModuleId: '/repo/entrypoints/popup/first-view.tsx',
        imports: ['chunks/react.js', 'chunks/ResultView.js', 'chunks/i18n.js'],
      }),
      chunk('chunks/react.js'),
      chunk('chunks/ResultView.js', { imports: ['chunks/react.js', 'chunks/Provenance.js'] }),
      chunk('chunks/Provenance.js'),
      chunk('chunks/popup-search.js', { facadeModuleId: '/repo/data/browser/popup-search.ts', imports: ['chunks/dexie.js'] }),
      chunk('chunks/dexie.js'),
    ].map((c) => [c.fileName, c]),
  );

  it("lists the first view's chunk and what it imports, not other dynamic imports nor what the HTML loads already", () => {
    expect(firstViewFiles(bundle['chunks/popup.js']!, bundle)).toEqual([
      'chunks/first-view.js',
      'chunks/react.js',
      'chunks/ResultView.js',
      'chunks/Provenance.js',
    ]);
    // A first view that shares its chunk with other modules (no facade of its own) is found by the modules the chunk holds.
    const shared: Record<string, ChunkLike> = {
      ...bundle,
      'chunks/first-view.js': {
        ...bundle['chunks/first-view.js']!,
        facadeModuleId: null,
        moduleIds: ['/repo/components/x.tsx', '/repo/entrypoints/lookup/first-view.tsx'],
      },
    };
    expect(firstViewFiles(shared['chunks/popup.js']!, shared)).toHaveLength(4);
    // A page without a first view of its own gets nothing more.
    expect(firstViewFiles(bundle['chunks/popup-search.js']!, bundle)).toEqual([]);
  });

  it('adds them to the head as module preloads', () => {
    const tags = preloadFirstView().transformIndexHtml.handler('<html></html>', { chunk: bundle['chunks/popup.js']!, bundle });
    expect(tags[0]).toEqual({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href: '/chunks/first-view.js' },
      injectTo: 'head',
    });
    expect(tags).toHaveLength(4);
    // In the dev server there is no bundle: nothing to add.
    expect(preloadFirstView().transformIndexHtml.handler('<html></html>', {})).toEqual([]);
  });
});
