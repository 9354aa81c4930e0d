/**
 * Builds the bundled dataset: the curated registry and authored notes, merged with what the importers
 * derive from public data. Validated by the schema before anything is written.
 */
import { parseDataset, SCHEMA_VERSION, type Dataset } from '../schema';
import { readAuthored } from './authored';

export interface BuildOptions {
  sourcesDir: string;
}

export interface BuildResult {
  dataset: Dataset;
  report: Record<string, unknown>;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function buildDataset(opts: BuildOptions): Promise<BuildResult> {
  const authored = readAuthored(opts.sourcesDir);
  const dataset = parseDataset(
    {
      schemaVersion: SCHEMA_VERSION,
      version: authored.release.version,
      generatedAt: authored.release.generatedAt,
      agencies: [...authored.agencies].sort(byId),
      companies: [...authored.companies].sort(byId),
      notes: [...authored.notes].sort(byId),
    },
    'built dataset',
  );
  const report = {
    version: dataset.version,
    companies: dataset.companies.length,
    companiesWithDomains: dataset.companies.filter((c) => c.domains.length).length,
    notes: dataset.notes.length,
  };
  return { dataset, report };
}
