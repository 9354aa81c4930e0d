/**
 * Collective Action in Tech importer. Each action becomes a note for the companies whose workers took
 * part, decided from CAIT's structured fields (its description is read only for how precisely it gives
 * the head count, see caitCount, and never copied):
 *   - who acted: `employment_types` names the workers; "na" (not recorded) is students when tagged
 *     "students", the public when tagged as outsiders' action ("academics", "industry solidarity", the
 *     Tech Workers Coalition), and otherwise left unsaid (many such records are employees' actions);
 *     "open source community" alone is the public;
 *   - which named companies: with contract workers, every named company (the client and the contractor,
 *     whose workers both took part); with gig workers in a strike or union action, every named platform
 *     (its drivers or couriers log off too) — but not in a protest, where the platforms named may be only
 *     the targets or funders of what is protested; otherwise CAIT cannot tell a participant from a
 *     target, so only the first-named company gets the note and the others are "also named";
 *   - a company named beside its registry owner gets the note; the owner shows it through ownership;
 *   - an action tagged "academics" without in-house workers is told as by "… and academics", directed at
 *     the company (researchers outside it took part); an action that is several companies' notes says
 *     so in each, and that its count is for the whole action;
 *   - single records an audit found misdescribed are corrected or withdrawn (audit-fixes.ts);
 *   - one kind per action by KIND_PRIORITY, a "strike" read against its record, a "union representation"
 *     an election only where the description tells a vote (cait-kind.ts);
 *   - the `ice` and `cbp` topics an agency tie only where the description names the agency (cait-agency.ts);
 *   - placeholders ("na", empty) never reach the text; places are normalised (places.ts).
 * Student and public actions are kept for the first-named company, labelled as what they were.
 * Measured on hand-labelled actions: test/unit/pipeline/cait-quality.test.ts. (Over 300 lines: who acted, which
 * companies, the text and the import are one record's reading; the count and the kind are in cait-count.ts
 * and cait-kind.ts.)
 */
import { nameOn } from './former-names';
import { z } from 'zod';
import { readJsonArray } from './input';
import { formatIssues, type LaborAction, type LaborActionKind, type LaborActor, type Source } from '../model/schema';
import { formatList, formatNumber } from '../model/format';
import { caitFinerThanCountry, caitFoldRegions, caitPlace, caitPlaceChecked, caitToldLocations, caitWorldwide } from './places';
import { caitEventPlace, type EventPlace } from './labor-place';
import { sourceFromUrl } from './source-url';
import { CAIT_FIXES, CAIT_REPORTED_DATES, type ImportFix } from './audit-fixes';
import { caitCount } from './cait-count';
import { caitKind, KIND_PRIORITY, KIND_WORDS } from './cait-kind';
import type { EventFacts, OwnSource } from './same-event';
import { caitCountChecked, caitShownDate } from './cait-days';
import { caitToldTypes, caitTypesChecked } from './cait-types';
import { caitAgencies } from './cait-agency';
import { amazonDrivers, caitContracted } from './contracted';
import { caitRelation } from './relation';

export { caitCount, caitWorkers } from './cait-count';
export { caitKind, caitTellsVote, caitTellsWalkout, KIND_PRIORITY } from './cait-kind';
export { caitAgencies } from './cait-agency';

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
  /** Read only for how precisely it gives the head count (caitCount); never copied into a note. */
  description: z.string().nullable().optional(),
});
export type CaitAction = z.infer<typeof CaitAction>;

export const CAIT_DATASET_URL = 'https://github.com/collective-action/tech';

const caitDatasetTitle = (ids: readonly string[]) =>
  `Collective Action in Tech dataset, action${ids.length > 1 ? 's' : ''} ${formatList(ids)}`;

/** CAIT's own link, for merging its records of one event (same-event.ts): its title names every record. */
export const CAIT_OWN: OwnSource = { url: CAIT_DATASET_URL, title: caitDatasetTitle };

const clean = (xs: readonly string[] | null | undefined) =>
  [...new Set((xs ?? []).map((x) => x.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()))].filter((x) => x && x !== 'na');

/** The worker types a note may tell: CAIT's, less in-house and "other", which say nothing "at" the company does not. */
export const caitTypesGiven = (a: Pick<CaitAction, 'employment_types'>) =>
  clean(a.employment_types).filter((w) => !/inhouse|in-house|^other$/.test(w));

/**
 * CAIT's tags are lower-case keys; the ones that are names or acronyms are shown as a reader writes them
 * ("Topics: coronavirus, CWA and Black Lives Matter", not "cwa and blm"). The rest are plain words already.
 */
