import { describe, expect, it } from 'vitest';
import { BadgeUpdater, CONTRACT_COLOR, DOT, LABOR_COLOR, RESOLD_COLOR, badgeFor, type BadgeContext } from '@/data/model/badge';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { ALL_TIES, badgeFacts, type BadgeFacts } from '@/data/model/headline';
import { parseDataset, type DatasetInput } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';
import { en, es } from '../../helpers/i18n';

/** The mini dataset, plus LaborCo's software resold to ICE through another contractor. */
function withResold(): DatasetInput {
  const d = miniDataset();
  d.notes.push({
    id: 'laborco-ice',
    kind: 'contract',
    companyId: 'laborco',
    agencyId: 'ice',
    awards: [
      {
        awardId: 'R1',
        amountUsd: 500,
        startDate: '2023-03-01',
        reseller: 'Big Reseller Inc',
        url: 'https://www.usaspending.gov/award/R1',
      },
    ],
    sources: [{ url: 'https://www.usaspending.gov/award/R1', publisher: 'USAspending.gov', title: 'Award R1' }],
  });
  return d;
}

const index = new DatasetIndex(parseDataset(withResold()));
const ctx: BadgeContext = { i18n: en, prefs: ALL_TIES };
const factsOf = (url: string): BadgeFacts | null => {
  const r = index.match(url);
  return r && badgeFacts(r);
};

/** The action API recorded per tab, as the toolbar would show it. */
function recorder() {
  const shown = new Map<number, { text?: string; color?: string; title?: string }>();
  const at = (tabId: number) => shown.get(tabId) ?? (shown.set(tabId, {}), shown.get(tabId)!);
  return {
    shown,
    api: {
      setBadgeText: ({ tabId, text }: { tabId: number; text: string }) => void (at(tabId).text = text),
      setBadgeBackgroundColor: ({ tabId, color }: { tabId: number; color: string }) => void (at(tabId).color = color),
      setTitle: ({ tabId, title }: { tabId: number; title: string }) => void (at(tabId).title = title),
    },
  };
}

describe('badge', () => {
  it('counts agencies bought from (contract and resold lines); its tooltip is the first headline line', () => {
    expect(badgeFor(index.match('acme.example'), ctx)).toEqual({
      text: '1',
      color: CONTRACT_COLOR,
      title: 'Acme — $80 in CBP contracts, FY2021–22',
    });
    // Acme Chat: its owner's CBP contracts and its own ICE tie, which has no amount in the data.
    expect(badgeFor(index.match('acmechat.example'), ctx)).toMatchObject({ text: '2', color: CONTRACT_COLOR });
    expect(badgeFor(index.match('laborco.example'), ctx)).toEqual({
      text: '1',
      color: RESOLD_COLOR,
      title: 'LaborCo — Products resold to ICE in 1 order, FY2023',
    });
  });

  it('shows a dot for labor or context only, nothing when nothing is on record or nothing matched', () => {
    const laborOnly = parseDataset(miniDataset());
    expect(badgeFor(new DatasetIndex(laborOnly).match('laborco.example'), ctx)).toMatchObject({ text: DOT, color: LABOR_COLOR });
    expect(badgeFor(index.match('quiet.example'), ctx)).toMatchObject({ text: '', title: 'Quiet Inc — nothing on record' });
    expect(badgeFor(null, ctx).text).toBe('');
  });

  it('follows the choice of kinds and agencies, and stays off where paused or while snoozed', () => {
    const acme = index.match('acme.example');
    expect(badgeFor(acme, { ...ctx, prefs: { kinds: ['labor', 'context'], mutedAgencies: [] } })).toMatchObject({ text: DOT });
    expect(badgeFor(acme, { ...ctx, prefs: { kinds: ['contract'], mutedAgencies: ['cbp'] } }).text).toBe('');
    expect(badgeFor(index.match('acmechat.example'), { ...ctx, prefs: { ...ALL_TIES, mutedAgencies: ['cbp'] } }).text).toBe('1');
    expect(badgeFor(acme, { ...ctx, quiet: { kind: 'paused' } })).toMatchObject({ text: '', title: 'Tieline is paused on this site' });
    expect(badgeFor(acme, { ...ctx, quiet: { kind: 'snoozed', until: '3 pm' } }).title).toBe('Tieline is snoozed until 3 pm');
  });

  it('writes the tooltip in the reader’s language', () => {
    expect(badgeFor(index.match('acme.example'), { ...ctx, i18n: es }).title).toBe(
      'Acme — $80 en contratos con CBP, años fiscales 2021–22',
    );
  });

  it('updates per tab, and a late answer for an old URL never overwrites the new one', async () => {
    const { api, shown } = recorder();
    const release: (() => void)[] = [];
    const slowLookup = (url: string) => new Promise<BadgeFacts | null>((resolve) => release.push(() => resolve(factsOf(url))));
    const badges = new BadgeUpdater(api, slowLookup, async () => ctx);
    const first = badges.update(1, 'https://acme.example/');
    const second = badges.update(1, 'https://laborco.example/');
    const other = badges.update(2, 'https://quiet.example/');
    await new Promise((r) => setTimeout(r, 0));
    release[1]!();
    release[2]!();
    await Promise.all([second, other]);
    release[0]!();
    expect(await first).toBeUndefined();
    expect(shown.get(1)).toMatchObject({ text: '1', color: RESOLD_COLOR });
    expect(shown.get(2)?.text).toBe('');
  });

  it("drops a tab's URL read from the browser before the tab's own event, however late the answer comes", async () => {
    const { api, shown } = recorder();
    const badges = new BadgeUpdater(
      api,
      async (url) => factsOf(url),
      async () => ctx,
    );
    // The URLs of every tab are asked for (a redraw): tab 1 is blank, tab 2 on LaborCo.
    const asOf = badges.asOf();
    // Before the answer is handled, tab 1 navigates: its own event sets its badge.
    await badges.update(1, 'https://acme.example/');
    // The answer, taken before that navigation: dropped for tab 1, used for tab 2 (no event of its own since).
    expect(await badges.update(1, 'about:blank', asOf)).toBeUndefined();
    expect(await badges.update(2, 'https://laborco.example/', asOf)).toMatchObject({ text: '1', color: RESOLD_COLOR });
    expect(shown.get(1)).toMatchObject({ text: '1', color: CONTRACT_COLOR });
    // A URL asked for after the tab's last event is its newest: used.
    expect(await badges.update(1, 'https://laborco.example/', badges.asOf())).toMatchObject({ text: '1', color: RESOLD_COLOR });
    expect(shown.get(1)?.color).toBe(RESOLD_COLOR);
  });

  it('keeps the badge empty, with the reason in the tooltip, when a lookup fails', async () => {
    const { api, shown } = recorder();
    const badges = new BadgeUpdater(
      api,
      () => Promise.reject(new Error('disk on fire')),
      async () => ctx,
    );
    await badges.update(5, 'https://acme.example/');
    expect(shown.get(5)).toMatchObject({ text: '', title: expect.stringContaining('disk on fire') });
  });

  it('does not look a paused site up at all', async () => {
    const { api, shown } = recorder();
    const asked: string[] = [];
    const badges = new BadgeUpdater(
      api,
      async (url) => (asked.push(url), factsOf(url)),
      async () => ({ ...ctx, quiet: { kind: 'paused' } }),
    );
    await badges.update(6, 'https://acme.example/');
    expect(asked).toEqual([]);
    expect(shown.get(6)?.text).toBe('');
  });
});
