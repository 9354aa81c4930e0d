/**
 * CAIT precision read A (docs/cait-precision-A.md, Tieline issue 9): CAIT notes told to the month because no reader had
 * checked CAIT's day, read against the reports. Where every field CAIT gives held, the record joined CAIT_CHECKED_DAYS
 * and its day, count and place are told again; where CAIT's day was wrong, the reports' day is told (CAIT_FIXES `date`).
 */
import { describe, expect, it } from 'vitest';
import { CAIT_CHECKED_DAYS, caitJudgedWhole } from '@/data/pipeline/cait-days';
import { CAIT_FIXES } from '@/data/pipeline/audit-fixes';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('CAIT precision read A', () => {
  it('tells the Shakopee Eid walkout on its day, with the reports’ count and its town', () => {
    expect(caitJudgedWhole(552)).toBe(true);
    const n = note('cait-552-amazon');
    expect(n.date).toBe('2022-04-29');
    expect(n.summary).toContain('involving about 100 people in Shakopee, Minnesota, USA');
  });

  it('tells the Staten Island refiling at JFK8 on its day, in Staten Island', () => {
    const n = note('cait-513-amazon');
    expect(n.date).toBe('2021-12-22');
    expect(n.summary).toContain('A union drive by blue-collar workers at Amazon in Staten Island, New York City, New York, USA.');
  });

  it('restores the days read right', () => {
    const days: [string, string][] = [
      ['cait-544-nava-pbc', '2022-03-25'],
      ['cait-535-doordash', '2022-02-01'],
      ['cait-526-activision-blizzard', '2022-01-21'],
      ['cait-476-google', '2021-10-12'],
      ['cait-476-amazon', '2021-10-12'],
      ['cait-471-apple', '2021-09-03'],
    ];
    for (const [id, day] of days) expect(note(id).date, id).toBe(day);
    for (const id of [544, 535, 526, 476, 471]) expect(CAIT_CHECKED_DAYS.has(id), String(id)).toBe(true);
  });

  it('tells the reports’ day where CAIT’s was wrong, and the month where no report gives the day', () => {
    // Apple Together's walkout: Christmas Eve, not CAIT's 23 Dec (the day it was called).
    expect(note('cait-508-apple').date).toBe('2021-12-24');
    // Make Amazon Pay: Black Friday, 26 Nov 2021, not CAIT's 18 Nov.
    expect(note('cait-505-amazon').date).toBe('2021-11-26');
    // Worker Lives Matter: the spreadsheet went up on 12 Oct, not Reuters' 14th.
    expect(note('cait-490-alibaba').date).toBe('2021-10-12');
    // The moderators' letter was reported on 22 Jul 2021, before CAIT's 26th: the month.
    expect(CAIT_FIXES.get(461)?.date).toBe('2021-07');
    expect(note('cait-461-meta').date).toBe('2021-07');
  });

  it('second part: restores the Deliveristas’ ride, the class action’s day and the cafeteria vote, by state', () => {
    expect(note('cait-436-uber').date).toBe('2021-04-21');
    // CAIT 444's class action, dated here, was withdrawn later: no report shows it filed (docs/unverifiable-b.md).
    expect(CAIT_FIXES.get(444)?.withdraw).toBe(true);
    const cafeteria = note('cait-420-google');
    expect(cafeteria.date).toBe('2019-11-20');
    expect(cafeteria.summary).toContain('involving about 2,300 people in California, USA.');
    expect(cafeteria.summary).not.toContain('San Francisco');
  });

  it('second part: Imperfect Foods’ tally day and count, and the Ele.me riders’ month, not online', () => {
    const vote = note('cait-430-imperfect-foods');
    expect(vote.date).toBe('2021-04-14');
    expect(vote.summary).toContain('involving 51 people in the USA.');
    const riders = note('cait-424-ele-me');
    expect(riders.date).toBe('2021-03');
    expect(riders.summary).toContain('A strike by app-based workers at Ele.me in China.');
    expect(riders.summary).not.toContain('(online)');
  });

  it('third part: restores six days and tells the GitHub letter on the day it circulated, with about 200', () => {
    const days: [string, string][] = [
      ['cait-418-amazon', '2020-12-21'],
      ['cait-411-google', '2021-02-26'],
      ['cait-405-google', '2021-03-08'],
      ['cait-399-uber', '2020-07-20'],
      ['cait-365-google', '2020-12-03'],
      ['cait-361-meta', '2020-11-18'],
    ];
    for (const [id, day] of days) expect(note(id).date, id).toBe(day);
    const letter = note('cait-393-github');
    expect(letter.date).toBe('2021-01-11');
    expect(letter.summary).toContain('An open letter by white-collar workers at GitHub involving about 200 people (online).');
  });

  it('fourth part: four days restored, and the guillotine outside Bezos’s Washington home on its day', () => {
    const days: [string, string][] = [
      ['cait-336-amazon', '2020-10-04'],
      ['cait-299-amazon', '2020-08-01'],
      ['cait-275-amazon', '2020-04-30'],
      ['cait-284-amazon', '2020-04-08'],
      ['cait-318-amazon', '2020-08-27'],
    ];
    for (const [id, day] of days) expect(note(id).date, id).toBe(day);
    expect(note('cait-284-amazon').summary).toContain('Legal action by blue-collar workers at Amazon in Eastvale, California, USA.');
  });

  it('tells the Staten Island walkout of 30 Mar 2020 on its day and in its place, without a count no report gives', () => {
    const n = note('cait-248-amazon');
    expect(n.date).toBe('2020-03-30');
    expect(n.summary).toContain('A walkout by blue-collar workers at Amazon in Staten Island, New York City, New York, USA.');
    expect(n.summary).not.toContain('62');
  });
});
