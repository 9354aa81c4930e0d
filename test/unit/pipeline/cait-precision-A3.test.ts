/**
 * CAIT precision read A3 (docs/cait-precision-A3.md, Tieline issue 9): the older notes of list A told to the month
 * because no reader had checked CAIT's day, read against the reports. Where every field CAIT gives held, the record
 * joined CAIT_CHECKED_DAYS and its day, count and place are told again; where a field was wrong, CAIT_FIXES gives the
 * reports' value; where no report gives the day, the note stays told by its month.
 */
import { describe, expect, it } from 'vitest';
import { CAIT_CHECKED_DAYS, caitJudgedWhole } from '@/data/pipeline/cait-days';
import { CAIT_FIXES } from '@/data/pipeline/audit-fixes';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('CAIT precision read A3', () => {
  it('restores the days read right', () => {
    const days: [string, string][] = [
      ['cait-135-google', '2019-05-01'],
      ['cait-132-microsoft', '2019-04-22'],
      ['cait-127-google', '2019-04-02'],
      ['cait-107-google', '2018-11-27'],
      ['cait-101-microsoft', '2018-10-12'],
      ['cait-87-didi', '2018-06-04'],
      ['cait-79-naver', '2018-04-02'],
      ['cait-64-palantir', '2017-01-18'],
      ['cait-56-uber', '2016-04-21'],
      ['cait-42-sony', '2014-11-04'],
      ['cait-40-lionbridge', '2014-09-11'],
      ['cait-40-microsoft', '2014-09-11'],
      ['cait-31-microsoft', '2013-11-19'],
    ];
    for (const [id, day] of days) expect(note(id).date, id).toBe(day);
    for (const id of [135, 132, 127, 107, 101, 87, 79, 64, 56, 42, 40, 31]) expect(caitJudgedWhole(id), String(id)).toBe(true);
  });

  it('tells the counts and places the reports bear out, as CAIT gives them', () => {
    expect(note('cait-127-google').summary).toBe(
      'An open letter by white-collar workers at Google involving more than 900 people (online). Issues: discrimination. Topics: coworker solidarity. Recorded by Collective Action in Tech.',
    );
    expect(note('cait-87-didi').summary).toContain(
      'A strike by gig workers at DiDi involving hundreds of people in Shaodong, Hunan, China.',
    );
    const vote = note('cait-40-lionbridge');
    expect(vote.summary).toContain('A push for union representation by contract workers at Lionbridge involving 38 people in the USA.');
    expect(vote.participants).toBe(38);
    expect(note('cait-56-uber').summary).toContain('Legal action by gig workers at Uber in California, USA and Massachusetts, USA.');
    expect(note('cait-31-microsoft').summary).toContain('in Dongguan, China. Also named: Nokia.');
  });

  it('keeps CAIT’s day but not its count where the count is not of those who acted', () => {
    // The Fast Food Shutdown: about 50 drivers and supporters at one London protest, not the walkout's count.
    expect(CAIT_CHECKED_DAYS.has(99)).toBe(true);
    expect(CAIT_FIXES.get(99)?.workers).toBeNull();
    const walkout = note('cait-99-uber');
    expect(walkout.date).toBe('2018-10-04');
    expect(walkout.summary).toContain('A walkout by gig workers at Uber in the UK.');
    expect(walkout.participants).toBeUndefined();
    // Oracle: the 4,200 are the class sought, and the motion was filed in California, not placed in Redwood Shores.
    const motion = note('cait-114-oracle');
    expect(motion.date).toBe('2019-01-18');
    expect(motion.summary).toBe(
      'Legal action at Oracle in California, USA. Issues: discrimination. Topics: sexism. Recorded by Collective Action in Tech.',
    );
  });

  it('tells the reports’ day where CAIT’s was a report’s', () => {
    // The meme union went public on 10 Apr 2019, not the Atlantic's 17th.
    expect(note('cait-130-instagram').date).toBe('2019-04-10');
    // Oracle Korea's strike began on Wednesday 16 May 2018; CAIT's 14th is its announcement. No count.
    const strike = note('cait-83-oracle');
    expect(strike.date).toBe('2018-05-16');
    expect(strike.participants).toBeUndefined();
    // The no-poach class action was settled on 24 Apr 2014; CAIT's 19th, a Saturday, is in no report.
    const suit = note('cait-38-google');
    expect(suit.date).toBe('2014-04-24');
    expect(suit.summary).toContain('Legal action by white-collar workers at Google in California, USA.');
    expect(suit.participants).toBeUndefined();
  });

  it('tells the Spanish strike from its first day at its warehouse’s town, and the Delaware vote on its day', () => {
    const strike = note('cait-94-amazon');
    expect(strike.date).toBe('2018-07-16');
    expect(strike.summary).toContain('A strike by blue-collar workers at Amazon in San Fernando de Henares, Madrid, Spain.');
    const vote = note('cait-33-amazon');
    expect(vote.date).toBe('2014-01-15');
    expect(vote.summary).toContain('A union drive by blue-collar workers at Amazon in Middletown, Delaware, USA.');
    expect(vote.participants).toBeUndefined();
  });

  it('leaves by the month the actions whose day no report returned gives', () => {
    const left: [string, string][] = [
      ['cait-125-npm', '2019-02'],
      ['cait-74-yahoo', '2017-12'],
      ['cait-60-instacart', '2016-10'],
      ['cait-45-instacart', '2015-01'],
      ['cait-21-foxconn', '2012-04'],
      ['cait-6-microsoft', '1999-05'],
    ];
    for (const [id, month] of left) expect(note(id).date, id).toBe(month);
    for (const id of [74, 45, 21]) expect(CAIT_CHECKED_DAYS.has(id), String(id)).toBe(false);
  });
});
