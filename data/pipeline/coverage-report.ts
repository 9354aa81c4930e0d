/** The build's coverage report and bundle budget, as text for the terminal. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { CaitResult } from './cait';
import type { NlrbResult } from './nlrb';
import type { LatResult } from './lat';
import type { ContractsReport } from './contracts';
import type { SourceCleaning } from './sources';
import { formatUsd } from '../model/format';
import type { LaborRelation } from '../model/schema';

export interface CoverageReport {
  version: number;
  companies: number;
  companiesWithDomains: number;
  registryCompanies: number;
  contractorsByNameOnly: number;
  notes: { contract: number; labor: number; context: number };
  /** Labour notes by how the company stood to the people who acted (relation.ts); `unsaid`: none set. */
  laborRelations?: Record<LaborRelation | 'unsaid', number>;
  usaspending?: ContractsReport;
  cait?: Omit<CaitResult, 'notes' | 'places' | 'facts' | 'shownDates'> & {
    /** Notes told to the month, their day unconfirmed (cait-days.ts). */
    toTheMonth: number;
    /** Of those, the notes of actions whose reports a reader read and found no one day in (CAIT_NO_ONE_DAY). */
    toTheMonthRead: number;
    notes: number;
    mergedIntoAuthored: number;
    mergedIntoNlrb: number;
    /** CAIT's own records of one event merged into one note (same-event.ts). */
    sameEvent: { into: string; from: string }[];
  };
  nlrb?: Omit<NlrbResult, 'notes'> & { notes: number; mergedIntoAuthored: number };
  lat?: Omit<LatResult, 'notes' | 'places' | 'facts'> & {
    notes: number;
    /** The tracker's own rows of one event merged into one note (same-event.ts). */
    sameEvent: { into: string; from: string }[];
    mergedIntoAuthored: number;
    mergedIntoCait: number;
    firstDate: string;
    lastDate: string;
  };
  /** The source policy applied to imported sources. */
  sources?: SourceCleaning;
}

export interface BundleBudget {
  datasetBytes: number;
  /** The file the extension ships (its parts deflated, the header not). */
  datasetShippedBytes: number;
  /** That file in the extension's zip, which deflates it again (the header shrinks; the parts cannot). */
  datasetZippedBytes: number;
  /** Estimated: each file of .output/chrome-mv3 deflated, plus zip headers; absent before a build. */
  extensionZippedBytes?: number;
  limitBytes: number;
}

/** "2 notes merged into another note of the same event, …: lat-3606-costco into lat-3625-costco, …". */
const sameEventLine = (merged: readonly { into: string; from: string }[], what: string) =>
  `  ${merged.length} notes merged into another note of the same event (two ${what} of one event, same-event.ts)${merged.length ? `: ${merged.map((m) => `${m.from} into ${m.into}`).join(', ')}` : ''}`;

export const BUNDLE_LIMIT_BYTES = 3 * 1024 * 1024;

function zippedFolderSize(dir: string, replace: Map<string, number>): number {
  let total = 22; // end-of-central-directory record
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path).isDirectory()) walk(path, r);
      else total += (replace.get(r) ?? deflateRawSync(readFileSync(path), { level: 9 }).length) + 30 + 46 + 2 * r.length;
    }
  };
  walk(dir, '');
  return total;
}

/**
 * `shipped`: the file the extension ships (scripts/shipped-bundle.ts), named `shippedName` in the build; it
 * replaces whatever file of that name the last build left in .output/chrome-mv3.
 */
