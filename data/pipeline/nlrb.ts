/**
 * NLRB importer: union election tallies of registry companies, matched by the legal-name variants the
 * registry lists for NLRB case names. One note per case, from its latest tally (a rerun or runoff
 * supersedes the initial count). Streams the CSV; keeps only the matched cases.
 */
import { readCsv } from './input';
import type { LaborAction } from '../model/schema';

export const NLRB_COLUMNS = [
  'Case Number',
  'Case Name',
  'Unit City',
  'Unit State',
  'Tally Date',
  'Tally Type',
  'Num Eligible Voters',
  'Labor Organization 1 Name',
  'Votes For Labor Org1',
  'Votes For Labor Org2',
  'Votes For Labor Org3',
  'Votes Cast Against Labor Org',
  'Union To Certify',
  'Closed Reason',
] as const;

export const nlrbCaseUrl = (caseNumber: string) => `https://www.nlrb.gov/case/${encodeURIComponent(caseNumber)}`;

const TALLY_ORDER: Record<string, number> = { Initial: 0, Revised: 1, Rerun: 2, Runoff: 3 };
const CASE = /^\d{2}-R[CDM]-\d+$/;
/** Closed reasons that mean a union was certified ("Certific. of Representative" in the NLRB's file). */
const CERTIFIED = /^(Certific(\.|ation) of Representative|Amended Certification)/i;

interface Tally {
  caseNumber: string;
  caseName: string;
  companyId: string;
  companyName: string;
  city: string;
  state: string;
  date: string;
  type: string;
  eligible?: number;
  votesFor: number;
  votesAgainst: number;
  certified: boolean;
  union?: string;
}

const int = (s: string | undefined) => {
  const n = Number((s ?? '').trim());
  return (s ?? '').trim() !== '' && Number.isInteger(n) && n >= 0 ? n : undefined;
};

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

export function electionSummary(t: Tally): string {
  const where = [t.city && titleCase(t.city), t.state].filter(Boolean).join(', ');
  const of = t.eligible !== undefined ? ` of ${t.eligible} eligible` : '';
  const outcome = t.certified ? `the union${t.union ? ` (${t.union})` : ''} was certified` : 'no union was certified';
  return `Workers of ${t.companyName}${where ? ` in ${where}` : ''} voted in an NLRB election: ${t.votesFor} for and ${t.votesAgainst} against union representation${of}; ${outcome}.`;
}

export interface NlrbResult {
  notes: LaborAction[];
  rows: number;
  matchedTallies: number;
  elections: number;
  skipped: { line: string; reason: string }[];
}

export async function importNlrb(
  source: string,
  resolve: (caseName: string) => { id: string; name: string } | undefined,
): Promise<NlrbResult> {
  const latest = new Map<string, Tally>();
  const result: NlrbResult = { notes: [], rows: 0, matchedTallies: 0, elections: 0, skipped: [] };
  let line = 1;
  for await (const row of readCsv(source, NLRB_COLUMNS)) {
    line++;
    result.rows++;
    const caseName = row['Case Name']?.trim() ?? '';
    const company = caseName ? resolve(caseName) : undefined;
    if (!company) continue;
    const caseNumber = row['Case Number']?.trim() ?? '';
    const date = row['Tally Date']?.trim() ?? '';
    const votesFor = ['Votes For Labor Org1', 'Votes For Labor Org2', 'Votes For Labor Org3'].reduce((s, c) => s + (int(row[c]) ?? 0), 0);
    const votesAgainst = int(row['Votes Cast Against Labor Org']);
    if (!CASE.test(caseNumber) || !/^\d{4}-\d{2}-\d{2}$/.test(date) || votesAgainst === undefined) {
      if (result.skipped.length < 20) result.skipped.push({ line: `${source}:${line}`, reason: `incomplete tally for "${caseName}"` });
      continue;
    }
    result.matchedTallies++;
    const certify = row['Union To Certify']?.trim() ?? '';
    const eligible = int(row['Num Eligible Voters']);
    const tally: Tally = {
      caseNumber,
      caseName,
      companyId: company.id,
      companyName: company.name,
      city: row['Unit City']?.trim() ?? '',
      state: row['Unit State']?.trim() ?? '',
      date,
      type: row['Tally Type']?.trim() ?? '',
      ...(eligible !== undefined ? { eligible } : {}),
      votesFor,
      votesAgainst,
      // "Union To Certify" is filled in for lost elections too (486 of them in the 2017-2021 file); only a
      // certification of representative says the union won.
      certified: certify !== '' && CERTIFIED.test(row['Closed Reason']?.trim() ?? ''),
      ...(certify || row['Labor Organization 1 Name']?.trim() ? { union: certify || row['Labor Organization 1 Name']!.trim() } : {}),
    };
    const prev = latest.get(caseNumber);
    const later =
      !prev || tally.date > prev.date || (tally.date === prev.date && (TALLY_ORDER[tally.type] ?? 0) >= (TALLY_ORDER[prev.type] ?? 0));
    if (later) latest.set(caseNumber, tally);
  }
  for (const t of [...latest.values()].sort((a, b) => a.caseNumber.localeCompare(b.caseNumber))) {
    result.notes.push({
      id: `nlrb-${t.caseNumber.toLowerCase()}`,
      kind: 'labor',
      companyId: t.companyId,
      date: t.date,
      action: 'union-election',
      summary: electionSummary(t),
      election: {
        caseNumber: t.caseNumber,
        ...(t.city ? { city: titleCase(t.city) } : {}),
        ...(t.state ? { state: t.state } : {}),
        ...(t.eligible !== undefined ? { eligibleVoters: t.eligible } : {}),
        votesFor: t.votesFor,
        votesAgainst: t.votesAgainst,
        certified: t.certified,
        ...(t.union ? { union: t.union.slice(0, 300) } : {}),
      },
      sources: [
        {
          url: nlrbCaseUrl(t.caseNumber),
          publisher: 'National Labor Relations Board',
          title: `Case ${t.caseNumber}: ${t.caseName}`.slice(0, 400),
          date: t.date,
        },
      ],
    });
  }
  result.elections = result.notes.length;
  return result;
}
