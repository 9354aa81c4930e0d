/**
 * Builds the bundled dataset: the curated registry and authored notes, merged with what the importers
 * derive from public data — USAspending contracts (contracts.ts), NLRB elections (nlrb.ts), Collective
 * Action in Tech (cait.ts) and the Labor Action Tracker (lat.ts), labour records merged so that one
 * event is one note (labor.ts). Validated by the schema before anything is written. Deterministic: the
 * same inputs give the same records in the same order, with no clock or randomness involved.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset, SCHEMA_VERSION, type Company, type Dataset, type LaborAction, type Note } from '../model/schema';
import { NameIndex } from './name-index';
import type { CoverageReport } from './coverage-report';
import { readAuthored } from './authored';
import { importContracts } from './contracts';
import { CAIT_OWN, importCait } from './cait';
import { CAIT_NO_ONE_DAY } from './cait-days';
import { importNlrb } from './nlrb';
import { importLat, LAT_OWN } from './lat';
import { mergeLabor } from './labor';
import { samePlace, type EventPlace } from './labor-place';
import { mergeSameEvents, recordId } from './same-event';
import { cleanSources, emptyCleaning, enforceAuthoredSources } from './sources';
import { contractReach } from './reach';
import { domainEvidenceProblems, readUnbackedDomains } from './domain-evidence';

export type { CoverageReport };

export interface Inputs {
  usaspending: string[];
  cait?: string;
  /** NLRB election files, in either layout (see nlrb.ts). */
  nlrb?: string[];
  /** The Labor Action Tracker's CSV. */
  lat?: string;
}

export interface BuildOptions {
  sourcesDir: string;
  /** Public-data inputs; null builds from the curated sources alone (tests, or no inputs at hand). */
  inputs: Inputs | null;
}

export interface BuildResult {
  dataset: Dataset;
  report: CoverageReport;
}

