import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_MODULES, registryModule, valueExports } from '../../../scripts/late-script';

type WorkerGlobal = typeof globalThis & {
  importScripts?: (url: string) => void;
  __tielineShared?: Record<string, object>;
  __tielineLate?: unknown;
  Dexie?: unknown;
};
const g = globalThis as WorkerGlobal;

/** A fresh copy of the service worker's loader. */
const loader = async () => {
  vi.resetModules();
  return await import('@/data/browser/late-script.sw');
};

afterEach(() => {
  delete g.importScripts;
  delete g.__tielineShared;
  delete g.__tielineLate;
  delete g.Dexie;
});

describe("the service worker's late script (data/browser/late-script.sw.ts)", () => {
  it('shares the modules the late build takes from background.js, and no other', async () => {
    const { SHARED } = await loader();
    expect(Object.keys(SHARED).sort()).toEqual([...SHARED_MODULES].sort());
  });

  it("reads every value each shared module exports: the late build's stand-in names them all", async () => {
    const { SHARED } = await loader();
    for (const key of SHARED_MODULES) {
      const names = valueExports(readFileSync(resolve(`${key}.ts`), 'utf8'));
      expect(names.sort(), key).toEqual(Object.keys(SHARED[key]!).sort());
      // The stand-in takes each from the registry the worker's global holds.
      const code = registryModule(key, names);
      for (const n of names) expect(code).toContain(`export const ${n} = shared.${n};`);
    }
  });

  it('imports /background-late.js on the first call only, with the shared modules set before it runs', async () => {
    const api = { lookup: () => null };
    const { late, SHARED } = await loader();
    const importScripts = vi.fn((url: string) => {
      expect(url).toBe('/background-late.js');
      expect(g.__tielineShared).toBe(SHARED);
      g.__tielineLate = api;
    });
    g.importScripts = importScripts;
    expect(late()).toBe(api);
    expect(late()).toBe(api);
    expect(importScripts).toHaveBeenCalledTimes(1);
  });

  it('says whether the late script is imported yet, without importing it', async () => {
    const { late, lateLoaded } = await loader();
    const importScripts = vi.fn(() => void (g.__tielineLate = {}));
    g.importScripts = importScripts;
    expect(lateLoaded()).toBe(false);
    expect(importScripts).not.toHaveBeenCalled();
    late();
    expect(lateLoaded()).toBe(true);
  });

  it('fails with the reason when the script cannot be imported or defines nothing', async () => {
    const { late } = await loader();
    g.importScripts = () => {
      throw new Error('importScripts() of new scripts after service worker installation is not allowed.');
    };
    expect(() => late()).toThrow(/after service worker installation/);
    g.importScripts = () => undefined;
    expect(() => late()).toThrow("/background-late.js did not define the background's late code");
  });

  for (const fresh of [true, false]) {
    it(`runs the first install (${fresh ? 'a fresh database' : 'an update: none'}), then imports Dexie and the late script while the worker installs, so that later wake-ups may`, async () => {
      // The worker's build resolves the store's Dexie to its script (data/store/dexie-script.cjs, tested on its own).
      const dexieLibrary = vi.fn();
      vi.resetModules();
      vi.doMock('@/data/store/dexie.cjs', () => ({ dexieLibrary }));
      const { keepLateScripts } = await import('@/data/browser/late-script.sw');
      const { afterFirstInstall } = await import('@/data/browser/in-use');
      vi.doUnmock('@/data/store/dexie.cjs');
      const install: ((e: { waitUntil: (p: Promise<unknown>) => void }) => void)[] = [];
      // A service worker's global scope (Node's has no addEventListener).
      const scope = globalThis as { addEventListener?: unknown; __tielineFirstInstall?: unknown };
      const own = scope.addEventListener;
      scope.addEventListener = (type: string, listener: (typeof install)[number]) => {
        if (type === 'install') install.push(listener);
      };
      const imported: string[] = [];
      let writeData!: (active: object | undefined) => void;
      g.importScripts = (url: string) => {
        imported.push(url);
        if (url === '/background-late.js') g.__tielineLate = {};
        // The first install's script: its install, which the test lets finish below.
        else scope.__tielineFirstInstall = () => new Promise((ok) => (writeData = ok));
      };
      const installed = vi.fn();
      keepLateScripts(installed);
      expect(imported).toEqual([]);
      expect(install).toHaveLength(1);
      const waits: Promise<unknown>[] = [];
      install[0]!({ waitUntil: (p) => waits.push(p) });
      expect(waits).toHaveLength(1);
      await vi.waitFor(() => expect(imported).toEqual(['/background-install.js']));
      // Nothing else is compiled while the data is being written.
      expect(dexieLibrary).not.toHaveBeenCalled();
      expect(g.__tielineShared).toBeDefined();
      writeData(fresh ? { gen: 1 } : undefined);
      await waits[0];
      expect(await afterFirstInstall()).toBe(fresh);
      expect(installed).toHaveBeenCalledTimes(fresh ? 1 : 0);
      expect(imported).toEqual(['/background-install.js', '/background-late.js']);
      expect(dexieLibrary).toHaveBeenCalledTimes(1);
      if (own === undefined) delete scope.addEventListener;
      else scope.addEventListener = own;
      delete scope.__tielineFirstInstall;
    });
  }
});

describe('the late build (scripts/late-script.ts)', () => {
  it('names value exports, not types, and refuses exports it cannot name', () => {
    const source = [
      'export const a = 1;',
      'export function b() {}',
      'export async function c() {}',
      'export class D {}',
      'export type E = string;',
      'export interface F {}',
      'const g = 2, h = 3;',
      'export { g, h as i, type F as J };',
      "export { k } from './k';",
      "export type { L } from './l';",
    ].join('\n');
    expect(valueExports(source)).toEqual(['a', 'b', 'c', 'D', 'g', 'i', 'k']);
    expect(() => valueExports("export * from './x';")).toThrow(/re-exports/);
    expect(() => valueExports('export default 1;')).toThrow(/default/);
    expect(() => valueExports('export const { a, b } = o;')).toThrow(/destructured/);
  });

  it('gives the late build a module that fails at once when background.js did not share it', () => {
    const code = registryModule('data/x', ['a']);
    const run = new Function(code.replace(/^export /gm, '').concat('\nreturn a;'));
    g.__tielineShared = { 'data/x': { a: 7 } };
    expect(run()).toBe(7);
    g.__tielineShared = {};
    expect(() => run()).toThrow('data/x was not shared by background.js');
  });
});
