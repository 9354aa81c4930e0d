import { describe, expect, it } from 'vitest';
import { firstViewChunk } from '../../../scripts/first-view-chunk';

/** A module graph as Rollup's getModuleInfo gives it: static imports only (dynamic ones are another field). */
const graph: Record<string, string[]> = {
  '/x/popup/index.html': ['/x/popup/main.tsx', 'vite/modulepreload-polyfill'],
  '/x/popup/main.tsx': ['/x/paint/popup.ts', '/x/browser/i18n.ts', '/x/styles.css'],
  '/x/paint/popup.ts': ['/x/paint/headline.ts'],
  '/x/paint/headline.ts': ['/x/model/i18n.ts'],
  '/x/browser/i18n.ts': ['/x/model/i18n.ts'],
  '/x/lookup/index.html': ['/x/lookup/main.tsx'],
  '/x/lookup/main.tsx': ['/x/paint/lookup.ts'],
  '/x/paint/lookup.ts': ['/x/paint/headline.ts'],
  // What the pages import dynamically (React's views) and another page.
  '/x/popup/full-view.tsx': ['/x/react.js'],
  '/x/options/main.tsx': ['/x/model/i18n.ts', '/x/react.js'],
};
const ctx = { getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id]! } : { importedIds: [] }) };

describe('the first-view chunk (scripts/first-view-chunk.ts)', () => {
  const chunkOf = firstViewChunk(['/x/popup', '/x/lookup']);
  const chunk = (id: string) => chunkOf(id, ctx);

  it("takes every script the popup and the lookup page import statically, both pages' and Vite's page code", () => {
    for (const id of [
      '/x/paint/popup.ts',
      '/x/paint/headline.ts',
      '/x/browser/i18n.ts',
      '/x/model/i18n.ts',
      '/x/paint/lookup.ts',
      'vite/modulepreload-polyfill',
    ])
      expect(chunk(id), id).toBe('first-view');
  });

  it('leaves the pages, their scripts, style sheets, dynamic imports and other pages to the automatic split', () => {
    for (const id of [
      '/x/popup/index.html',
      '/x/popup/main.tsx',
      '/x/lookup/main.tsx',
      '/x/styles.css',
      '/x/popup/full-view.tsx',
      '/x/react.js',
      '/x/options/main.tsx',
    ])
      expect(chunk(id), id).toBeUndefined();
  });
});
