/**
 * Which agencies a Collective Action in Tech action is over. CAIT's `ice` and `cbp` topics made every tagged
 * action an agency tie, at the head of the popup, though a record may carry the tag for another reason (the
 * Nimbus letter, CAIT 476; Wayfair's sale to a shelter contractor of the Office of Refugee Resettlement,
 * CAIT 151). A tag counts only where CAIT's own description names that agency. Measured on every tagged
 * record that becomes a note: test/fixtures/cait/cait-agency-labels.csv, cait-rules.test.ts.
 */

/** How a description names each agency: the acronym in capitals (not the word "ice"), or its full name. */
const NAMED: Record<string, RegExp> = {
  ice: /\bICE\b|Immigration and Customs Enforcement/,
  cbp: /\bCBP\b|Customs and Border Protection|Border Patrol/,
};

/** The agency ids (`ice`, `cbp`) of an action's tags that its description names, in tag order, once each. */
export function caitAgencies(tags: readonly string[] | null | undefined, description: string | null | undefined): string[] {
  const text = description ?? '';
  return [...new Set((tags ?? []).map((t) => t.trim().toLowerCase()).filter((t) => NAMED[t]?.test(text)))];
}
