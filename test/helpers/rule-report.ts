import { expect } from 'vitest';

/** A rule's figures on labelled real cases, as the rule tests score them (each test decides what counts as right). */
export interface RuleScore {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  /** One line per labelled case the rule gets wrong, for the printout. */
  wrong: string[];
}

/** "name: precision 0.968, recall 1.000 (92 right, 3 wrong, 0 missed)"; "none given" where the rule gives nothing. */
export const scoreLine = (name: string, s: RuleScore) =>
  `${name}: precision ${s.tp + s.fp ? s.precision.toFixed(3) : 'none given'}, recall ${s.recall.toFixed(3)} (${s.tp} right, ${s.fp} wrong, ${s.fn} missed)`;

/**
 * Prints a rule's figures beside those before it, with the cases it gets wrong, and holds it to its goals: precision
 * 0.95 and recall 0.9 unless the test says why it aims otherwise.
 */
export function reportRule(
  title: string,
  before: [string, RuleScore],
  rule: [string, RuleScore],
  goals = { precision: 0.95, recall: 0.9 },
): void {
  console.log([title, scoreLine(...before), scoreLine(...rule), ...rule[1].wrong].join('\n'));
  expect(rule[1].precision).toBeGreaterThanOrEqual(goals.precision);
  expect(rule[1].recall).toBeGreaterThanOrEqual(goals.recall);
}
