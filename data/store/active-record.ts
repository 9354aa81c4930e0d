/**
 * What `meta.active` says of a generation once it is in use, built in one place for both writers: the install
 * and sync through Dexie (./generations.ts, `switchTo`) and the first install without Dexie (./first-write.ts).
 * Dexie-free, so the first install's script stays small.
 */
import type { ActiveDataset } from '../model/state';
import type { CheckedBundle } from './bundle';

/** The facts about a dataset that `meta.active` repeats, whoever wrote it. */
export type DatasetFacts = Pick<ActiveDataset, 'version' | 'generatedAt' | 'counts' | 'checksum'> & {
  coverage: NonNullable<ActiveDataset['coverage']>;
};

/** A checked bundle's facts: its header's, and the SHA-256 its bytes were checked against. */
export const bundleFacts = ({ header, sha256 }: CheckedBundle): DatasetFacts => ({
  version: header.version,
  generatedAt: header.generatedAt,
  counts: header.counts,
  coverage: header.coverage,
  checksum: sha256,
});

/**
 * The record of generation `gen` made the data in use now; `startedAt` (`performance.now()`) is when the work
 * that produced it began, for `installMs`.
 */
export function activeRecord(
  gen: number,
  facts: DatasetFacts,
  origin: string,
  startedAt: number,
  extra?: Pick<ActiveDataset, 'bundledVersion' | 'lists'>,
): ActiveDataset {
  return {
    gen,
    version: facts.version,
    generatedAt: facts.generatedAt,
    origin,
    activatedAt: new Date().toISOString(),
    counts: facts.counts,
    checksum: facts.checksum,
    coverage: facts.coverage,
    installMs: Math.round(performance.now() - startedAt),
    ...extra,
  };
}
