/**
 * Builds the bundled dataset: the curated registry and authored notes, merged with what the importers
 * derive from public data (USAspending contracts, Collective Action in Tech, NLRB elections). Validated
 * by the schema before anything is written. Deterministic: the same inputs give the same records in the
 * same order, with no clock or randomness involved.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseDataset,
  SCHEMA_VERSION,
  type Award,
  type Company,
  type ContractTie,
  type Dataset,
  type LaborAction,
  type Note,
  type Source,
} from '../model/schema';
import { normalizeName, slugify } from '../model/names';
import { NameIndex } from './name-index';
import type { CoverageReport } from './coverage-report';

export type { CoverageReport };
import { ownershipChain } from '../model/result';
import { formatUsd } from '../model/format';
import { readAuthored } from './authored';
import { UsaspendingAggregator, awardDescription, usaspendingAwardUrl, type AwardAgg } from './usaspending';
import { importCait } from './cait';
import { importNlrb } from './nlrb';
import { cleanSources, emptyCleaning, enforceAuthoredSources } from './sources';
import { contractReach } from './reach';

export interface Inputs {
  usaspending: string[];
  cait?: string;
  nlrb?: string;
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
  const nlrb = csvs('nlrb')[0];
  return {
    usaspending: csvs('usaspending'),
    ...(existsSync(cait) ? { cait } : {}),
    ...(nlrb ? { nlrb } : {}),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => cmp(a.id, b.id);

const usd = (cents: number) => Math.round(cents) / 100;

function contractSummary(company: string, agency: string, own: AwardAgg[], resold: AwardAgg[]): string {
  const parts: string[] = [];
  if (own.length) {
    const cents = own.reduce((s, a) => s + a.cents, 0);
    const first = own.reduce((m, a) => (a.first < m ? a.first : m), own[0]!.first);
    const last = own.reduce((m, a) => (a.last > m ? a.last : m), own[0]!.last);
    parts.push(
      `USAspending lists ${own.length} ${agency} contract award${own.length === 1 ? '' : 's'} to ${company} with actions from ${first} to ${last}, ${formatUsd(usd(cents))} obligated in all (net of de-obligations).`,
    );
  }
  if (resold.length) {
    const resellers = [...new Set(resold.map((a) => a.recipient))].sort(cmp);
    parts.push(
      `${resold.length} ${agency} award${resold.length === 1 ? '' : 's'} to other contractors (${resellers.slice(0, 3).join(', ')}${resellers.length > 3 ? ' and others' : ''}) name ${company} products in the order.`,
    );
  }
  return parts.join(' ');
}

export async function buildDataset(opts: BuildOptions): Promise<BuildResult> {
  const authored = readAuthored(opts.sourcesDir);
  // Our own sources must pass the source policy as written (see data/model/source-policy.ts).
  enforceAuthoredSources(authored.companies, authored.notes);
  const registry = authored.companies;
  const names = new NameIndex(registry);
  const byCompanyId = new Map(registry.map((c) => [c.id, c]));
  const agencyByAcronym = new Map(authored.agencies.map((a) => [a.acronym.toUpperCase(), a]));
  const notes: Note[] = [...authored.notes];
  const companies: Company[] = [...registry];
  const report: CoverageReport = {
    version: authored.release.version,
    companies: 0,
    companiesWithDomains: 0,
    registryCompanies: registry.length,
    contractorsByNameOnly: 0,
    notes: { contract: 0, labor: 0, context: 0 },
  };

  let centsByCompany: Map<string, number> | undefined;
  if (opts.inputs && opts.inputs.usaspending.length) {
    const keywords = registry.flatMap((c) => (c.keywords ?? []).map((keyword) => ({ companyId: c.id, keyword })));
    const agg = new UsaspendingAggregator(keywords);
    for (const file of opts.inputs.usaspending) await agg.addFile(file);

    // Recipients the registry does not know still become companies, by name, so every contractor can be
    // found. Spellings that differ only in case or punctuation are one company; its most used spelling
    // names it.
    const unknown = new Map<string, { spellings: Map<string, number>; id?: string }>();
    for (const a of agg.awards.values()) {
      if (names.byLegalName(a.recipient)) continue;
      const key = normalizeName(a.recipient);
      const u = unknown.get(key) ?? { spellings: new Map<string, number>() };
      u.spellings.set(a.recipient, (u.spellings.get(a.recipient) ?? 0) + 1);
      unknown.set(key, u);
    }
    const taken = new Set(registry.map((c) => c.id));
    for (const key of [...unknown.keys()].sort(cmp)) {
      const u = unknown.get(key)!;
      const spellings = [...u.spellings.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0])).map(([s]) => s);
      let id = slugify(spellings[0]!);
      for (let i = 2; taken.has(id); i++) id = `${slugify(spellings[0]!)}-${i}`;
      taken.add(id);
      u.id = id;
      const company: Company = { id, name: spellings[0]!, aliases: spellings.slice(1), domains: [] };
      companies.push(company);
      byCompanyId.set(id, company);
      report.contractorsByNameOnly++;
    }
    const companyOf = (recipient: string): Company =>
      names.byLegalName(recipient) ?? byCompanyId.get(unknown.get(normalizeName(recipient))!.id!)!;

    // Awards into ties: one per company and agency. A keyword hit adds the award to the product's maker,
    // marked as bought through the reseller that holds it, unless the maker (or an owner) is the holder.
    const ties = new Map<string, { company: Company; agencyId: string; own: AwardAgg[]; resold: AwardAgg[] }>();
    const tie = (company: Company, agencyId: string) => {
      const key = `${company.id}\u0000${agencyId}`;
      let t = ties.get(key);
      if (!t) ties.set(key, (t = { company, agencyId, own: [], resold: [] }));
      return t;
    };
    const skippedAgencies = new Map<string, number>();
    let resellerAwards = 0;
    for (const a of agg.awards.values()) {
      const agency = agencyByAcronym.get(a.agency.toUpperCase());
      if (!agency) {
        skippedAgencies.set(a.agency, (skippedAgencies.get(a.agency) ?? 0) + 1);
        continue;
      }
      const holder = companyOf(a.recipient);
      tie(holder, agency.id).own.push(a);
      if (a.keywordCompanies) {
        const holderChain = new Set(ownershipChain(holder, (id) => byCompanyId.get(id)).map((c) => c.id));
        for (const maker of [...a.keywordCompanies].sort(cmp)) {
          if (holderChain.has(maker)) continue;
          tie(byCompanyId.get(maker)!, agency.id).resold.push(a);
          resellerAwards++;
        }
      }
    }
    for (const [name, count] of skippedAgencies) {
      agg.stats.skippedCount += count;
      agg.stats.skipped.push({ line: `(${count} awards)`, reason: `agency "${name}" is not in data/dataset/sources/agencies.json` });
    }

    const authoredTies = new Map(
      authored.notes.flatMap((n) => (n.kind === 'contract' ? [[`${n.companyId}\u0000${n.agencyId}`, n] as const] : [])),
    );
    const toAward = (a: AwardAgg, reseller?: string): Award => {
      const description = awardDescription(a);
      return {
        awardId: a.piid,
        amountUsd: usd(a.cents),
        startDate: a.first,
        endDate: a.last,
        ...(description ? { description } : {}),
        ...(reseller ? { reseller } : {}),
        url: usaspendingAwardUrl(a.generatedId),
      };
    };
    const pipelineTies: ContractTie[] = [];
    for (const t of [...ties.values()].sort((x, y) => cmp(x.company.id, y.company.id) || cmp(x.agencyId, y.agencyId))) {
      const agency = authored.agencies.find((a) => a.id === t.agencyId)!;
      const holderName = (a: AwardAgg) => companyOf(a.recipient).name;
      const awards = [...t.own.map((a) => toAward(a)), ...t.resold.map((a) => toAward(a, holderName(a)))].sort(
        (x, y) => y.amountUsd - x.amountUsd || cmp(x.url, y.url),
      );
      // The award records themselves are the sources: the three largest, linked to their public pages.
      const sources: Source[] = awards.slice(0, 3).map((a) => ({
        url: a.url,
        publisher: 'USAspending.gov',
        title: `Contract award ${a.awardId} (${agency.acronym})${a.reseller ? `, bought through ${a.reseller}` : ''}`,
        ...(a.endDate ? { date: a.endDate } : {}),
      }));
      const summary = contractSummary(t.company.name, agency.acronym, t.own, t.resold);
      const existing = authoredTies.get(`${t.company.id}\u0000${t.agencyId}`);
      if (existing) {
        // Our authors' summary and sources first; the public award records added to them.
        const merged: ContractTie = {
          ...existing,
          summary: [existing.summary, summary].filter(Boolean).join(' '),
          awards,
          sources: [...existing.sources, ...sources.filter((s) => !existing.sources.some((e) => e.url === s.url))],
        };
        notes[notes.indexOf(existing)] = merged;
      } else {
        pipelineTies.push({
          id: `${t.company.id}-${t.agencyId}`,
          kind: 'contract',
          companyId: t.company.id,
          agencyId: t.agencyId,
          summary,
          awards,
          sources,
        });
      }
    }
    notes.push(...pipelineTies);

    // Coverage: net dollars per company, and whether users can reach its ties through a domain.
    const byCompanyCents = new Map<string, number>();
    centsByCompany = byCompanyCents;
    for (const a of agg.awards.values()) {
      if (!agencyByAcronym.has(a.agency.toUpperCase())) continue;
      const c = companyOf(a.recipient);
      byCompanyCents.set(c.id, (byCompanyCents.get(c.id) ?? 0) + a.cents);
    }
    let all = 0;
    let own = 0;
    let reach = 0;
    let inRegistry = 0;
    for (const [id, cents] of byCompanyCents) {
      all += cents;
      const c = byCompanyId.get(id)!;
      if (c.domains.length) own += cents;
      if (ownershipChain(c, (x) => byCompanyId.get(x)).some((x) => x.domains.length)) reach += cents;
      if (names.byLegalName(c.name)) inRegistry += cents;
    }
    const unmapped = [...unknown.values()]
      .map((u) => ({ recipient: byCompanyId.get(u.id!)!.name, obligatedUsd: usd(byCompanyCents.get(u.id!) ?? 0) }))
      .sort((x, y) => y.obligatedUsd - x.obligatedUsd || cmp(x.recipient, y.recipient))
      .slice(0, 25);
    const share = (x: number) => (all ? Math.round((x / all) * 10000) / 10000 : 0);
    report.usaspending = {
      rows: agg.stats.rows,
      duplicateRows: agg.stats.duplicates,
      skippedRows: agg.stats.skippedCount,
      skippedExamples: agg.stats.skipped,
      awards: agg.stats.awards,
      obligatedUsd: usd(all),
      shareWithOwnDomain: share(own),
      shareWithDomainOrOwnerDomain: share(reach),
      shareInRegistry: share(inRegistry),
      resellerAwards,
      largestUnmapped: unmapped,
    };
  }

  if (opts.inputs?.cait) {
    const cait = await importCait(opts.inputs.cait, (n) => names.byBrand(n));
    // An action our authors already wrote up (same company, within a week) is not listed twice: the
    // CAIT record's sources and tags join the authored note instead.
    const near = (a: string, b: string) => Math.abs(Date.parse(a.padEnd(10, '-01')) - Date.parse(b.padEnd(10, '-01'))) <= 7 * 86_400_000;
    const fresh: LaborAction[] = [];
    for (const n of cait.notes) {
      const i = notes.findIndex(
        (m) => m.kind === 'labor' && !m.id.startsWith('cait-') && m.companyId === n.companyId && near(m.date, n.date),
      );
      const twin = notes[i] as LaborAction | undefined;
      if (!twin) {
        fresh.push(n);
        continue;
      }
      const extra = n.sources.filter((s) => !twin.sources.some((t) => t.url === s.url));
      const tags = [...new Set([...(twin.tags ?? []), ...(n.tags ?? [])])].sort();
      notes[i] = { ...twin, sources: [...twin.sources, ...extra], ...(tags.length ? { tags } : {}) };
    }
    notes.push(...fresh);
    const { notes: caitNotes, ...rest } = cait;
    report.cait = { ...rest, notes: fresh.length, mergedIntoAuthored: caitNotes.length - fresh.length };
  }

  if (opts.inputs?.nlrb) {
    const nlrb = await importNlrb(opts.inputs.nlrb, (n) => names.byLegalName(n));
    notes.push(...nlrb.notes);
    const { notes: nlrbNotes, ...rest } = nlrb;
    report.nlrb = { ...rest, notes: nlrbNotes.length };
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
  if (report.usaspending && centsByCompany) {
    const reach = contractReach(dataset, centsByCompany);
    report.usaspending.shareShownOnASite = reach.share;
    report.usaspending.largestNotShown = reach.largestNotShown;
  }
  report.companies = dataset.companies.length;
  report.companiesWithDomains = dataset.companies.filter((c) => c.domains.length).length;
  for (const n of dataset.notes) report.notes[n.kind]++;
  return { dataset, report };
}
