/**
 * What a match means in words, in the reader's language: note titles, contract totals, the one-line
 * explanation, the toolbar tooltip. Every function takes the `I18n` to write with (data/model/i18n.ts).
 */
import type { Agency } from './schema';
import type { ContractView, LaborView, MatchResult, NoteView, Owner, Related } from './result';
import type { I18n, MessageKey } from './i18n';

type ActionKey = Extract<MessageKey, `action.${string}`>;

/** Message keys for each labor action kind (message names allow no dashes). */
export const ACTION_KEYS: Record<LaborView['action'], ActionKey> = {
  'open-letter': 'action.openLetter',
  petition: 'action.petition',
  walkout: 'action.walkout',
  strike: 'action.strike',
  protest: 'action.protest',
  'union-election': 'action.unionElection',
  'union-drive': 'action.unionDrive',
  lawsuit: 'action.lawsuit',
  resignation: 'action.resignation',
  other: 'action.other',
};

type Election = NonNullable<LaborView['election']>;

/**
 * A labour action's kind in words, its message key: a vote on removing the union (a decertification petition's
 * election) is named so, wherever the action is named — a note's title, its headline line, the report page.
 */
export const laborActionKey = (n: { action: LaborView['action']; election?: Pick<Election, 'decertification'> | undefined }): ActionKey =>
  n.election?.decertification ? 'action.decertification' : ACTION_KEYS[n.action];

/**
 * A tally in words: "7 for, 9 against", "… of 23 eligible", "7 for, 9 against, 7 challenged" where challenged
 * ballots could change the outcome, "1601 challenged, none counted" where no ballot was counted.
 */
export function electionVotes(e: Election, { t, fmt }: I18n, eligible = false): string {
  const n = fmt.number;
  if (e.challenged && e.votesFor + e.votesAgainst === 0) return t('labor.electionNoneCounted', { challenged: n(e.challenged) });
  if (e.challenged) return t('labor.electionChallenged', { for: n(e.votesFor), against: n(e.votesAgainst), challenged: n(e.challenged) });
  return eligible && e.eligibleVoters !== undefined
    ? t('labor.electionEligible', { for: n(e.votesFor), against: n(e.votesAgainst), eligible: n(e.eligibleVoters) })
    : t('labor.election', { for: n(e.votesFor), against: n(e.votesAgainst) });
}

/**
 * How a vote ended: for a union election, whether the union was certified; for a decertification vote, whether
 * the union was kept, voted out or replaced by another — "not certified" there read as workers failing to form a
 * union, when they had voted out the one they had (Comcast's lines on comcast.com, 2026-12-01).
 */
export function electionOutcome(e: Pick<Election, 'certified' | 'decertification'>, { t }: I18n): string {
  if (e.decertification === 'kept') return t('labor.decertKept');
  if (e.decertification === 'removed') return t('labor.decertRemoved');
  if (e.decertification === 'replaced') return t('labor.decertReplaced');
  if (e.decertification === 'undecided') return t('labor.decertUndecided');
  return e.certified ? t('labor.certified') : t('labor.notCertified');
}

/** "U.S. Customs and Border Protection (CBP)"; agency names stay as the data has them. */
export function agencyLabel(a: Agency, i18n: I18n): string {
  return i18n.t('result.agency', { name: a.name, acronym: a.acronym });
}

/** The people who acted when they were not the company's own workers: what a note's label and line say. */
export type OthersRelation = Exclude<NonNullable<LaborView['laborRelation']>, 'employer'>;

/** The relation a view names: every one but the company's own workers' (and none when the record says none). */
export const othersRelation = (r: LaborView['laborRelation']): OthersRelation | undefined => (r && r !== 'employer' ? r : undefined);

const RELATION_KEYS = {
  client: ['labor.relation.client', 'labor.relationHint.client'],
  platform: ['labor.relation.platform', 'labor.relationHint.platform'],
  target: ['labor.relation.target', 'labor.relationHint.target'],
} as const;

