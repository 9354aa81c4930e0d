/** What a match means in words: totals, the one-line explanation, the toolbar tooltip. */
import { type ContractView, type MatchResult, type NoteView } from './result';
import { formatDateRange, formatUsd } from './format';

/**
 * "$1.2M obligated in 12 awards, 3 Feb 2021 – 9 Sep 2025; 4 more awards through resellers that name its
 * products ($880K, which may cover other products too)". Empty when the tie has no award records.
 */
export function contractTotals(t: ContractView): string {
  const direct = t.awards.filter((a) => !a.reseller);
  const resold = t.awards.length - direct.length;
  const parts: string[] = [];
  if (direct.length) {
    const span = t.firstDate ? `, ${formatDateRange(t.firstDate, t.lastDate)}` : '';
    parts.push(`${formatUsd(t.totalUsd)} obligated in ${direct.length} award${direct.length === 1 ? '' : 's'}${span}`);
  }
  if (resold) {
    parts.push(
      `${resold} ${direct.length ? 'more ' : ''}award${resold === 1 ? '' : 's'} to other contractors whose orders name its products (${formatUsd(t.resoldUsd)}, which may cover other work too)`,
    );
  }
  return parts.join('; ');
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

/** "slack.com → Slack, owned by Salesforce" */
export function matchExplanation(r: MatchResult): string {
  const owners = r.via.length ? `, owned by ${r.via.map((o) => o.name).join(', owned by ')}` : '';
  return `${r.domain} → ${r.company.name}${owners}`;
}

/** The toolbar tooltip: "Salesforce — contracts with CBP; 2 labor actions". */
export function summarize(r: MatchResult): string {
  const agencies = [...new Set(r.notes.flatMap((n) => (n.kind === 'contract' ? [n.agency.acronym] : [])))];
  const labor = r.notes.filter((n) => n.kind === 'labor').length;
  const context = r.notes.filter((n) => n.kind === 'context').length;
  const parts: string[] = [];
  if (agencies.length) parts.push(`contracts with ${agencies.join(', ')}`);
  if (labor) parts.push(`${labor} labor action${labor === 1 ? '' : 's'}`);
  if (context) parts.push(`${context} context note${context === 1 ? '' : 's'}`);
  const owner = r.via.length ? ` (owned by ${r.via[r.via.length - 1]!.name})` : '';
  return `${r.company.name}${owner} — ${parts.length ? parts.join('; ') : 'no notes'}`;
}
