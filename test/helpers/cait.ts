import { readFileSync } from 'node:fs';
import { importCait, type CaitAction, type CaitCompany } from '@/data/pipeline/cait';
import type { LaborAction } from '@/data/model/schema';

/** A CAIT record for the importer's tests: an online open letter by 195 white-collar Google workers in the USA. */
export const caitAction = (over: Partial<CaitAction> = {}): CaitAction => ({
  id: 1,
  date: '2020/12/22',
  sources: ['https://example.org/report'],
  actions: ['open letter'],
  companies: ['google'],
  employment_types: ['white collar workers'],
  locations: ['usa'],
  online: true,
  workers: 195,
  tags: null,
  ...over,
});

/**
 * The notes CAIT's file gives when its company names resolve by `names` (lower-case CAIT name → registry company),
 * as a lookup by note id: the audit tests' way to read the records they corrected.
 */
export async function caitNotes(file: string, names: Record<string, CaitCompany>): Promise<(id: string) => LaborAction> {
  const r = await importCait(file, (n) => names[n.toLowerCase()]);
  return (id) => r.notes.find((n) => n.id === id)!;
}

/** Where the real CAIT file lies beside the repository (../shared/data, read-only). */
export const SHARED_CAIT = '../shared/data/cait/actions.json';

/**
 * The real CAIT actions by id, for the tests that join hand labels to their records; undefined, with a warning saying
 * what `test` then skips, where ../shared/data is absent.
 */
export function sharedCaitActions(test: string, skipped: string): Map<number, CaitAction> | undefined {
  try {
    return new Map((JSON.parse(readFileSync(SHARED_CAIT, 'utf8')) as CaitAction[]).map((a) => [a.id, a]));
  } catch {
    console.warn(`${test}: ${SHARED_CAIT} is absent; ${skipped}, so the test is skipped.`);
    return undefined;
  }
}
