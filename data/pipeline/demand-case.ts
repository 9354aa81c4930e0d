/**
 * The case of a Labor Action Tracker demand inside a sentence ("Demands: pay, job security and …"). The tracker
 * writes each demand as a heading ("Job Security", "End to Anti-Union Retaliation"), so its first word (and, in a
 * phrase whose every word is capitalised, every word) is lowered — but not a proper name: "Amazon must not expand
 * …", "FedEx must stop stalling …", "California Supreme Court must rule …", "Alabama" read "amazon", "fedex",
 * "california" and "alabama" (open item of the labour sweeps, 2026-12-01), and a law's name ("Pass the PRO Act",
 * "Against One Big Beautiful Bill") read as common words.
 *
 * Which words are names is decided from the inputs, not guessed word by word: a U.S. state's name, or a registry
 * company whose everyday name is one word ("Amazon", "Kroger", "FedEx") that the tracker's own prose (its demands
 * and notes) never writes in lower case. Measured on every distinct demand in the tracker (2026-12-01: 47 of them
 * change, all read right; test/unit/pipeline/demand-case.test.ts).
 */
import { US_STATE_NAMES } from './nlrb-place';

const SMALL = /^(to|of|and|the|for|a|an|in|on|at|with|from|or)$/i;
const ACRONYM = /^[A-Z0-9$][A-Z0-9$&.-]*[A-Z0-9]$/;
/** A company's legal form, which a one-word everyday name may carry ("Kroger Co."). */
const LEGAL_FORM = /^(inc|llc|corp|corporation|company|co|ltd|lp|l\.p|group|holdings)\.?$/i;

/** The words of a text, without links or the punctuation around them. */
const wordsOf = (t: string): string[] =>
  t
    .replace(/https?:\S+/g, ' ')
    .split(/[\s;,()/"“”]+/)
    .map((w) => w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9+]+$/g, ''))
    .filter(Boolean);

/**
 * The lower-case words taken for names: the states' names, and each registry company's one-word everyday name
 * (`companyNames`; a parenthesis and a legal form aside) that `prose` (the tracker's demands and notes) never
 * writes in lower case.
 */
export function properWords(prose: Iterable<string>, companyNames: Iterable<string>): Set<string> {
  const lower = new Set<string>();
  for (const t of prose) for (const w of wordsOf(t)) if (/^[a-z]/.test(w)) lower.add(w);
  const proper = new Set<string>();
  for (const s of US_STATE_NAMES) proper.add(s.toLowerCase());
  for (const name of companyNames) {
    const ws = wordsOf(name.replace(/\(.*\)/, '')).filter((w) => !LEGAL_FORM.test(w));
    const [w] = ws;
    if (ws.length === 1 && w && /^[A-Z][a-z]+$/.test(w) && !lower.has(w.toLowerCase())) proper.add(w.toLowerCase());
  }
  return proper;
}

/**
 * A demand as a phrase inside a sentence: "Job Security" → "job security", "End to Anti-Union Retaliation" → "end
 * to anti-union retaliation", "End ICE raids" → "end ICE raids", "Reinstatement of four Brooklyn College adjuncts" →
 * first word only. Kept as written: acronyms ("ICE", "LGBTQ+"), bill numbers ("Pass H 1099/S 666"), words with a
 * capital inside ("FedEx"), the `proper` words (properWords), and a capitalised phrase that names a law ("… Act",
 * "… Bill", "… Ordinance") or holds a proper word, but for its first word and its small words.
 */
export function demandPhrase(t: string, proper: ReadonlySet<string> = new Set()): string {
  const words = t.replace(/\s+/g, ' ').trim().split(' ');
  const titled = words.every((w) => SMALL.test(w) || ACRONYM.test(w) || /^[A-Z0-9]/.test(w));
  // A bill number keeps its case: "Pass H 1099/S 666" → "pass H 1099/S 666" (audit 2026-12-02 #14).
  const bill = (w: string, i: number) => /\d/.test(w) || (/^[B-HJ-Z]$/.test(w) && /^\d/.test(words[i + 1] ?? ''));
  const name = (w: string) =>
    /[a-z][A-Z]/.test(w) ||
    /^[A-Z]{2,}\+$/.test(w) ||
    proper.has(
      w
        .replace(/['’]s$/, '')
        .replace(/[^A-Za-z]+$/, '')
        .toLowerCase(),
    );
  const law = titled && /^(Act|Bill|Ordinance)$/.test(words[words.length - 1] ?? '');
  const keepTitle = titled && (law || words.some(name));
  return words
    .map((w, i) =>
      (ACRONYM.test(w) && w.length > 1) || bill(w, i) || name(w) || (keepTitle && i > 0 && !SMALL.test(w))
        ? w
        : titled || i === 0
          ? w.toLowerCase()
          : w,
    )
    .join(' ');
}
