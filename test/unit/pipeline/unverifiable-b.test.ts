/**
 * Unverifiable labour notes, follow-up B (docs/unverifiable-b.md): notes the audit passes and labour residuals left
 * unverifiable, searched again for a report written on or after the day that tells the action was held. Where one was
 * found it is added to the note's sources (tracker: audit-fixes.ts `sources`; CAIT: `links`); where it contradicts the
 * note, the note is fixed (CAIT 115's kind; tracker 4082's places).
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

const urls = (id: string): string[] => note(id).sources.map((s) => s.url);

describe('unverifiable labour notes, follow-up B', () => {
  it("adds KTVU's report of the day to every note of the Valentine's Day 2024 strike (tracker 2858)", () => {
    for (const id of ['lat-2858-uber', 'lat-2858-lyft', 'lat-2858-doordash']) {
      expect(urls(id)).toContain('https://www.ktvu.com/news/san-francisco-rideshare-drivers-join-national-day-of-strike-demand-better-pay');
      expect(note(id).action).toBe('strike');
      expect(note(id).date).toBe('2024-02-14');
    }
  });

  it("adds the Star News Network's report of 2 May 2024 to the May Day strike's four notes (tracker 3055)", () => {
    for (const id of ['lat-3055-uber', 'lat-3055-lyft', 'lat-3055-doordash', 'lat-3055-grubhub']) {
      expect(urls(id)).toContain('https://thestarnewsnetwork.com/2024/05/02/rideshare-drivers-strike-in-nashville-other-major-cities');
      expect(note(id).date).toBe('2024-05-01');
    }
  });

  it('adds the 10News report of 25 June 2025 and tells the San Diego rallies as in more places (tracker 4082)', () => {
    for (const id of ['lat-4082-albertsons', 'lat-4082-kroger']) {
      expect(urls(id)).toContain(
        'https://www.10news.com/news/local-news/local-grocer-union-members-rally-as-final-bargaining-period-begins-with-companies',
      );
      expect(note(id).summary).toContain('in San Diego, California. It took place in more places than the tracker lists.');
      expect(note(id).action).toBe('protest');
    }
  });

  it("adds Biz New Orleans's report of the Morrison Road protest (tracker 3270)", () => {
    expect(urls('lat-3270-dollar-general')).toContain(
      'https://www.bizneworleans.com/councilman-sees-opportunity-despite-area-dollar-general-closures/',
    );
  });

  it("adds The Block's report of how Coinbase's staff opted into the exit package (CAIT 341)", () => {
    expect(urls('cait-341-coinbase')).toContain(
      'https://www.theblock.co/post/79247/coinbase-offers-exit-package-for-employees-not-comfortable-with-its-mission',
    );
    expect(note('cait-341-coinbase').summary).toContain('about 60 people');
  });

  it('tells the Nottingham Deliveroo riders’ walk-out as a strike, with the IER report (CAIT 115)', () => {
    const n = note('cait-115-deliveroo');
    expect(n.action).toBe('strike');
    expect(n.summary).toMatch(/^A strike by gig workers at Deliveroo in Nottingham, UK\./);
    expect(n.date).toBe('2019-02-01');
    expect(urls('cait-115-deliveroo')).toContain('https://www.ier.org.uk/news/manchester-deliveroo-couriers-announce-valentines-strike/');
  });

  it("adds The Hindu's report of the Telangana union's count to both notes (CAIT 422)", () => {
    for (const id of ['cait-422-ola', 'cait-422-uber'])
      expect(urls(id)).toContain(
        'https://www.thehindu.com/news/national/telangana/gig-workers-getting-affected-due-to-covid-19/article34479788.ece',
      );
  });
});
