/**
 * How current the data in use is, for the popup's footer: its date and age, and a warning for each list
 * in use that has expired or has not synced for longer than it stays valid (a list that cannot be
 * reached, or is being frozen by whoever answers for it, must not look current).
 */

const DAY = 86_400_000;

export interface ListFreshnessInput {
  /** The list's URL (shown by its label). */
  url: string;
  /** From the manifest in use. */
  publishedAt?: string | undefined;
  expiresAt?: string | undefined;
  lastSuccessAt?: string | undefined;
}

export type FreshnessWarning =
  /** The manifest in use is past its expiry. */
  | { kind: 'expired'; url: string; expiredAt: string }
  /** No successful sync for longer than a manifest of this list stays valid. */
  | { kind: 'stale'; url: string; lastSuccessAt: string; validDays: number };

export interface Freshness {
  /** The newest date among the bundle and the lists in use (YYYY-MM-DD). */
  asOf: string;
  /** Whole days since `asOf`. */
  ageDays: number;
  warnings: FreshnessWarning[];
}

export function dataFreshness(generatedAt: string, lists: readonly ListFreshnessInput[], now: number): Freshness {
  const warnings: FreshnessWarning[] = [];
  for (const l of lists) {
    const expires = l.expiresAt ? Date.parse(l.expiresAt) : NaN;
    if (expires <= now) {
      warnings.push({ kind: 'expired', url: l.url, expiredAt: l.expiresAt! });
      continue;
    }
    const valid = expires - (l.publishedAt ? Date.parse(l.publishedAt) : NaN);
    const last = l.lastSuccessAt ? Date.parse(l.lastSuccessAt) : NaN;
    if (valid > 0 && now - last > valid)
      warnings.push({ kind: 'stale', url: l.url, lastSuccessAt: l.lastSuccessAt!, validDays: Math.round(valid / DAY) });
  }
  return {
    asOf: generatedAt.slice(0, 10),
    ageDays: Math.max(0, Math.floor((now - Date.parse(generatedAt)) / DAY)),
    warnings,
  };
}