/**
 * A labour note's short label when the people who acted were not the company's own workers ("Contract workers",
 * "Gig workers on its platform", "Not its employees") and what it means, for its tooltip; none for its own workers'.
 */
export function relationLabel(n: Pick<LaborView, 'laborRelation'>, { t }: I18n): { text: string; hint: string } | undefined {
  const r = othersRelation(n.laborRelation);
  if (!r) return undefined;
  const [text, hint] = RELATION_KEYS[r];
  return { text: t(text), hint: t(hint) };
}

/** A count as precise as its sources (see the note's `participantsAre`). */
const PARTICIPANTS_KEYS = {
  exact: 'labor.titleWithParticipants',
  'more-than': 'labor.titleWithParticipantsMoreThan',
  about: 'labor.titleWithParticipantsAbout',
} as const;

/** A note's heading: "Contracts with …", "Open letter · 25 Jun 2018 · 650 participants", or an authored title. */
export function noteTitle(n: NoteView, i18n: I18n): string {
  const { t, fmt } = i18n;
  if (n.kind === 'contract') return t('result.contractsWith', { agency: agencyLabel(n.agency, i18n) });
  if (n.kind === 'context') return n.title;
  // Students' and the public's actions are shown as theirs, not as the company's workers'.
  const kind = t(laborActionKey(n));
  const action =
    n.actor === 'students' ? t('labor.byStudents', { action: kind }) : n.actor === 'public' ? t('labor.byPublic', { action: kind }) : kind;
  // A day known only as its first report's is said as such: "Open letter · reported 30 May 2018".
  const date = n.dateIs === 'reported' ? t('labor.reportedOn', { date: fmt.date(n.date) }) : fmt.date(n.date);
  return n.participants
    ? t(PARTICIPANTS_KEYS[n.participantsAre ?? 'exact'], { action, date, count: n.participants })
    : t('labor.title', { action, date });
}

/**
 * The exact figures of one tie, for its details: "$1,234,567 obligated in 12 awards, 3 Feb 2021 – 9 Sep
 * 2025; 4 orders through Carahsoft, Dell name iPads, MacBook ($880,000 for the whole orders, which may
 * include other items)". A negative net is written as money withdrawn, never "$-7,678"; resold totals stay apart from the
 * company's own. Empty when the tie has no awards.
 */
export function contractTotals(c: ContractView, i18n: I18n): string {
  const { t, fmt } = i18n;
  const direct = c.awards.filter((a) => !a.reseller);
  const resold = c.awards.length - direct.length;
  const parts: string[] = [];
  if (direct.length) {
    const count = direct.length;
    const text =
      c.totalUsd > 0
        ? t('contract.obligated', { amount: fmt.usd(c.totalUsd), count })
        : c.totalUsd < 0
          ? t('contract.withdrawn', { amount: fmt.usd(-c.totalUsd), count })
          : t('contract.netZero', { count });
    parts.push(c.firstDate ? t('contract.span', { text, span: fmt.dateRange(c.firstDate, c.lastDate) }) : text);
  }
  if (resold) {
    // "4 orders through Carahsoft, Dell name iPads, MacBook": who sold it and what the orders name.
    const names = (xs: string[]) => {
      const unique = [...new Set(xs)];
      return unique.length > 3 ? [...unique.slice(0, 3), t('contract.resoldOthers')].join(', ') : unique.join(', ');
    };
    const orders = c.awards.filter((a) => a.reseller);
    const resellers = names(orders.map((a) => a.reseller!));
    const products = names(orders.flatMap((a) => a.products ?? [])) || t('contract.itsProducts');
    parts.push(
      c.resoldUsd > 0
        ? t('contract.resold', { count: resold, amount: fmt.usd(c.resoldUsd), resellers, products })
        : t('contract.resoldNoNet', { count: resold, resellers, products }),
    );
  }
  return parts.join(t('contract.partsJoin'));
}

/** One award's net: "$12,345", or "$7,678 withdrawn" for a de-obligation. */
export function awardAmount(amountUsd: number, { t, fmt }: I18n): string {
  return amountUsd < 0 ? t('contract.awardWithdrawn', { amount: fmt.usd(-amountUsd) }) : fmt.usd(amountUsd);
}

