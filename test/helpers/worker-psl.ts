/**
 * data/model/psl.cjs as the service worker's build has it (wxt.config.ts resolves tldts to psl-absent.cjs
 * there): `psl()` answers only once the list has been installed as data (`usePsl`, done by data/browser/psl.ts
 * after it fetched psl.json), and throws otherwise. For tests of what the worker does without the list:
 * `vi.mock('@/data/model/psl.cjs', () => import('../../helpers/worker-psl'))`.
 */
import type { Psl } from '@/data/model/psl-trie';

let installed: Psl | undefined;

export const psl = (): Psl => {
  if (!installed) throw new Error('the public suffix list is not loaded (a test of the service worker without tldts)');
  return installed;
};
export const pslAvailable = (): boolean => installed !== undefined;
export const usePsl = (impl: Psl | undefined): void => {
  installed = impl;
};
