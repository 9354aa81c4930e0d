/** Plain-text rendering of a match, for terminals. */
import {
  contractTotals,
  countNotes,
  matchExplanation,
  noteTitle,
  ownerLabel,
  relationLabel,
  relatedLabel,
  showsSeveralCompanies,
  whoseLabel,
} from './describe';
import type { MatchResult } from './result';
import type { I18n } from './i18n';
import type { Source } from './schema';

/** The CLI's layout words (note(s), sources:) stay English; what a note says comes from `i18n`. */
export function matchToText(r: MatchResult, i18n: I18n): string {
  const { fmt } = i18n;
  const src = (s: Source) => `    - ${s.publisher}${s.date ? `, ${fmt.date(s.date)}` : ''}: ${s.title}\n      ${s.url}`;
  const out: string[] = [];
  out.push(`${matchExplanation(r, i18n)}`);
  out.push(`${countNotes(r.notes)} note(s)`);
  for (const o of r.via) out.push(`  ${ownerLabel(o, i18n).replace(/^,\s*/, '')}:`, ...o.sources.map(src));
  for (const x of r.related) out.push(`  ${relatedLabel(x, i18n)}${x.basis ? ` — ${x.basis}` : ''}:`, ...x.sources.map(src));
  const several = showsSeveralCompanies(r);
  for (const n of r.notes) {
    const whose = several ? ` [${whoseLabel(n, r, i18n)}]` : '';
    const by = n.kind === 'labor' ? relationLabel(n, i18n) : undefined;
    out.push('', `* ${noteTitle(n, i18n)}${by ? ` (${by.text})` : ''}${whose}`);
    if (n.kind === 'contract') {
      if (n.awards.length) {
        out.push(`  ${contractTotals(n, i18n)}`);
        for (const a of n.awards.slice(0, 5)) {
          out.push(`    ${a.awardId}  ${fmt.usd(a.amountUsd)}${a.reseller ? `  (bought through ${a.reseller})` : ''}  ${a.url}`);
        }
        if (n.awards.length > 5) out.push(`    … ${n.awards.length - 5} more award(s)`);
      }
      if (n.summary) out.push(`  ${n.summary}`);
    } else {
      out.push(`  ${n.summary}`);
    }
    out.push('  sources:', ...n.sources.map(src));
  }
  return out.join('\n');
}
