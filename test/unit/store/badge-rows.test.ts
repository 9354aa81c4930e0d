/**
 * The badge's facts written with each generation's domain rows (bundle.ts, `DomainEntry.badge`): the badge
 * the background sets from them must be the one the whole result gives, for every shipped domain, in every
 * language and under the user's choices of what counts.
 */
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { bundleSource, packBundle } from '../../helpers/bundle';
import { en, es } from '../../helpers/i18n';
import { inUseOf, lookupUrl } from '@/data/store/queries';
import { ensureBundled } from '@/data/store/install';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { CONTRACT_COLOR, DOT, LABOR_COLOR, RESOLD_COLOR, badgeOf, type BadgeState } from '@/data/model/badge';
import { ALL_TIES, TIE_KINDS, headlines, type BadgeFacts, type TiePrefs } from '@/data/model/headline';
import type { I18n } from '@/data/model/i18n';
import type { MatchResult } from '@/data/model/result';

const fresh = freshDb('badge-rows');

/** The badge as the README states its rule, from the popup's headline lines of the whole result. */
function badgeByRule(r: MatchResult, i18n: I18n, prefs: TiePrefs): BadgeState {
  const { lines } = headlines(r, i18n, prefs);
  const counted = lines.filter((l) => l.kind === 'contract' || l.kind === 'resold').length;
  return {
    text: counted ? String(counted) : lines.length ? DOT : '',
    color: lines.some((l) => l.kind === 'contract') ? CONTRACT_COLOR : lines.some((l) => l.kind === 'resold') ? RESOLD_COLOR : LABOR_COLOR,
    title: lines[0]
      ? i18n.t('badge.title', { company: r.company.name, line: lines[0].text })
      : i18n.t('badge.nothing', { company: r.company.name }),
  };
}

/** The choices a user can make that change a badge: each kind alone, none, and agencies muted. */
function choices(r: MatchResult, allAgencies: string[]): TiePrefs[] {
  const agencyOfLines = headlines(r, en).lines.flatMap((l) => l.agencyIds);
  const laborAgency = r.notes.flatMap((n) => (n.kind === 'labor' ? (n.agencies ?? []).map((a) => a.id) : []))[0];
  return [
    ALL_TIES,
    ...TIE_KINDS.map((k) => ({ kinds: [k], mutedAgencies: [] })),
    { kinds: ['labor', 'context'], mutedAgencies: [] },
    { kinds: [], mutedAgencies: [] },
    { kinds: TIE_KINDS, mutedAgencies: allAgencies },
    { kinds: TIE_KINDS, mutedAgencies: agencyOfLines.slice(0, 1) },
    { kinds: TIE_KINDS, mutedAgencies: agencyOfLines.slice(0, 3) },
    ...(laborAgency ? [{ kinds: TIE_KINDS, mutedAgencies: [laborAgency] }] : []),
  ];
}

describe("the badge's facts in the domain rows", () => {
  it(
    'give every shipped domain the badge its whole result gives, in English and Spanish, under every choice of what counts',
    { timeout: 180_000 },
    async () => {
      const dataset = readBundledDataset();
      const active = await ensureBundled(fresh.current, bundleSource(packBundle(dataset)));
      const inUse = await inUseOf(fresh.current, active.gen);
      const allAgencies = dataset.agencies.map((a) => a.id);
      let counted = 0;
      for (const [domain, entry] of inUse.domains) {
        expect(entry.badge, domain).toBeDefined();
        const facts = JSON.parse(entry.badge!) as BadgeFacts;
        const whole = (await lookupUrl(fresh.current, `https://www.${domain}/`, inUse))!;
        expect(whole.company.id, domain).toBe(entry.companyId);
        for (const prefs of choices(whole, allAgencies)) {
          for (const i18n of [en, es]) {
            expect(badgeOf(facts, { i18n, prefs }), `${domain} ${i18n.locale} ${JSON.stringify(prefs)}`).toEqual(
              badgeByRule(whole, i18n, prefs),
            );
          }
        }
        if (badgeOf(facts, { i18n: en, prefs: ALL_TIES }).text.match(/^\d+$/)) counted++;
      }
      expect(inUse.domains.size).toBeGreaterThan(400);
      // The comparison covers badges of every kind, not only empty ones.
      expect(counted).toBeGreaterThan(100);
    },
  );
});