export function bundleBudget(text: string, shipped: Uint8Array, shippedName: string): BundleBudget {
  const datasetZippedBytes = deflateRawSync(shipped, { level: 9 }).length;
  let extensionZippedBytes: number | undefined;
  try {
    extensionZippedBytes = zippedFolderSize('.output/chrome-mv3', new Map([[shippedName, datasetZippedBytes]]));
  } catch {
    extensionZippedBytes = undefined;
  }
  return {
    datasetBytes: Buffer.byteLength(text),
    datasetShippedBytes: shipped.length,
    datasetZippedBytes,
    ...(extensionZippedBytes !== undefined ? { extensionZippedBytes } : {}),
    limitBytes: BUNDLE_LIMIT_BYTES,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

export function formatCoverage(r: CoverageReport, b: BundleBudget, buildMs: number): string {
  const out: string[] = [];
  out.push(
    `Dataset version ${r.version}: ${r.companies} companies (${r.registryCompanies} curated, ${r.contractorsByNameOnly} contractors known by name only), ${r.companiesWithDomains} with domains.`,
  );
  out.push(`Notes: ${r.notes.contract} contract ties, ${r.notes.labor} labor actions, ${r.notes.context} context notes.`);
  if (r.laborRelations) {
    const l = r.laborRelations;
    out.push(
      `  labor actions by whose workers acted: the company's own ${l.employer}, contract workers at it ${l.client}, gig workers on its platform ${l.platform}, others' directed at it ${l.target}${l.unsaid ? `, not said ${l.unsaid}` : ''}.`,
    );
  }
  if (r.usaspending) {
    const u = r.usaspending;
    out.push('', `USAspending (CBP + ICE), ${u.period}:`);
    out.push(
      `  ${u.rows} rows, ${u.duplicateRows} duplicate rows dropped, ${u.skippedRows} skipped; ${u.awards} awards (${u.renamedRecipientAwards} with a renamed recipient, counted once); ${formatUsd(u.obligatedUsd)} net obligated.`,
    );
    out.push(
      `  share of obligated dollars held by companies with domains: ${pct(u.shareWithOwnDomain)} (own domain), ${pct(u.shareWithDomainOrOwnerDomain)} (own or an owner's domain).`,
    );
    if (u.shareShownOnASite !== undefined) {
      out.push(
        `  share of obligated dollars whose ties show on a company's site (own domain, an owner's, or the site of the company a subsidiary or joint venture without one belongs to): ${pct(u.shareShownOnASite)}; goal ≥ 85%.`,
      );
    }
    if (u.shareShownOnABackedSite !== undefined && u.sitesBacked) {
      out.push(
        `  share shown on a site whose evidence the registry records (domainSources: a page on the site, or a filing or report naming it, says whose it is): ${pct(u.shareShownOnABackedSite)}; ${u.sitesBacked.backed} of ${u.sitesBacked.withDomains} curated companies with domains record it.`,
      );
    }
    if (u.largestUnbacked?.length) {
      out.push(`  ${Math.min(10, u.largestUnbacked.length)} sites showing the most dollars with no evidence recorded:`);
      for (const x of u.largestUnbacked.slice(0, 10)) out.push(`    ${formatUsd(x.obligatedUsd).padStart(16)}  ${x.domain}`);
    }
    out.push(`  share held by curated registry companies: ${pct(u.shareInRegistry)}.`);
    out.push(
      `  reseller orders: ${u.productMentions} transactions name a registry company's product, ${u.productCredits} of them buy it (reseller rule); ${u.resellerAwards} orders listed with their makers (never in the makers' own totals).`,
    );
    if (u.resellerByMaker.length)
      out.push(`  orders by maker: ${u.resellerByMaker.map((m) => `${m.companyId} ${m.orders} (${m.resellers} resellers)`).join(', ')}`);
    for (const s of u.skippedExamples.slice(0, 5)) out.push(`  skipped ${s.line}: ${s.reason}`);
    if (u.largestNotShown) {
      out.push(
        `  ${u.largestNotShown.length} largest recipients whose ties show on no site (no domain, no owner or joint-venture member with one):`,
      );
      for (const x of u.largestNotShown) out.push(`    ${formatUsd(x.obligatedUsd).padStart(16)}  ${x.name}`);
    }
    out.push('  25 largest recipients not in the registry:');
    for (const x of u.largestUnmapped) out.push(`    ${formatUsd(x.obligatedUsd).padStart(16)}  ${x.recipient}`);
  }
  if (r.cait) {
    const c = r.cait;
    out.push(
      '',
      `Collective Action in Tech: ${c.total} actions; ${c.mapped} attributed to registry companies (${c.byActor.workers} by workers, ${c.byActor.students} by students, ${c.byActor.public} by the public, ${c.byActor.unrecorded} whose actors CAIT does not record) → ${c.notes} notes, ${c.mergedIntoAuthored} merged into notes our authors wrote, ${c.mergedIntoNlrb} into NLRB elections; ${c.alsoNamed} companies shown as "also named"; ${c.attributedOutsideRegistry} attributed to a first-named company outside the registry; ${c.unmapped.length} name companies not in the registry, ${c.noCompany} name no company, ${c.noHttpsSource.length} without a usable https source (left out).`,
    );
    const names = new Map<string, number>();
    for (const u of c.unmapped) for (const n of u.companies) names.set(n, (names.get(n) ?? 0) + 1);
    const top = [...names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15);
    out.push(`  most frequent unmapped company names: ${top.map(([n, k]) => `${n} (${k})`).join(', ')}`);
    if (c.corrected.length || c.withdrawn.length)
      out.push(`  after audits (audit-fixes.ts): ${c.corrected.length} actions corrected, ${c.withdrawn.length} withdrawn`);
    out.push(sameEventLine(c.sameEvent, 'records'));
    out.push(`  ${c.contracted} notes of workers another company employed (contractors, delivery partners), told as such (contracted.ts)`);
    out.push(
      `  ${c.toTheMonth} notes dated to the month, CAIT's day unconfirmed (cait-days.ts): ${c.toTheMonthRead} of actions whose reports a reader read and found no one day in (CAIT_NO_ONE_DAY), ${c.toTheMonth - c.toTheMonthRead} of actions no reader has read`,
    );
    out.push(`  ${c.countsUnchecked.length} actions' head counts left out: CAIT's count, which no reader has checked (cait-days.ts)`);
    out.push(
      `  ${c.placesToCountry.length} actions' places told by country: CAIT's city or region, which no reader has checked (places.ts)`,
    );
    out.push(
      `  ${c.typesToWorkers.length} actions' worker types told in part or as "workers": CAIT's types, which no reader has checked (cait-types.ts)`,
    );
  }
  if (r.nlrb) {
    const n = r.nlrb;
    out.push(
      '',
      `NLRB: ${n.rows} records read; ${n.matchedTallies} of registry companies → ${n.elections} elections (${n.casesInSeveralFiles} cases in two files, counted once), ${n.notes} notes, ${n.mergedIntoAuthored} merged into authored notes; ${n.skippedCount} records of registry companies skipped. Places: ${n.places.in} in the unit's city (its description names it alone), ${n.places.several} at several sites, ${n.places.listed} given as the file's listing of the case.`,
    );
    for (const f of n.files) out.push(`  ${f.file}: ${f.layout}, ${f.rows} rows, ${f.matched} of registry companies, ${f.cases} cases`);
    for (const s of n.skipped.slice(0, 5)) out.push(`  skipped ${s.line}: ${s.reason}`);
  }
  if (r.lat) {
    const l = r.lat;
    out.push(
      '',
      `Labor Action Tracker (Kallas, Iyer & Friedman), ${l.firstDate} to ${l.lastDate}: ${l.rows} actions; ${l.matchedActions} name a registry company → ${l.notes} notes, ${l.mergedIntoAuthored} merged into authored notes, ${l.mergedIntoCait} into CAIT notes; employers: ${l.matchedEmployers} names matched, ${l.unmatchedEmployers} not (${l.noEmployer} actions name none); ${l.droppedLinks} report links left out (not canonical https).`,
    );
    out.push(`  most frequent unmatched employers: ${l.topUnmatched.map((u) => `${u.employer} (${u.actions})`).join(', ')}`);
    if (l.namedAfterDash.length)
      out.push(
        `  "<unit> - <company>" employers not matched (review for aliases): ${l.namedAfterDash
          .slice(0, 15)
          .map((u) => `${u.employer} (${u.actions})`)
          .join(', ')}`,
      );
    if (l.units.length)
      out.push(
        `  "<unit> - <company>" employers read (lat-units.ts), actions attributed of actions naming them: ${l.units
          .map((u) => `${u.employer} (${u.kind}, ${u.attributed} of ${u.actions})`)
          .join(', ')}`,
      );
    for (const s of l.skipped.slice(0, 5)) out.push(`  skipped ${s.line}: ${s.reason}`);
    if (l.corrected.length || l.withdrawn.length)
      out.push(`  after audits (audit-fixes.ts): ${l.corrected.length} actions corrected, ${l.withdrawn.length} withdrawn`);
    out.push(sameEventLine(l.sameEvent, 'rows'));
    out.push(`  ${l.contracted} notes of workers another company employed (contractors, delivery partners), told as such (contracted.ts)`);
  }
  if (r.sources) {
    const d = Object.entries(r.sources.dropped).map(([rule, n]) => `${n} ${rule}`);
    out.push(
      '',
      `Source policy: every curated source passes; imported sources (after the importers' own link cleaning, source-url.ts): ${r.sources.cleaned} cleaned of tracking parameters, ${d.length ? `dropped ${d.join(', ')}` : 'none dropped'}; ${r.sources.notesDropped.length} notes left without a source (dropped).`,
    );
    for (const e of r.sources.examples.slice(0, 5)) out.push(`  dropped ${e}`);
  }
  out.push('', 'Bundle budget:');
  out.push(
    `  dataset.json ${kb(b.datasetBytes)}; shipped with its parts deflated: ${kb(b.datasetShippedBytes)} (${kb(b.datasetZippedBytes)} in the zip)`,
  );
  out.push(
    b.extensionZippedBytes !== undefined
      ? `  zipped Chrome extension (estimated from .output/chrome-mv3): ${kb(b.extensionZippedBytes)} of ${kb(b.limitBytes)}`
      : '  zipped Chrome extension: run `npm run build` first to estimate it',
  );
  out.push(`  build time: ${Math.round(buildMs)} ms`);
  return out.join('\n');
}
