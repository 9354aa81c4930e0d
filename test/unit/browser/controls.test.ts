import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPaused, setAgencyMuted, setKindEnabled, setPaused, snooze, snoozedUntil, tiePrefs } from '@/data/browser/controls';
import { quietFor, quietIn, siteOf } from '@/data/browser/quiet';
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

  it('finds a paused site from controls already read, as siteOf does, whatever the list holds', () => {
    const quiet = (pausedSites: string[], url: string | undefined) =>
      quietIn({ prefs: { kinds: TIE_KINDS, mutedAgencies: [] }, pausedSites, snoozedUntil: 0 }, url, en);
    const paused = { kind: 'paused' };
    expect(quiet(['salesforce.com'], 'https://help.salesforce.com/x')).toEqual(paused);
    expect(quiet(['salesforce.com'], 'https://acme.my.salesforce.com/')).toEqual(paused); // a rule under salesforce.com
    expect(quiet(['salesforce.com'], 'https://salesforce.com.evil.example/')).toBeUndefined();
    expect(quiet(['salesforce.com'], 'https://notsalesforce.com/')).toBeUndefined();
    expect(quiet(['salesforce.com'], undefined)).toBeUndefined();
    expect(quiet([], 'https://www.salesforce.com/')).toBeUndefined();
    // Entries that are not a site (synced from elsewhere) never pause a host they are only a suffix of.
    expect(quiet(['www.salesforce.com', 'herokuapp.com', 'com'], 'https://www.salesforce.com/')).toBeUndefined();
    expect(quiet(['herokuapp.com'], 'https://someone.herokuapp.com/')).toBeUndefined();
    expect(quiet(['someone.herokuapp.com'], 'https://www.someone.herokuapp.com/')).toEqual(paused);
    expect(quiet(['bucket.s3.amazonaws.com'], 'https://x.bucket.s3.amazonaws.com/')).toEqual(paused);
    expect(quiet(['amazonaws.com'], 'https://bucket.s3.amazonaws.com/')).toBeUndefined();
    expect(quiet(['1.1'], 'https://1.1.1.1/')).toBeUndefined();
  });
});