const TOPIC_WORDS: Readonly<Record<string, string>> = {
  ai: 'AI',
  blm: 'Black Lives Matter',
  cwa: 'CWA',
  ice: 'ICE',
  'it workers': 'IT workers',
  lgbtq: 'LGBTQ',
  mijente: 'Mijente',
  'muslim registry': 'Muslim registry',
  opeiu: 'OPEIU',
  seiu: 'SEIU',
  teamster: 'Teamsters',
  'temporary workers of america': 'Temporary Workers of America',
  trump: 'Trump',
  twc: 'Tech Workers Coalition',
  'unite here': 'UNITE HERE',
  washtech: 'WashTech',
};
export const caitTopic = (tag: string) => TOPIC_WORDS[tag] ?? tag;

/** Tags that mark an action by people from outside the company: researchers, industry-wide groups. */
const OUTSIDERS = new Set(['academics', 'industry solidarity', 'twc']);

/** Who acted, from `employment_types` and `tags`; undefined when CAIT does not record it. */
export function caitActor(a: Pick<CaitAction, 'employment_types' | 'tags'>): LaborActor | undefined {
  const types = clean(a.employment_types);
  const tags = clean(a.tags);
  if (!types.length) return tags.includes('students') ? 'students' : tags.some((t) => OUTSIDERS.has(t)) ? 'public' : undefined;
  if (types.every((t) => t === 'open source community')) return 'public';
  return 'workers';
}

export interface Attribution {
  actor: LaborActor | undefined;
  /** Positions in `companies` (after dropping empty names) whose notes these are. */
  attributed: number[];
  /** Positions named but not attributed. */
  alsoNamed: number[];
}

/** How one named company relates to another in the registry: the same company, or its owner. */
export type NameRelation = (name: string, other: string) => 'same' | 'owner' | undefined;

/**
 * Which named companies an action belongs to. A company named twice ("uber", "ubereats") counts once;
 * an owner named beside its company ("alphabet", "google") is left to show the note through ownership.
 */
export function caitAttribution(
  a: Pick<CaitAction, 'companies' | 'employment_types' | 'tags' | 'actions'>,
  relation: NameRelation = () => undefined,
): Attribution {
  const names = (a.companies ?? []).map((c) => c.trim()).filter(Boolean);
  const actor = caitActor(a);
  const all = names.map((_, i) => i);
  const types = clean(a.employment_types);
  const protest = clean(a.actions).includes('protest');
  const everyone = types.includes('contract workers') || (types.includes('gig workers') && !protest);
  const candidates = actor === 'workers' && everyone ? all : all.slice(0, 1);
  const attributed = candidates.filter(
    (i) =>
      !candidates.some(
        (j) => j !== i && ((j < i && relation(names[j]!, names[i]!) === 'same') || relation(names[i]!, names[j]!) === 'owner'),
      ),
  );
  return { actor, attributed, alsoNamed: all.filter((i) => !candidates.includes(i)) };
}

/**
 * Tagged "academics" without the company's own (in-house) workers: researchers and teachers outside the
 * company took part, so the note names them and says at whom the action was directed, never "at" it.
 */
const caitAcademics = (a: Pick<CaitAction, 'tags' | 'employment_types'>, actor: LaborActor | undefined) =>
  actor === 'workers' && clean(a.tags).includes('academics') && !clean(a.employment_types).some((t) => /inhouse|in-house/.test(t));

/** Whether the note says the action was "directed at" the company: others than its workers acted. */
const caitOutside = (a: Pick<CaitAction, 'tags' | 'employment_types'>, actor: LaborActor | undefined, fix: ImportFix | undefined) =>
  actor === 'students' || actor === 'public' || caitAcademics(a, actor) || !!fix?.outside;

/**
 * How many took part, as a note tells it: an audit's count (audit-fixes.ts: the reports', "more than N" or "about N"
 * where they give it so; null where they give none), else CAIT's, no more precisely than its record (caitCount). Only
 * an exact count is `exact` (a note's `participants`, and what the same-event merge compares). One definition for the
 * summary and the importer, which had each their own copy.
 */
