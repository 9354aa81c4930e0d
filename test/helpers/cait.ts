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
