/**
 * What screening one input says: the company it matched, how, with what confidence, and a review state.
 * Data, not words: the lookup page, the export and the CLI put it in words (data/model/screen-words.ts).
 */
import type { AffiliateKind } from './name-rules';

export type { AffiliateKind };

/** A company as the screening index needs it. */
export interface ScreenCompany {
  id: string;
  name: string;
  aliases: readonly string[];
  domains: readonly string[];
  /** Its owner (or, for a foundation or PAC, its sponsor), when the dataset lists one. */
  parent?: { id: string; kind?: string | undefined } | undefined;
}

export type MatchHow = 'domain' | 'email' | 'profile' | 'name' | 'alias' | 'short-form' | 'name-prefix' | 'similar-name';

export const MATCH_HOWS: readonly MatchHow[] = ['domain', 'email', 'profile', 'name', 'alias', 'short-form', 'name-prefix', 'similar-name'];

export interface ScreenMatch {
  companyId: string;
  how: MatchHow;
  /** The domain, name or alias of the company that matched. */
  matched: string;
  /** 1 for an exact domain or legal name; lower the more the input had to be read to meet it. */
  confidence: number;
  /** The input names this company's foundation, PAC or employee giving ("The Walmart Foundation"). */
  affiliate?: AffiliateKind;
  /** The part of the input that matched, when the input names more than one organisation ("Ralphs - Kroger"). */
  part?: string;
}

/**
 * `match`: the confidence is at least REVIEW_BELOW and no other company is close; `review`: a lower
 * confidence, or several companies fit about as well (then `match` is null and `candidates` lists them);
 * `none`: no company.
 */
export type ReviewState = 'match' | 'review' | 'none';
export const REVIEW_STATES: readonly ReviewState[] = ['match', 'review', 'none'];

/**
 * The documented threshold: a match below 0.9 asks for a person's look. Exact names and domains (1),
 * names without their legal form (0.95), a multi-word name followed by words that describe a unit (0.9),
 * a foundation of an exactly named company (0.95) and an everyday short name that is the company's own web
 * address ("Dell", dell.com: 0.9) pass; a one-word brand with descriptors (0.85), a short name that only
 * starts its web address ("Lockheed": 0.8), a typo (at most 0.9 × the share of letters right), a name read
 * from a profile page's address (0.85) and a page on a profile site that names no one (0.8) are suggestions.
 */
export const REVIEW_BELOW = 0.9;
/** Two companies within this much confidence of each other are "close together": a person decides. */
export const CLOSE = 0.05;

export type ScreenNote =
  | { kind: 'empty' }
  /** The cell was cut to `length` characters before matching. */
  | { kind: 'cut'; length: number }
  | { kind: 'free-mail'; domain: string }
  | { kind: 'not-email' }
  | { kind: 'not-site' }
  /** Several companies fit: their names. */
  | { kind: 'several'; names: string[] };

export interface ScreenOutcome {
  match: ScreenMatch | null;
  state: ReviewState;
  /** When several companies fit about as well: each of them (state `review`, no single match). */
  candidates?: ScreenMatch[];
  notes?: ScreenNote[];
}

export const NO_MATCH: ScreenOutcome = { match: null, state: 'none' };

/** The outcome of a set of candidates from one rule: one clear company, a close call, or nothing. */
export function decide(cands: readonly ScreenMatch[], nameOf: (id: string) => string): ScreenOutcome {
  if (!cands.length) return NO_MATCH;
  const best = new Map<string, ScreenMatch>();
  for (const c of cands) {
    const had = best.get(c.companyId);
    if (!had || c.confidence > had.confidence) best.set(c.companyId, c);
  }
  const sorted = [...best.values()].sort((a, b) => b.confidence - a.confidence || a.companyId.localeCompare(b.companyId));
  const top = sorted[0]!;
  const close = sorted.filter((c) => c.confidence >= top.confidence - CLOSE);
  if (close.length > 1) {
    return { match: null, state: 'review', candidates: close, notes: [{ kind: 'several', names: close.map((c) => nameOf(c.companyId)) }] };
  }
  return { match: top, state: top.confidence >= REVIEW_BELOW ? 'match' : 'review' };
}

/** Adds notes to an outcome (a cut cell, a free-mail address seen in another column). */
export function withNotes(o: ScreenOutcome, notes: readonly ScreenNote[]): ScreenOutcome {
  if (!notes.length) return o;
  return { ...o, notes: [...notes, ...(o.notes ?? [])] };
}

const round = (x: number) => Math.round(x * 100) / 100;
export const scaled = (m: ScreenMatch, factor: number, extra: Partial<ScreenMatch> = {}): ScreenMatch => ({
  ...m,
  ...extra,
  confidence: round(m.confidence * factor),
});
