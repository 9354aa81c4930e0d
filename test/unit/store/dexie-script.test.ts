import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';

type WorkerGlobal = typeof globalThis & { importScripts?: (url: string) => void; Dexie?: unknown };
const g = globalThis as WorkerGlobal;

/** A fresh copy of the service worker's loader (its cache is per module instance). */
const loader = async () => {
  vi.resetModules();
  return (await import('@/data/store/dexie-script.cjs')) as { dexieLibrary: () => typeof Dexie };
};

afterEach(() => {
  delete g.importScripts;
  delete g.Dexie;
});

describe("the service worker's Dexie, a script of its own (data/store/dexie-script.cjs)", () => {
  it('imports /dexie.js on the first call only, and gives the class it defines', async () => {
    const importScripts = vi.fn((url: string) => {
      expect(url).toBe('/dexie.js');
      g.Dexie = Dexie;
    });
    g.importScripts = importScripts;
    const { dexieLibrary } = await loader();
    expect(importScripts).not.toHaveBeenCalled();
    expect(dexieLibrary()).toBe(Dexie);
    expect(dexieLibrary()).toBe(Dexie);
    expect(importScripts).toHaveBeenCalledTimes(1);
  });

  it('takes a Dexie already loaded in the worker without importing it again', async () => {
    g.Dexie = Dexie;
    g.importScripts = vi.fn();
    expect((await loader()).dexieLibrary()).toBe(Dexie);
    expect(g.importScripts).not.toHaveBeenCalled();
  });

  it('fails with the reason when the script cannot be imported (not imported while the worker installed) or defines nothing', async () => {
    g.importScripts = () => {
      throw new Error('importScripts() of new scripts after service worker installation is not allowed.');
    };
    await expect(loader().then((l) => l.dexieLibrary())).rejects.toThrow(/after service worker installation/);
    g.importScripts = () => undefined;
    await expect(loader().then((l) => l.dexieLibrary())).rejects.toThrow('/dexie.js did not define Dexie');
  });
});
