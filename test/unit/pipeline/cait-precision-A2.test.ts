/**
 * CAIT precision read A2 (docs/cait-precision-A2.md, Tieline issue 9): the rest of list A, older CAIT notes told to the
 * month because no reader had checked CAIT's day, read against the reports. Where every field CAIT gives held (or held
 * as a correction now sets it), the record joined CAIT_CHECKED_DAYS and its day, count and place are told again; where
 * CAIT's day was wrong, the reports' day is told (CAIT_FIXES `date`).
 */
import { describe, expect, it } from 'vitest';
import { CAIT_CHECKED_DAYS, caitJudgedWhole } from '@/data/pipeline/cait-days';
import { CAIT_FIXES } from '@/data/pipeline/audit-fixes';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('CAIT precision read A2', () => {
  it('restores the days read right, with the places the reports give', () => {
    const days: [string, string][] = [
      ['cait-230-lyft', '2020-02-12'],
      ['cait-230-uber', '2020-02-12'],
      ['cait-222-amazon', '2019-12-23'],
      ['cait-217-github', '2019-12-04'],
      ['cait-203-instacart', '2019-11-03'],
      ['cait-193-kickstarter', '2019-10-02'],
      ['cait-168-amazon', '2019-08-08'],
      ['cait-161-meta', '2019-07-16'],
      ['cait-154-amazon', '2019-07-11'],
      ['cait-140-palantir', '2019-05-11'],
    ];
    for (const [id, day] of days) expect(note(id).date, id).toBe(day);
    for (const id of [230, 222, 217, 203, 193, 168, 161, 154, 140]) expect(caitJudgedWhole(id), String(id)).toBe(true);
    expect(note('cait-193-kickstarter').summary).toContain(
      'A union drive by white-collar workers at Kickstarter in Brooklyn, New York City, New York, USA.',
    );
  });

  it('tells the counts the reports give, and leaves out those no report gives', () => {
    // LAX drivers' letter: "2,000" (Vice), "more than 2,000" (SEIU 721); a round figure the rule left out unread.
    expect(note('cait-230-uber').summary).toContain('An open letter by gig workers at Uber involving about 2,000 people in Los Angeles');
    // Eagan: "approximately", "about", "around" 80.
    expect(note('cait-168-amazon').summary).toContain(
      'A walkout by blue-collar workers at Amazon involving about 80 people in Eagan, Minnesota, USA.',
    );
    // AWS Summit: hundreds (the Washington Post, ABC7).
    expect(note('cait-154-amazon').summary).toContain('involving hundreds of people in New York City, New York, USA.');
    // CAIT's 1,000 strikers, 200 signers and 50 pickets are in no report.
    for (const id of [203, 217, 161]) expect(CAIT_FIXES.get(id)?.workers, String(id)).toBeNull();
    for (const id of ['cait-203-instacart', 'cait-217-github', 'cait-161-meta']) expect(note(id).summary, id).not.toMatch(/ involving /);
  });

  it('tells the reports’ day where CAIT’s was wrong', () => {
    // The Cambridge Whole Foods protest where Suverino Frith spoke: the Boston Globe's Sunday 5 Jul 2020, not 26 Jul.
    const wholeFoods = note('cait-307-whole-foods');
    expect(wholeFoods.date).toBe('2020-07-05');
    expect(wholeFoods.summary).toContain(
      'A protest by Whole Foods workers and local residents at Whole Foods Market in Cambridge, Massachusetts, USA.',
    );
    // Deliveroo's Hong Kong strike began on the 24th, not CAIT's 23 May; its 200 in no report.
    const deliveroo = note('cait-271-deliveroo');
    expect(deliveroo.date).toBe('2020-05-24');
    expect(deliveroo.summary).toContain('A strike by app-based workers at Deliveroo in Hong Kong, China.');
    expect(deliveroo.sources.some((s) => s.url.startsWith('https://grassmediaction.wordpress.com/2020/05/28/'))).toBe(true);
    // The Thanksgiving Four's charge was filed on 5 Dec 2019; CAIT's 3 Dec is their post announcing it.
    const charge = note('cait-215-google');
    expect(charge.date).toBe('2019-12-05');
    expect(charge.summary).toContain('Legal action by white-collar workers at Google involving 4 people in the USA.');
    // The Berkeley petition against Palantir: CAIT's 26 Sep is neither the petition's day nor the rally's.
    expect(CAIT_FIXES.get(189)?.date).toBe('2019-09');
    expect(note('cait-189-palantir').date).toBe('2019-09');
    for (const id of [307, 271, 215, 189]) expect(CAIT_CHECKED_DAYS.has(id), String(id)).toBe(false);
  });

  it('leaves told to the month the actions whose day no report returned gives', () => {
    // The Microsoft climate statement (184): CAIT's day is the statement's, its note the walkout of the 20th.
    // 241 is withdrawn since audit pass 50 (the same petition as 240, audit-fixes-50.test.ts).
    for (const id of ['cait-321-google', 'cait-234-amazon', 'cait-191-deliveroo', 'cait-184-microsoft']) {
      expect(note(id).date, id).toMatch(/^\d{4}-\d{2}$/);
    }
    for (const id of [321, 241, 234, 191, 184, 182, 165, 152, 149]) expect(CAIT_CHECKED_DAYS.has(id), String(id)).toBe(false);
  });
});