/** Contract ties count once per agency (a parent and its subsidiary both serving CBP is one tie). */
export function countNotes(notes: readonly NoteView[]): number {
  const agencies = new Set<string>();
  let others = 0;
  for (const n of notes) {
    if (n.kind === 'contract') agencies.add(n.agency.id);
    else others++;
  }
  return agencies.size + others;
}

const LINK_KEYS = { owner: 'common.ownedBy', foundation: 'common.foundationOf', pac: 'common.pacOf' } as const;
const CHAIN_KEYS = { owner: 'result.ownedByChain', foundation: 'result.foundationOfChain', pac: 'result.pacOfChain' } as const;
const RELATED_KEYS = {
  subsidiary: 'result.related.subsidiary',
  'joint-venture': 'result.related.jointVenture',
  member: 'result.related.member',
} as const;

const since = (asOf: string | undefined, i18n: I18n) => (asOf ? i18n.t('common.since', { date: i18n.fmt.date(asOf) }) : '');

/** ", owned by Broadcom (since Nov 2023)", ", foundation of Walmart": one link of the chain. */
export function ownerLabel(o: Pick<Owner, 'name' | 'relation' | 'asOf'>, i18n: I18n): string {
  return i18n.t(LINK_KEYS[o.relation], { owner: o.name }) + since(o.asOf, i18n);
}

/**
 * "owned by Salesforce", "foundation of Walmart", "owned by Acme Chat, owned by Acme": the chain as a phrase
 * after a company's name (screening tables, the board report, the check CLI). Each link says what it is: a
 * foundation is never written as "owned by".
 */
export function ownershipPhrase(via: readonly Pick<Owner, 'name' | 'relation' | 'asOf'>[], i18n: I18n): string {
  return via
    .map((o) => ownerLabel(o, i18n))
    .join('')
    .replace(/^,\s*/, '');
}

/** "Owned by Acme Chat, owned by Acme": the chain on its own (a company picked by name). */
export function ownershipLine(r: Pick<MatchResult, 'via'>, i18n: I18n): string {
  const [first, ...rest] = r.via;
  if (!first) return '';
  return (
    i18n.t(CHAIN_KEYS[first.relation], { owner: first.name }) + since(first.asOf, i18n) + rest.map((o) => ownerLabel(o, i18n)).join('')
  );
}

/** "slack.com → Slack, owned by Salesforce"; "walmart.org → Walmart Foundation, foundation of Walmart" */
export function matchExplanation(r: MatchResult, i18n: I18n): string {
  return i18n.t('result.matchExplanation', { domain: r.domain, company: r.company.name }) + r.via.map((o) => ownerLabel(o, i18n)).join('');
}

/**
 * How a related company is tied to the result: "BCCG A Joint Venture: joint venture including Caddell
 * Construction", "PAE: owned by Amentum", "Caddell Construction: member of the joint venture BCCG …".
 */
export function relatedLabel(x: Pick<Related, 'name' | 'kind' | 'through' | 'asOf'>, i18n: I18n): string {
  return i18n.t(RELATED_KEYS[x.kind], { name: x.name, through: x.through.name }) + since(x.asOf, i18n);
}

/** Whose note this is: the company's name, with how it is tied when it is a related company. */
export function whoseLabel(n: Pick<NoteView, 'company' | 'relation'>, r: Pick<MatchResult, 'related'>, i18n: I18n): string {
  if (n.relation === 'self' || n.relation === 'owner' || n.relation === 'sponsor') return n.company.name;
  const x = r.related.find((y) => y.id === n.company.id);
  return x ? relatedLabel(x, i18n) : n.company.name;
}

/** Whether a result shows notes of more than one company (then each note says whose it is). */
export function showsSeveralCompanies(r: Pick<MatchResult, 'via' | 'related'>): boolean {
  return r.via.length > 0 || r.related.length > 0;
}