/** The standard layout of the public inputs (see ../shared/data/README.md). */
export function defaultInputs(dir: string): Inputs | null {
  if (!existsSync(dir)) return null;
  const csvs = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => /\.csv(\.gz)?$/.test(f))
          .sort()
          .map((f) => join(dir, sub, f))
      : [];
  const cait = join(dir, 'cait', 'actions.json');
  const nlrb = csvs('nlrb');
  const lat = csvs('lat')[0];
  return {
    usaspending: csvs('usaspending'),
    ...(existsSync(cait) ? { cait } : {}),
    ...(nlrb.length ? { nlrb } : {}),
    ...(lat ? { lat } : {}),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => cmp(a.id, b.id);

const FROM_IMPORTER = /^(cait|nlrb|lat)-/;
const isAuthored = (n: LaborAction) => !FROM_IMPORTER.test(n.id);
const CAIT_CREDIT = 'Also recorded by Collective Action in Tech.';
const LAT_CREDIT_SENTENCE = 'Also recorded by the Labor Action Tracker (Kallas, Iyer & Friedman).';

export async function buildDataset(opts: BuildOptions): Promise<BuildResult> {
  const authored = readAuthored(opts.sourcesDir);
  // Our own sources must pass the source policy as written (see data/model/source-policy.ts).
  enforceAuthoredSources(authored.companies, authored.notes, authored.domainEvidence);
  // Every domain has its evidence, or is one of those curated before evidence was recorded (domain-evidence.ts).
  const hasEvidence = (domain: string) => authored.domainEvidence.has(domain);
  const evidenceProblems = domainEvidenceProblems(authored.companies, hasEvidence, readUnbackedDomains(opts.sourcesDir));
  if (evidenceProblems.length) throw new Error(`domain evidence:\n  ${evidenceProblems.join('\n  ')}`);
  const registry = authored.companies;
  const names = new NameIndex(registry);
  const notes: Note[] = [...authored.notes];
  /** Where imported labour records took place, by note id (labor-place.ts). */
  const places = new Map<string, EventPlace>();
  const companies: Company[] = [...registry];
  const report: CoverageReport = {
    version: authored.release.version,
    companies: 0,
    companiesWithDomains: 0,
    registryCompanies: registry.length,
    contractorsByNameOnly: 0,
    notes: { contract: 0, labor: 0, context: 0 },
  };

  const centsByCompany = new Map<string, number>();
  if (opts.inputs && opts.inputs.usaspending.length) {
    const before = companies.length;
    report.usaspending = await importContracts(opts.inputs.usaspending, {
      registry,
      names,
      agencies: authored.agencies,
      companies,
      notes,
      centsByCompany,
    });
    report.contractorsByNameOnly = companies.length - before;
  }

  if (opts.inputs?.nlrb?.length) {
    const nlrb = await importNlrb(opts.inputs.nlrb, (n) => names.byLegalName(n));
    // An election our authors wrote up is not listed twice.
    const m = mergeLabor(notes, nlrb.notes, { withinDays: 7, sameKind: true }, isAuthored);
    notes.push(...m.added);
    const { notes: _all, ...rest } = nlrb;
    report.nlrb = { ...rest, notes: m.added.length, mergedIntoAuthored: m.merged.length };
  }

  let caitShownDates = new Map<string, string>();
  if (opts.inputs?.cait) {
    const cait = await importCait(opts.inputs.cait, (n) => {
      const c = names.byBrand(n);
      return c ? { id: c.id, name: c.name, ...(c.parent ? { parentId: c.parent.id } : {}) } : undefined;
    });
    // One event CAIT records twice is one note (same-event.ts). An action our authors already wrote up (same
    // company, within a week) is not listed twice: the CAIT record's sources and tags join the authored note. A
    // union vote CAIT records is the NLRB's election when one of that company is within two weeks.
    const own = mergeSameEvents(cait.notes, cait.facts, CAIT_OWN);
    const intoAuthored = mergeLabor(notes, own.notes, { withinDays: 7, sameKind: false }, isAuthored);
    const intoNlrb = mergeLabor(notes, intoAuthored.added, { withinDays: 14, sameKind: true, credit: CAIT_CREDIT }, (n) =>
      n.id.startsWith('nlrb-'),
    );
    notes.push(...intoNlrb.added);
    for (const [id, place] of cait.places) places.set(id, place);
    caitShownDates = cait.shownDates;
    const { notes: _all, places: _places, facts: _facts, shownDates: _shown, ...rest } = cait;
    report.cait = {
      ...rest,
      sameEvent: own.merged,
      toTheMonth: 0,
      toTheMonthRead: 0,
      notes: intoNlrb.added.length,
      mergedIntoAuthored: intoAuthored.merged.length,
      mergedIntoNlrb: intoNlrb.merged.length,
    };
  }

  if (opts.inputs?.lat) {
    const lat = await importLat(
      opts.inputs.lat,
      (n) => names.byLegalName(n),
      (id) => companies.find((c) => c.id === id),
      companies.map((c) => c.name),
    );
    // The tracker starts in 2021, where CAIT and our authors overlap it: a strike or protest of the same
    // company within three days is one event; the kept note gains the tracker's links and credit.
    // A CAIT record and a tracker row are one event only where their places meet (labor-place.ts).
    // One event the tracker records in two rows is one note first (same-event.ts).
    const rule = { withinDays: 3, sameKind: true, credit: LAT_CREDIT_SENTENCE };
    const own = mergeSameEvents(lat.notes, lat.facts, LAT_OWN);
    const intoAuthored = mergeLabor(notes, own.notes, rule, isAuthored);
    const samePlaceAs = (a: LaborAction, b: LaborAction) => samePlace(places.get(a.id), lat.places.get(b.id));
    const intoCait = mergeLabor(notes, intoAuthored.added, { ...rule, samePlace: samePlaceAs }, (n) => n.id.startsWith('cait-'));
    notes.push(...intoCait.added);
    const { notes: latNotes, places: _places, facts: _facts, ...rest } = lat;
    report.lat = {
      ...rest,
      sameEvent: own.merged,
      notes: intoCait.added.length,
      mergedIntoAuthored: intoAuthored.merged.length,
      mergedIntoCait: intoCait.merged.length,
      firstDate: latNotes.reduce((m, n) => (n.date < m ? n.date : m), latNotes[0]?.date ?? ''),
      lastDate: latNotes.reduce((m, n) => (n.date > m ? n.date : m), ''),
    };
  }

  // A CAIT day no reader checked is told to the month (cait-days.ts), once the merges have compared the days.
  for (const [i, n] of notes.entries()) {
    const shown = caitShownDates.get(n.id);
    if (n.kind !== 'labor' || shown === undefined || !report.cait) continue;
    notes[i] = { ...n, date: shown };
    report.cait.toTheMonth++;
    if (CAIT_NO_ONE_DAY.has(Number(recordId(n)))) report.cait.toTheMonthRead++;
  }

  // Imported sources: tracking parameters removed, non-canonical, content-farm and mislabelled links dropped.
  report.sources = emptyCleaning();
  const cleanNotes = cleanSources(notes, report.sources);

  const dataset = parseDataset(
    {
      schemaVersion: SCHEMA_VERSION,
      version: authored.release.version,
      generatedAt: authored.release.generatedAt,
      agencies: [...authored.agencies].sort(byId),
      companies: companies.sort(byId),
      notes: cleanNotes.sort(byId),
    },
    'built dataset',
  );
  if (report.usaspending) {
    const reach = contractReach(dataset, centsByCompany, 25, hasEvidence);
    report.usaspending.shareShownOnASite = reach.share;
    report.usaspending.largestNotShown = reach.largestNotShown;
    if (reach.backing) {
      report.usaspending.shareShownOnABackedSite = reach.backing.share;
      report.usaspending.largestUnbacked = reach.backing.largestUnbacked;
      report.usaspending.sitesBacked = { backed: reach.backing.sites, withDomains: reach.backing.ofSites };
    }
  }
  report.companies = dataset.companies.length;
  report.companiesWithDomains = dataset.companies.filter((c) => c.domains.length).length;
  for (const n of dataset.notes) report.notes[n.kind]++;
  report.laborRelations = { employer: 0, client: 0, platform: 0, target: 0, unsaid: 0 };
  for (const n of dataset.notes) if (n.kind === 'labor') report.laborRelations[n.relation ?? 'unsaid']++;
  return { dataset, report };
}
