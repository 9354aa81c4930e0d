/**
 * CAIT precision read B (docs/cait-precision-B.md): Collective Action in Tech notes told only to the month, read against
 * the reports for their day, count, place and types. Where every claim held, the note takes CAIT's day again (and the
 * count and place CAIT gives, cait-days.ts caitJudgedWhole); where one did not, a correction gives the reports' values
 * (audit-fixes.ts); where no report gives the day, the note stays told by its month.
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note, bundledDataset } from '../../helpers/bundled-notes';

const dataset = bundledDataset();

describe('CAIT precision read B', () => {
  it('tells the day again where the reports bear out everything the note says', () => {
    expect(note('cait-514-amazon').date).toBe('2021-12-22');
    expect(note('cait-509-amazon').date).toBe('2021-12-22');
    expect(note('cait-496-gopuff').date).toBe('2021-11-23');
    expect(note('cait-472-uber').date).toBe('2021-09-28');
    expect(note('cait-464-new-york-times').date).toBe('2021-08-11');
    expect(note('cait-457-uber').date).toBe('2021-07-21');
    expect(note('cait-438-apple').date).toBe('2021-05-12');
    expect(note('cait-428-deliveroo').date).toBe('2021-04-07');
    expect(note('cait-409-deliveroo').date).toBe('2021-01-22');
    expect(note('cait-392-youtube').date).toBe('2021-01-07');
    expect(note('cait-360-wistron').date).toBe('2020-12-12');
    expect(note('cait-347-amazon').date).toBe('2020-10-13');
    expect(note('cait-302-amazon').date).toBe('2020-08-09');
    expect(note('cait-259-amazon').date).toBe('2020-04-26');
    expect(note('cait-231-oracle').date).toBe('2020-02-14');
    expect(note('cait-227-amazon').date).toBe('2020-02-03');
    expect(note('cait-197-uber').date).toBe('2019-10-03');
    expect(note('cait-190-meta').date).toBe('2019-09-26');
    expect(note('cait-159-amazon').date).toBe('2019-07-15');
    expect(note('cait-126-google').date).toBe('2019-04-01');
    expect(note('cait-78-amazon').date).toBe('2018-03-21');
    expect(note('cait-41-apple').date).toBe('2014-09-19');
    expect(note('cait-57-uber').date).toBe('2016-05-10');
    expect(note('cait-57-uber').summary).toContain('in New York City, New York, USA.');
    expect(note('cait-177-postmates').date).toBe('2019-09-05');
    expect(note('cait-254-lyft').summary).toMatch(/^An open letter by gig workers at Lyft in Los Angeles, California, USA\./);
  });

  it('tells the place CAIT gives again where the reports bear it out (the Newark rally, the Seattle rally)', () => {
    const newark = note('cait-483-amazon');
    expect(newark.date).toBe('2021-10-06');
    expect(newark.summary).toMatch(
      /^A protest directed at Amazon by residents, advocates and former Amazon workers in Newark, New Jersey, USA\./,
    );
    const seattle = note('cait-350-amazon');
    expect(seattle.date).toBe('2020-10-17');
    expect(seattle.summary).toMatch(/^A protest by white-collar workers at Amazon in Seattle, Washington, USA\./);
  });

  it('gives the reports’ day where CAIT dates a report (Kansas City’s petition, Italy’s strike, Bessemer’s petition)', () => {
    expect(note('cait-528-bds-connected-solutions').date).toBe('2022-01-04');
    expect(note('cait-528-google').date).toBe('2022-01-04');
    expect(note('cait-425-amazon').date).toBe('2021-03-22');
    expect(note('cait-362-amazon').date).toBe('2020-11-20');
    expect(note('cait-216-amazon').date).toBe('2019-12-01');
    expect(note('cait-216-amazon').summary).toMatch(
      /^An open letter by blue-collar workers at Amazon involving more than 200 people in Sacramento, California, USA\./,
    );
    expect(note('cait-183-google').date).toBe('2019-09-20');
    expect(note('cait-72-amazon').date).toBe('2017-11-24');
  });

  it('corrects a count or place no report gives, with the day the reports bear out', () => {
    const nisku = note('cait-468-amazon');
    expect(nisku.date).toBe('2021-09-13');
    expect(nisku.summary).toMatch(/^A union drive by blue-collar workers at Amazon in Nisku, Alberta, Canada\./);
    expect(nisku.participants).toBeUndefined();
    const childcare = note('cait-454-google');
    expect(childcare.date).toBe('2021-05-07');
    expect(childcare.participants).toBeUndefined();
    const croatia = note('cait-477-uber');
    expect(croatia.date).toBe('2021-10-18');
    expect(croatia.summary).toMatch(/^A walkout by gig workers at Uber in Croatia\./);
    const saran = note('cait-273-amazon');
    expect(saran.date).toBe('2020-03-18');
    expect(saran.summary).toMatch(/^A strike by blue-collar workers at Amazon in Saran, France\./);
    expect(saran.participants).toBeUndefined();
    // CAIT 242, the same strike at another Reuters address, still joins this note.
    expect(dataset.notes.some((n) => n.id === 'cait-242-amazon')).toBe(false);
    const caravan = note('cait-263-uber');
    expect(caravan.date).toBe('2020-05-11');
    expect(caravan.summary).toMatch(/^A protest by gig workers at Uber in San Francisco, California, USA\./);
    expect(caravan.participants).toBeUndefined();
    expect(note('cait-266-microsoft').date).toBe('2020-06-08');
    expect(note('cait-266-microsoft').participants).toBeUndefined();
    const billionaires = note('cait-205-uber');
    expect(billionaires.date).toBe('2019-11-06');
    expect(billionaires.summary).toContain('Atherton, California, USA and Beverly Hills, California, USA');
    expect(billionaires.summary).not.toContain('Los Angeles');
    const zine = note('cait-297-kickstarter');
    expect(zine.date).toBe('2019-11-12');
    expect(zine.summary).toMatch(/^A protest directed at Kickstarter by tech activists, artists and organizers \(online\)\./);
  });

  it('drops a count the reports do not give as CAIT does, with the day they bear out', () => {
    for (const [id, day] of [
      ['cait-153-uber', '2019-07-10'],
      ['cait-134-google', '2019-04-26'],
      ['cait-105-amazon', '2018-11-23'],
      ['cait-100-uber', '2018-10-09'],
      ['cait-88-didi', '2018-06-08'],
      ['cait-35-amazon', '2014-03-31'],
      ['cait-32-amazon', '2013-12-16'],
    ] as const) {
      expect(note(id).date).toBe(day);
      expect(note(id).participants).toBeUndefined();
    }
    expect(note('cait-153-uber').summary).toMatch(/^A protest by gig workers at Uber in Sacramento, California, USA\./);
    expect(note('cait-88-didi').summary).toMatch(/^A protest by app-based workers at DiDi in Hangzhou, Zhejiang, China\./);
    expect(note('cait-105-amazon').summary).not.toContain('France');
  });

  it('gives a count as the reports give it, where CAIT’s is more precise', () => {
    expect(note('cait-150-google').summary).toContain('involving about 100 people in San Francisco, California, USA');
    expect(note('cait-150-google').date).toBe('2019-06-26');
    expect(note('cait-287-amazon').summary).toContain('involving more than 5,300 people in the USA');
    expect(note('cait-287-amazon').date).toBe('2020-05');
  });

  it('leaves by its month a note whose day no report gives', () => {
    expect(note('cait-545-microsoft').date).toBe('2022-03');
    expect(note('cait-507-amazon').date).toBe('2021-12');
    expect(note('cait-491-google').date).toBe('2021-10');
    expect(note('cait-491-google').participants).toBeUndefined();
    expect(note('cait-432-amazon').date).toBe('2021-03');
  });
});
