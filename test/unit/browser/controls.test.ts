import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPaused, setAgencyMuted, setKindEnabled, setPaused, snooze, snoozedUntil, tiePrefs } from '@/data/browser/controls';
import { quietFor, siteOf } from '@/data/browser/quiet';
import { MAX_PAUSED_SITES, settings } from '@/data/browser/settings';
import { TIE_KINDS } from '@/data/model/headline';
import { en } from '../../helpers/i18n';

describe('controls (storage.sync)', () => {
  it('counts every kind and agency until the user says otherwise', async () => {
    expect(await tiePrefs()).toEqual({ kinds: TIE_KINDS, mutedAgencies: [] });
    await setKindEnabled('context', false);
    await setAgencyMuted('cbp', true);
    expect(await tiePrefs()).toEqual({ kinds: ['contract', 'resold', 'labor'], mutedAgencies: ['cbp'] });
    await setAgencyMuted('cbp', false);
    await setKindEnabled('context', true);
    expect(await tiePrefs()).toEqual({ kinds: TIE_KINDS, mutedAgencies: [] });
  });

  it('reads values synced from elsewhere defensively: unknown kinds dropped, non-lists as defaults', async () => {
    await fakeBrowser.storage.sync.set({ badgeKinds: ['resold', 'gossip'], mutedAgencies: 'ice' });
    expect(await tiePrefs()).toEqual({ kinds: ['resold'], mutedAgencies: [] });
  });

  it('pauses a site by its registrable domain, and keeps the list inside one storage.sync item', async () => {
    await setPaused(siteOf('https://help.salesforce.com/x')!, true);
    expect(await isPaused(siteOf('https://www.salesforce.com/'))).toBe(true);
    expect(await isPaused(siteOf('https://slack.com/'))).toBe(false);
    expect(await quietFor('https://www.salesforce.com/', en)).toEqual({ kind: 'paused' });
    for (let i = 0; i < MAX_PAUSED_SITES + 5; i++) await setPaused(`site${i}.example`, true);
    const paused = await settings.pausedSites.getValue();
    expect(paused).toHaveLength(MAX_PAUSED_SITES);
    expect(new TextEncoder().encode(JSON.stringify(paused)).length).toBeLessThan(8192);
  });

  it('snoozes everywhere for an hour, and the snooze ends by itself', async () => {
    await snooze('hour');
    const until = (await snoozedUntil())!;
    expect(until - Date.now()).toBeGreaterThan(3500_000);
    expect((await quietFor('https://slack.com/', en))?.kind).toBe('snoozed');
    expect(await snoozedUntil(until + 1)).toBeUndefined();
    await snooze('off');
    expect(await quietFor('https://slack.com/', en)).toBeUndefined();
  });
});
