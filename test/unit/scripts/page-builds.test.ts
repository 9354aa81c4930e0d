import { describe, expect, it } from 'vitest';
import {
  fullViewEntry,
  fullViewInputs,
  fullViewOutside,
  fullViewSource,
  ownBuilds,
  renderBlocking,
  type Group,
} from '../../../scripts/page-builds';

interface E {
  name: string;
}
const e = (name: string): E => ({ name });

describe('the pages built on their own (scripts/page-builds.ts)', () => {
  it('moves the popup and the lookup page out of the pages group into groups of their own, leaving the rest', () => {
    const background = e('background');
    const groups: Group<E>[] = [background, [e('about'), e('lookup'), e('options'), e('popup'), e('welcome')]];
    expect(ownBuilds(groups)).toEqual(['lookup', 'popup']);
    expect(groups).toEqual([background, [e('about'), e('options'), e('welcome')], [e('lookup')], [e('popup')]]);
  });

  it('leaves a lone entrypoint (a script) and groups without those pages as they are', () => {
    const groups: Group<E>[] = [e('popup'), [e('about'), e('options')]];
    expect(ownBuilds(groups)).toEqual([]);
    expect(groups).toEqual([e('popup'), [e('about'), e('options')]]);
  });

  it("gives the other pages' build each full view as an entry with a fixed name", () => {
    expect(fullViewInputs(['popup', 'lookup'], '/r')).toEqual({
      'popup-full-view': '/r/entrypoints/popup/full-view.tsx',
      'lookup-full-view': '/r/entrypoints/lookup/full-view.tsx',
    });
    expect(fullViewEntry('popup')).toBe('popup-full-view');
  });

  describe("a first view's dynamic imports", () => {
    const plugin = fullViewOutside('popup', '/r');
    // Resolves specifiers as Vite would: relative to the importer's folder.
    const ctx = {
      resolve: async (source: string, importer?: string) => ({ id: new URL(source, `file://${importer}`).pathname + '.tsx' }),
    };
    const resolveDynamic = (specifier: unknown, importer: string) => plugin.resolveDynamicImport.call(ctx, specifier, importer);

    it("import its full view from the other pages' build, by an absolute path", async () => {
      expect(await resolveDynamic('./full-view', '/r/entrypoints/popup/main.tsx')).toEqual({
        id: '/popup-full-view.js',
        external: 'absolute',
      });
      expect(fullViewSource('popup', '/r')).toBe('/r/entrypoints/popup/full-view.tsx');
    });

    it('fail the build for anything else (it would ship a second copy of what it loads)', async () => {
      await expect(resolveDynamic('./popup-search', '/r/data/browser/popup.ts')).rejects.toThrow(/only its full view/);
      await expect(resolveDynamic('../lookup/full-view', '/r/entrypoints/popup/main.tsx')).rejects.toThrow(/only its full view/);
      await expect(resolveDynamic({ type: 'TemplateLiteral' }, '/r/entrypoints/popup/main.tsx')).rejects.toThrow(/computed/);
    });
  });

  it("makes a first view's one script render-blocking, and fails on a page with none or two", () => {
    const html = '<head><title>x</title><script type="module" crossorigin src="/chunks/popup-1.js"></script></head><body></body>';
    expect(renderBlocking(html)).toBe(
      '<head><title>x</title><script blocking="render" type="module" crossorigin src="/chunks/popup-1.js"></script></head><body></body>',
    );
    expect(renderBlocking(renderBlocking(html))).toBe(renderBlocking(html));
    expect(() => renderBlocking('<head></head>')).toThrow(/0 module scripts/);
    expect(() => renderBlocking(html.replace('</head>', '<script type="module" src="/b.js"></script></head>'))).toThrow(/2 module scripts/);
  });
});