export function caitNoteCount(
  a: Pick<CaitAction, 'workers' | 'description'>,
  fix: Pick<ImportFix, 'workers' | 'moreThan' | 'about'> | undefined,
): { exact?: number; phrase?: string } {
  if (fix?.workers === null) return {};
  if (!fix?.workers) return caitCount(a.workers, a.description);
  const inexact = fix.moreThan || fix.about;
  return {
    phrase: `${fix.moreThan ? 'more than ' : fix.about ? 'about ' : ''}${formatNumber(fix.workers)} people`,
    ...(inexact ? {} : { exact: fix.workers }),
  };
}

/**
 * The location slugs a note tells (before caitFoldRegions and caitPlace). An online action CAIT places only in "usa" is
 * told without a place: of the 23 such records read in the audits and sweeps, 14 had no place any report gives (labour
 * sweep 3, 2026-12-01). Leaving a place out is never false; an audit that confirms the USA says so in its fix's
 * locations. Any other place no reader checked is told by its country (places.ts caitToldLocations); the online test
 * reads CAIT's own places, as measured.
 */
export function caitNoteLocations(
  a: Pick<CaitAction, 'online' | 'locations'>,
  fix: ImportFix | undefined,
  placeChecked: boolean,
): string[] {
  const onlyUsaOnline =
    !!a.online && !fix?.locations && !!a.locations?.length && a.locations.every((l) => l.trim().toLowerCase() === 'usa');
  return onlyUsaOnline ? [] : caitToldLocations(a.locations ?? [], placeChecked);
}

/** How a CAIT note's summary is told beyond the record's own fields. */
export interface CaitSummaryOptions {
  /** Other companies whose workers took part: the count is for the whole action. */
  alsoAt?: readonly string[];
  /** An audit's correction of the record (audit-fixes.ts). */
  fix?: ImportFix;
  /** Whether a reader checked CAIT's places (places.ts) and worker types (cait-types.ts); unchecked ones are told coarser. */
  placeChecked?: boolean;
  typesChecked?: boolean;
  /** Our words for who acted where a rule sets them, not a correction (a platform's app-based workers, relation.ts). */
  who?: string;
  /**
   * The company at whose site the action was held, where it is another company's (audit-fixes.ts `site`): the note
   * is told there, and says its own company is one these workers serve.
   */
  site?: string;
}

