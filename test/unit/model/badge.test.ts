import { describe, expect, it } from 'vitest';
import { BadgeUpdater, CONTRACT_COLOR, LABOR_COLOR, badgeFor } from '@/data/model/badge';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { type MatchResult } from '@/data/model/result';
import { parseDataset } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';
import { en } from '../../helpers/i18n';

const index = new DatasetIndex(parseDataset(miniDataset()));

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
  it('counts what the popup shows, colours contracts apart from labor-only, and summarises', () => {
    expect(badgeFor(index.match('acme.example'), en)).toEqual({
      text: '3',
      color: CONTRACT_COLOR,
      title: 'Acme — contracts with CBP; 1 labor action; 1 context note',
    });
    expect(badgeFor(index.match('laborco.example'), en)).toMatchObject({ text: '1', color: LABOR_COLOR });
    expect(badgeFor(index.match('quiet.example'), en).text).toBe('');
    expect(badgeFor(null, en).text).toBe('');
  });

  it('updates per tab, and a late answer for an old URL never overwrites the new one', async () => {
    const { api, shown } = recorder();
    const release: (() => void)[] = [];
    const slowLookup = (url: string) => new Promise<MatchResult | null>((resolve) => release.push(() => resolve(index.match(url))));
    const badges = new BadgeUpdater(api, slowLookup, async () => en);
    const first = badges.update(1, 'https://acme.example/');
    const second = badges.update(1, 'https://laborco.example/');
    const other = badges.update(2, 'https://quiet.example/');
    release[1]!();
    release[2]!();
    await Promise.all([second, other]);
    release[0]!();
    expect(await first).toBeUndefined();
    expect(shown.get(1)).toMatchObject({ text: '1', color: LABOR_COLOR });
    expect(shown.get(2)?.text).toBe('');
  });

  it('keeps the badge empty, with the reason in the tooltip, when a lookup fails', async () => {
    const { api, shown } = recorder();
    const badges = new BadgeUpdater(
      api,
      () => Promise.reject(new Error('disk on fire')),
      async () => en,
    );
    await badges.update(5, 'https://acme.example/');
    expect(shown.get(5)).toMatchObject({ text: '', title: expect.stringContaining('disk on fire') });
  });
});
