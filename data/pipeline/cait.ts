/**
 * Collective Action in Tech importer. Actions are mapped to registry companies by name; kind, date,
 * participants, tags and source URLs are carried over; the summary is written by this code from those
 * structured fields (never from CAIT's description text). Actions whose company cannot be mapped are
 * reported, not guessed.
 */
import { z } from 'zod';
import { readJsonArray } from './input';
import { formatIssues, type LaborAction, type LaborActionKind, type Source } from '../model/schema';

const CaitAction = z.object({
  id: z.number().int(),
  date: z.string().regex(/^\d{4}\/\d{2}\/\d{2}$/),
  sources: z.array(z.string()).nullable(),
  actions: z.array(z.string()).nullable(),
  struggles: z.array(z.string()).nullable().optional(),
  employment_types: z.array(z.string()).nullable().optional(),
  online: z.boolean().nullable().optional(),
  locations: z.array(z.string()).nullable().optional(),
  companies: z.array(z.string()).nullable(),
  workers: z.number().nullable().optional(),
  tags: z.array(z.string()).nullable().optional(),
});
export type CaitAction = z.infer<typeof CaitAction>;

export const CAIT_DATASET_URL = 'https://github.com/collective-action/tech';

/** CAIT's action words, most specific first: an action tagged both "protest" and "strike" is a strike. */
const KIND_ORDER: [string, LaborActionKind][] = [
  ['strike', 'strike'],
  ['union representation', 'union-election'],
  ['union drive', 'union-drive'],
  ['union contract', 'union-drive'],
  ['legal action', 'lawsuit'],
  ['open letter', 'open-letter'],
  ['resignation', 'resignation'],
  ['protest', 'protest'],
];

const KIND_WORDS: Record<LaborActionKind, string> = {
  'open-letter': 'An open letter',
  petition: 'A petition',
  walkout: 'A walkout',
  strike: 'A strike',
  protest: 'A protest',
  'union-election': 'A push for union representation',
  'union-drive': 'A union drive',
  lawsuit: 'Legal action',
  resignation: 'Resignations',
  other: 'A collective action',
};

const AGENCY_TAGS: Record<string, string> = { ice: 'ice', cbp: 'cbp' };

export function caitKind(actions: readonly string[] | null): LaborActionKind {
  const set = new Set((actions ?? []).map((a) => a.toLowerCase().trim()));
  for (const [word, kind] of KIND_ORDER) if (set.has(word)) return kind;
  return 'other';
}

/** "san francisco-california-usa" → "San Francisco, California, USA" */
function place(loc: string): string {
  return loc
    .split('-')
    .map((p) => (p.length <= 3 ? p.toUpperCase() : p.replace(/\b\w/g, (c) => c.toUpperCase())))
    .join(', ');
}

const words = (xs: readonly string[] | null | undefined) => (xs ?? []).map((x) => x.replace(/_/g, ' ').trim()).filter(Boolean);

function list(xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** The note's summary, composed from CAIT's structured fields only. */
export function caitSummary(a: CaitAction, companyName: string, kind: LaborActionKind): string {
  const who = words(a.employment_types).filter((w) => !/inhouse|in-house/.test(w));
  const by = who.length ? ` by ${list(who)}` : ' by workers';
  const count = a.workers && a.workers > 0 ? ` involving ${a.workers.toLocaleString('en-US')} people` : '';
  const where = (a.locations ?? []).length ? ` in ${list((a.locations ?? []).slice(0, 3).map(place))}` : '';
  const online = a.online ? ' (online)' : '';
  const issues = words(a.struggles);
  const tags = words(a.tags);
  const parts = [`${KIND_WORDS[kind]}${by} at ${companyName}${count}${where}${online}.`];
  if (issues.length) parts.push(`Issues: ${list(issues)}.`);
  if (tags.length) parts.push(`Topics: ${list(tags)}.`);
  parts.push('Recorded by Collective Action in Tech.');
  return parts.join(' ');
}

export interface CaitResult {
  notes: LaborAction[];
  total: number;
  mapped: number;
  unmapped: { id: number; companies: string[] }[];
  noCompany: number;
  noHttpsSource: number[];
  invalid: string[];
}

/**
 * Reads the actions and turns each (action, mapped company) pair into a labour note. `resolve` maps a
 * CAIT company name to a registry company, or undefined.
 */
export async function importCait(source: string, resolve: (name: string) => { id: string; name: string } | undefined): Promise<CaitResult> {
  const result: CaitResult = { notes: [], total: 0, mapped: 0, unmapped: [], noCompany: 0, noHttpsSource: [], invalid: [] };
  let index = 0;
  for await (const raw of readJsonArray(source)) {
    index++;
    result.total++;
    const parsed = CaitAction.safeParse(raw);
    if (!parsed.success) {
      result.invalid.push(`element ${index - 1}: ${formatIssues(raw, parsed.error, 3).join('; ')}`);
      continue;
    }
    const a = parsed.data;
    const names = (a.companies ?? []).map((c) => c.trim()).filter(Boolean);
    if (!names.length) {
      result.noCompany++;
      continue;
    }
    const companies = new Map<string, { id: string; name: string }>();
    const unknown: string[] = [];
    for (const n of names) {
      const c = resolve(n);
      if (c) companies.set(c.id, c);
      else unknown.push(n);
    }
    if (unknown.length) result.unmapped.push({ id: a.id, companies: unknown });
    if (!companies.size) continue;
    // Only https links are shown to users; an action with none is reported rather than upgraded by guess.
    const urls = [...new Set((a.sources ?? []).map((s) => s.trim()).filter((s) => /^https:\/\/[^\s/]+\.[^\s/]+/.test(s)))];
    if (!urls.length) {
      result.noHttpsSource.push(a.id);
      continue;
    }
    const date = a.date.replace(/\//g, '-');
    const sources: Source[] = [
      ...urls.slice(0, 5).map((url) => ({
        url,
        publisher: new URL(url).hostname.replace(/^www\./, ''),
        title: `Report cited by Collective Action in Tech (action ${a.id})`,
      })),
      { url: CAIT_DATASET_URL, publisher: 'Collective Action in Tech', title: `Collective Action in Tech dataset, action ${a.id}` },
    ];
    const kind = caitKind(a.actions);
    const agencyIds = [...new Set((a.tags ?? []).flatMap((t) => (AGENCY_TAGS[t] ? [AGENCY_TAGS[t]!] : [])))];
    result.mapped++;
    for (const c of [...companies.values()].sort((x, y) => x.id.localeCompare(y.id))) {
      result.notes.push({
        id: `cait-${a.id}-${c.id}`,
        kind: 'labor',
        companyId: c.id,
        date,
        action: kind,
        ...(a.workers && a.workers > 0 && Number.isInteger(a.workers) ? { participants: a.workers } : {}),
        ...(agencyIds.length ? { agencyIds } : {}),
        ...((a.tags ?? []).length ? { tags: [...new Set(a.tags)].sort() } : {}),
        summary: caitSummary(a, c.name, kind),
        sources,
      });
    }
  }
  return result;
}
