import type { CaitAction } from '@/data/pipeline/cait';

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