/** The note's summary, composed from CAIT's structured fields only. */
export function caitSummary(
  a: CaitAction,
  companyName: string,
  kind: LaborActionKind,
  actor: LaborActor | undefined,
  alsoNamed: readonly string[],
  { alsoAt = [], fix, placeChecked = true, typesChecked = true, who: ruleWho, site }: CaitSummaryOptions = {},
): string {
  const academics = caitAcademics(a, actor);
  const saidWho = fix?.who ?? ruleWho;
  const who = saidWho
    ? ` by ${saidWho}`
    : actor === 'students'
      ? ' by students'
      : actor === 'public'
        ? ' by the public'
        : actor === undefined
          ? ''
          : (() => {
              const given = caitTypesGiven(a);
              // A type no reader checked is told only where CAIT is reliable for it (cait-types.ts); "workers" holds for any.
              const told = caitToldTypes(given, typesChecked);
              const types = (told.length || !given.length ? told : ['workers']).map((w) => w.replace(/^(white|blue) collar/, '$1-collar'));
              if (academics) types.push('academics');
              return types.length ? ` by ${formatList(types)}` : ' by workers';
            })();
  const outside = caitOutside(a, actor, fix);
  // A rally held at one client's headquarters for contract workers who serve several (audit-fixes.ts `site`) is told
  // where it was in every client's note, not "at eBay in Cupertino" (audit pass 41 #32, CAIT 47).
  const at = outside ? '' : ` at ${site ?? companyName}`;
  const target = outside ? ` directed at ${companyName}` : '';
  const w = caitNoteCount(a, fix);
  const count = w.phrase ? ` involving ${w.phrase}` : '';
  const places = [
    ...new Set(
      caitFoldRegions(caitNoteLocations(a, fix, placeChecked))
        .map(caitPlace)
        .filter((p): p is string => !!p),
    ),
  ];
  const where = places.length
    ? ` in ${formatList(places.slice(0, 3))}${places.length > 3 ? ' and elsewhere' : ''}`
    : caitWorldwide(a.locations)
      ? ', worldwide'
      : '';
  // An action held both in person and online (a walkout at the office joined by those working from home) says so:
  // "(online)" alone would tell the gathering as not held (audit-fixes.ts `online: 'also'`).
  const online = fix?.online === 'also' ? ' (in person and online)' : a.online ? ' (online)' : '';
  const issues = clean(a.struggles);
  const tags = clean(a.tags);
  // The schema has no kind for a union contract; its words say what it was (cait-kind.ts, audit pass 7 #21).
  const lead = kind === 'other' && clean(a.actions).includes('union contract') ? 'A union contract won' : KIND_WORDS[kind];
  // A phrase written to run on into a place ("… whom Microsoft said it could not verify,") ends here when there is none.
  const parts = [`${`${lead}${target}${who}${at}${count}${where}`.replace(/,$/, '')}${online}.`];
  if (site && !outside) parts.push(`These workers also serve ${companyName}.`);
  // One count for the whole action: where it also belongs to other companies, say so, so that the count
  // is not read as this company's alone (a contractor and its client, or several campuses).
  if (alsoAt.length) parts.push(`The action also involved ${formatList(alsoAt)}${count ? '; the count is for the whole action' : ''}.`);
  // CAIT counts the whole action: with other companies named, the count is not this company's workers
  // alone (1,000 delivery workers of six apps, 60,000 workers of four companies; audit 2026-12-02).
  if (alsoNamed.length)
    parts.push(`Also named: ${formatList(alsoNamed)}${count && !alsoAt.length ? '; the count is for the whole action' : ''}.`);
  if (issues.length) parts.push(`Issues: ${formatList(issues)}.`);
  if (tags.length) parts.push(`Topics: ${formatList(tags.map(caitTopic))}.`);
  // Workers of another employer (contracted.ts): the note is under the company CAIT names, and says so.
  if (fix?.contracted && !outside) parts.push(`Collective Action in Tech records the action under ${companyName}.`);
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
  /** Actions whose attributed company is not in the registry (others named may be). */
  attributedOutsideRegistry: number;
  byActor: Record<LaborActor | 'unrecorded', number>;
  /** Company names shown as "also named" instead of getting the note. */
  alsoNamed: number;
  /** Notes of workers another company employed, told as such (contracted.ts, audit-fixes.ts). */
  contracted: number;
  /** Actions left out after an audit found them misdescribed (audit-fixes.ts). */
  withdrawn: number[];
  /** Actions corrected after an audit (audit-fixes.ts). */
  corrected: number[];
  /** Where each note's action took place, by note id, for telling events apart when merging (labor-place.ts). */
  places: Map<string, EventPlace>;
  /** What each note's record says beyond the note, by note id, for telling CAIT's own records of one event (same-event.ts). */
  facts: Map<string, EventFacts>;
  /**
   * The date each note tells, by note id, where it is less precise than the day the note carries while merging
   * (cait-days.ts: a day no reader checked is told to the month). Applied after the merges, which compare days.
   */
  shownDates: Map<string, string>;
  /** Actions whose CAIT head count no reader checked, left out of their notes (cait-days.ts). */
  countsUnchecked: number[];
  /** Actions whose CAIT place no reader checked and that name a finer place than a country, told by country (places.ts). */
  placesToCountry: number[];
  /** Actions whose worker types no reader checked and that a note tells fewer of than CAIT gives (cait-types.ts). */
  typesToWorkers: number[];
}

export interface CaitCompany {
  id: string;
  name: string;
  parentId?: string;
}

/**
 * Reads the actions and turns each (action, attributed company) pair into a labour note. `resolve` maps
 * a CAIT company name to a registry company, or undefined.
 */
