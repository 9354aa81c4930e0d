/**
 * Coverage as users meet it (data/pipeline/reach.ts): which dollars show on some site, and which on a site whose
 * evidence the registry records (domainSources) — the claim "this site is X's" backed by a page or a filing.
 */
import { describe, expect, it } from 'vitest';
import { contractReach } from '@/data/pipeline/reach';
import { parseDataset } from '@/data/model/schema';
import { linkedDataset } from '../../fixtures/datasets';

// Cents by company, as the USAspending importer counts them: Acme's subsidiary and its joint venture show on
// acme.example; LaborCo on its own site; No Domain LLC on none (its joint venture's member Acme shows the venture,
// not it).
const cents = new Map([
  ['acme', 100_00],
  ['acme-chat', 300_00],
  ['wall-jv', 200_00],
  ['laborco', 150_00],
  ['nodomain', 250_00],
]);

describe('contract reach', () => {
  const d = parseDataset(linkedDataset());

  it('counts the dollars whose ties show on some site, and names the largest that show on none', () => {
    const r = contractReach(d, cents);
    expect(r.share).toBe(0.75); // 750 of 1,000: all but No Domain LLC's 250
    expect(r.largestNotShown).toEqual([{ id: 'nodomain', name: 'No Domain LLC', obligatedUsd: 250 }]);
    expect(r.backing).toBeUndefined();
  });

  it('counts as backed only the dollars shown on a site with recorded evidence, and lists the unbacked sites by dollars', () => {
    // Evidence for Acme Chat's own site: Acme Chat's dollars are backed there, and its owner Acme's, which its result
    // shows through the (separately sourced) ownership link. Unbacked, by the dollars their results show: Acme Chat
    // Mobile's site (its owners Acme Chat and Acme), Acme's own (Acme and its venture; a subsidiary with a site of its own
    // shows there), LaborCo's, and Acme's foundation's (Acme through the link).
    const r = contractReach(d, cents, 25, (domain) => domain === 'acmechat.example');
    expect(r.share).toBe(0.75);
    expect(r.backing?.share).toBe(0.4);
    expect(r.backing).toMatchObject({ sites: 1, ofSites: 6 }); // of Acme, its two chats, LaborCo, Quiet and the foundation
    expect(r.backing?.largestUnbacked).toEqual([
      { domain: 'chatmobile.example', obligatedUsd: 400 },
      { domain: 'acme.example', obligatedUsd: 300 },
      { domain: 'laborco.example', obligatedUsd: 150 },
      { domain: 'acmefoundation.example', obligatedUsd: 100 },
    ]);

    // Evidence for one of a company's domains backs the site: every domain of it shows the same result.
    const all = contractReach(d, cents, 25, (domain) => ['acme.co.uk', 'acmechat.example', 'laborco.example'].includes(domain));
    expect(all.backing?.share).toBe(0.75);
  });
});
