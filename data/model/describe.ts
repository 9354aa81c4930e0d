/**
 * What a match means in words, in the reader's language: note titles, contract totals, the one-line
 * explanation, the toolbar tooltip. Every function takes the `I18n` to write with (data/model/i18n.ts).
 */
import type { Agency } from './schema';
import type { ContractView, LaborView, MatchResult, NoteView } from './result';
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

/** "U.S. Customs and Border Protection (CBP)"; agency names stay as the data has them. */
export function agencyLabel(a: Agency, i18n: I18n): string {
  return i18n.t('result.agency', { name: a.name, acronym: a.acronym });
}

/** A note's heading: "Contracts with …", "Open letter · 25 Jun 2018 · 650 participants", or an authored title. */
export function noteTitle(n: NoteView, i18n: I18n): string {
  const { t, fmt } = i18n;
  if (n.kind === 'contract') return t('result.contractsWith', { agency: agencyLabel(n.agency, i18n) });
  if (n.kind === 'context') return n.title;
  const action = t(ACTION_KEYS[n.action]);
  const date = fmt.date(n.date);
  return n.participants ? t('labor.titleWithParticipants', { action, date, count: n.participants }) : t('labor.title', { action, date });
}

/**
 * "$1,200 obligated in 12 awards, 3 Feb 2021 – 9 Sep 2025; 4 more awards to other contractors whose
 * orders name its products ($880, which may cover other work too)". Empty when the tie has no awards.
 */
export function contractTotals(c: ContractView, i18n: I18n): string {
  const { t, fmt } = i18n;
  const direct = c.awards.filter((a) => !a.reseller);
  const resold = c.awards.length - direct.length;
  const parts: string[] = [];
  if (direct.length) {
    const text = t('contract.obligated', { amount: fmt.usd(c.totalUsd), count: direct.length });
    parts.push(c.firstDate ? t('contract.span', { text, span: fmt.dateRange(c.firstDate, c.lastDate) }) : text);
  }
  if (resold) {
    parts.push(t(direct.length ? 'contract.resoldMore' : 'contract.resold', { count: resold, amount: fmt.usd(c.resoldUsd) }));
  }
  return parts.join(t('contract.partsJoin'));
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

/** ", owned by Acme Chat, owned by Acme" */
function ownedBy(r: MatchResult, i18n: I18n): string {
  return r.via.map((o) => i18n.t('common.ownedBy', { owner: o.name })).join('');
}

/** "slack.com → Slack, owned by Salesforce" */
export function matchExplanation(r: MatchResult, i18n: I18n): string {
  return i18n.t('result.matchExplanation', { domain: r.domain, company: r.company.name }) + ownedBy(r, i18n);
}

/** The toolbar tooltip: "Salesforce — contracts with CBP; 2 labor actions". */
export function summarize(r: MatchResult, i18n: I18n): string {
  const { t } = i18n;
  const agencies = [...new Set(r.notes.flatMap((n) => (n.kind === 'contract' ? [n.agency.acronym] : [])))];
  const labor = r.notes.filter((n) => n.kind === 'labor').length;
  const context = r.notes.filter((n) => n.kind === 'context').length;
  const parts: string[] = [];
  if (agencies.length) parts.push(t('badge.contractsWith', { agencies: agencies.join(', ') }));
  if (labor) parts.push(t('badge.laborActions', { count: labor }));
  if (context) parts.push(t('badge.contextNotes', { count: context }));
  const text = parts.length ? parts.join(t('badge.partsJoin')) : t('badge.noNotes');
  const owner = r.via[r.via.length - 1];
  return owner
    ? t('badge.summaryOwned', { company: r.company.name, owner: owner.name, parts: text })
    : t('badge.summary', { company: r.company.name, parts: text });
}