export async function importCait(source: string, resolve: (name: string) => CaitCompany | undefined): Promise<CaitResult> {
  const result: CaitResult = {
    notes: [],
    total: 0,
    mapped: 0,
    unmapped: [],
    noCompany: 0,
    noHttpsSource: [],
    invalid: [],
    attributedOutsideRegistry: 0,
    byActor: { workers: 0, students: 0, public: 0, unrecorded: 0 },
    alsoNamed: 0,
    contracted: 0,
    withdrawn: [],
    corrected: [],
    places: new Map(),
    facts: new Map(),
    shownDates: new Map(),
    countsUnchecked: [],
    placesToCountry: [],
    typesToWorkers: [],
  };
  const relation: NameRelation = (name, other) => {
    const a = resolve(name);
    const b = resolve(other);
    if (!a || !b) return undefined;
    return a.id === b.id ? 'same' : b.parentId === a.id ? 'owner' : undefined;
  };
  let index = 0;
  for await (const raw of readJsonArray(source)) {
    index++;
    result.total++;
    const parsed = CaitAction.safeParse(raw);
    if (!parsed.success) {
      result.invalid.push(`element ${index - 1}: ${formatIssues(raw, parsed.error, 3).join('; ')}`);
      continue;
    }
    const fix = CAIT_FIXES.get(parsed.data.id);
    // A corrected date, place or count replaces CAIT's before anything is composed from it.
    const a: CaitAction = {
      ...parsed.data,
      ...(fix?.date ? { date: fix.date.replace(/-/g, '/') } : {}),
      ...(fix?.locations ? { locations: [...fix.locations] } : {}),
      ...(fix?.workers !== undefined ? { workers: fix.workers } : {}),
      ...(fix?.tags ? { tags: [...fix.tags] } : {}),
      ...(fix?.issues ? { struggles: [...fix.issues] } : {}),
      ...(fix?.online === false ? { online: false } : {}),
    };
    if (fix?.withdraw) {
      result.withdrawn.push(a.id);
      continue;
    }
    if (fix) result.corrected.push(a.id);
    const names = (a.companies ?? []).map((c) => c.trim()).filter(Boolean);
    if (!names.length) {
      result.noCompany++;
      continue;
    }
    const unknown = names.filter((n) => !resolve(n));
    if (unknown.length) result.unmapped.push({ id: a.id, companies: unknown });
    // An audit that found only some named companies' workers took part names whose notes they are (audit-fixes.ts).
    const only = fix?.only;
    const ours = (i: number) => !!only?.includes(resolve(names[i]!)?.id ?? '');
    const ruled = caitAttribution(a, relation);
    const att = only
      ? { ...ruled, attributed: names.flatMap((_, i) => (ours(i) ? [i] : [])), alsoNamed: names.flatMap((_, i) => (ours(i) ? [] : [i])) }
      : ruled;
    const companies = new Map<string, CaitCompany>();
    for (const i of att.attributed) {
      const c = resolve(names[i]!);
      if (c) companies.set(c.id, c);
    }
    if (!companies.size) {
      if (names.some((n) => resolve(n))) result.attributedOutsideRegistry++;
      continue;
    }
    // Only https links are shown to users; an action with none is reported rather than upgraded by guess.
    const sources: Source[] = [];
    const addLink = (url: string, how?: string) => {
      const src = how
        ? sourceFromUrl(url, `Collective Action in Tech's action ${a.id}`, how)
        : sourceFromUrl(url, `Collective Action in Tech (action ${a.id})`);
      if (src && !sources.some((x) => x.url === src.url)) sources.push(src);
    };
    for (const s of a.sources ?? [])
      for (const url of s.split(/\s+/))
        // A link an audit found to be about another action (audit-fixes.ts `unlinks`) is left out.
        if (!fix?.unlinks?.includes(url)) addLink(url);
    // Links of another CAIT record of the same event, left out (audit-fixes.ts `links`): one event is one note. Added
    // before the check below: an audit's report stands where the record's only link was a scraped copy (unlinked).
    // Titled as found by our audit: CAIT gave them under another record, or not at all.
    for (const url of fix?.links ?? []) addLink(url, 'found by a Tieline audit of');
    if (!sources.length) {
      result.noHttpsSource.push(a.id);
      continue;
    }
    sources.splice(5);
    sources.push({
      url: CAIT_DATASET_URL,
      publisher: 'Collective Action in Tech',
      title: caitDatasetTitle([String(a.id)]),
    });
    const kind = fix?.action ?? caitKind(a.actions, [a.description ?? '', ...(a.sources ?? [])].join(' '), a.description);
    // An `ice` or `cbp` topic is an agency tie only where the description names the agency (cait-agency.ts).
    const agencyIds = caitAgencies(a.tags, a.description);
    const date = a.date.replace(/\//g, '-');
    // A company also named is named as it was on the day, like the note's own (former-names.ts).
    const alsoNamed = [
      ...new Set(
        att.alsoNamed
          .map((i) => resolve(names[i]!) ?? names[i]!.replace(/_/g, ' ').replace(/(^|\s)[a-z]/g, (c) => c.toUpperCase()))
          .filter((n) => typeof n === 'string' || ![...companies.values()].some((c) => c.id === n.id))
          .map((n) => (typeof n === 'string' ? n : nameOn(n, date))),
      ),
    ];
    result.alsoNamed += alsoNamed.length;
    result.mapped++;
    result.byActor[att.actor ?? 'unrecorded']++;
    const w = caitNoteCount(a, fix);
    // The note's own count: CAIT's, only where a reader checked it (cait-days.ts); the merge still reads CAIT's.
    const shownCount = caitCountChecked(a.id, fix) ? w : {};
    if (shownCount !== w && w.phrase) result.countsUnchecked.push(a.id);
    // The place only where a reader checked it, else its country (places.ts); the merges read the full places below.
    const placeChecked = caitPlaceChecked(a.id, fix);
    // CAIT's worker types only where a reader checked them, else the reliable ones (cait-types.ts).
    const typesChecked = caitTypesChecked(a.id, fix);
    const typesGiven = caitTypesGiven(a);
    if (!typesChecked && att.actor === 'workers' && caitToldTypes(typesGiven, false).length < typesGiven.length)
      result.typesToWorkers.push(a.id);
    if (!placeChecked && caitFinerThanCountry(a.locations ?? [])) result.placesToCountry.push(a.id);
    const tags = clean(a.tags).map((t) => t.replace(/ /g, '_'));
    const attributed = [...companies.values()].sort((x, y) => x.id.localeCompare(y.id));
    const contracted = caitContracted(a.description);
    // The company at whose site the action was held (audit-fixes.ts `site`): one of those the note is attributed to.
    const site = fix?.site === undefined ? undefined : attributed.find((o) => o.id === fix.site);
    if (fix?.site !== undefined && !site)
      throw new Error(`CAIT_FIXES ${a.id}: site names "${fix.site}", not a company the action is attributed to`);
    for (const c of attributed) {
      const atSite = site && site.id !== c.id ? site : undefined;
      const alsoAt = attributed.filter((o) => o.id !== c.id && o.id !== atSite?.id).map((o) => nameOn(o, date));
      // Who acted where the record itself shows another employer (contracted.ts); an audit's words come first.
      const ruleWho = contracted ?? (amazonDrivers(c.id, (a.sources ?? []).join(' ')) ? 'delivery drivers' : undefined);
      const said: ImportFix | undefined =
        ruleWho && !fix?.who && att.actor === 'workers' ? { ...(fix ?? { why: 'contracted.ts' }), who: ruleWho, contracted: true } : fix;
      if (said?.contracted) result.contracted++;
      result.places.set(`cait-${a.id}-${c.id}`, caitEventPlace(fix?.locations ?? a.locations));
      result.facts.set(`cait-${a.id}-${c.id}`, {
        sites: [...new Set((a.locations ?? []).map((l) => l.trim().toLowerCase()).filter(Boolean))],
        kinds: [
          kind,
          ...KIND_PRIORITY.filter(([word]) => (a.actions ?? []).some((x) => x.toLowerCase().trim() === word)).map(([, k]) => k),
        ],
        ...(w.exact ? { count: w.exact } : {}),
      });
      const shown = caitShownDate(a.id, date, fix, CAIT_REPORTED_DATES.has(a.id));
      if (shown !== date) result.shownDates.set(`cait-${a.id}-${c.id}`, shown);
      const relation = caitRelation(c.id, {
        actor: att.actor,
        types: clean(a.employment_types),
        outside: caitOutside(a, att.actor, said),
        contracted: !!said?.contracted,
        ...(fix ? { fix } : {}),
      });
      // Gig workers on its platform whose words would say only "workers at" it (their type left out, cait-types.ts)
      // are told as the tracker tells an app's (lat.ts): app-based workers, never its own (docs/labour-relations.md).
      const appBased =
        relation === 'platform' &&
        att.actor === 'workers' &&
        !said?.who &&
        !caitToldTypes(typesGiven, typesChecked).includes('gig workers');
      result.notes.push({
        id: `cait-${a.id}-${c.id}`,
        kind: 'labor',
        companyId: c.id,
        date,
        ...(CAIT_REPORTED_DATES.has(a.id) && !fix?.date ? { dateIs: 'reported' as const } : {}),
        action: kind,
        ...(att.actor ? { actor: att.actor } : {}),
        relation,
        ...(shownCount.exact ? { participants: shownCount.exact } : {}),
        ...(agencyIds.length ? { agencyIds } : {}),
        ...(tags.length ? { tags: [...new Set(tags)].sort() } : {}),
        ...(alsoNamed.length ? { alsoNamed } : {}),
        summary: caitSummary(shownCount === w ? a : { ...a, workers: null }, nameOn(c, date), kind, att.actor, alsoNamed, {
          alsoAt,
          ...(said ? { fix: said } : {}),
          placeChecked,
          typesChecked,
          ...(appBased ? { who: 'app-based workers' } : {}),
          ...(atSite ? { site: nameOn(atSite, date) } : {}),
        }),
        sources,
      });
    }
  }
  return result;
}
