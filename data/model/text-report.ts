/** Plain-text rendering of a match, for terminals. */
import { contractTotals, countNotes, matchExplanation } from './describe';
import type { MatchResult } from './result';
import { formatDate, formatUsd } from './format';
import type { Source } from './schema';

const src = (s: Source) => `    - ${s.publisher}${s.date ? `, ${formatDate(s.date)}` : ''}: ${s.title}\n      ${s.url}`;

export function matchToText(r: MatchResult): string {
  const out: string[] = [];
  out.push(`${matchExplanation(r)}`);
  out.push(`${countNotes(r.notes)} note(s)`);
  for (const o of r.via) out.push(`  ownership (${o.name}):`, ...o.sources.map(src));
  for (const n of r.notes) {
    const whose = r.via.length ? ` [${n.company.name}]` : '';
    out.push('', `* ${n.title}${whose}`);
    if (n.kind === 'contract') {
      if (n.awards.length) {
        out.push(`  ${contractTotals(n)}`);
        for (const a of n.awards.slice(0, 5)) {
          out.push(`    ${a.awardId}  ${formatUsd(a.amountUsd)}${a.reseller ? `  (bought through ${a.reseller})` : ''}  ${a.url}`);
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
