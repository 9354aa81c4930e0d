/**
 * The correction that came out of the twenty-ninth truth audit (docs/audit-pass-29.md): who acted and who employed
 * them — Twitch's #TwitchDoBetter protest of August 2021 (CAIT 478) told as "workers at Twitch", Twitch their employer,
 * where they were streamers earning through its platform, as YouTube's creators (CAIT 166) are told.
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote } from '../../helpers/bundled-notes';

describe('CAIT: the record corrected in pass 29', () => {
  it("tells #TwitchDoBetter as streamers' protest on Twitch's platform, not its employees'", () => {
    const n = bundledLabourNote('cait-478-twitch');
    expect(n.summary).toMatch(/^A protest by streamers at Twitch \(online\)\. Issues: discrimination\./);
    expect(n.summary).not.toContain('by workers at Twitch');
    expect(n.relation).toBe('platform');
    // The month stays (no report gives CAIT's 9 Aug as the protest's day), and no place (labour sweep 10).
    expect(n.date).toBe('2021-08');
  });

  it('leaves YouTube’s creators, the like case, as they were', () => {
    const n = bundledLabourNote('cait-166-youtube');
    expect(n.relation).toBe('platform');
    expect(n.summary).toContain('A union drive by YouTubers, through the YouTubers Union and IG Metall, at YouTube');
  });
});
