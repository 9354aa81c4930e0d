/**
 * The CAIT "online" read (docs/cait-online-read.md): of the 43 shipped CAIT notes told "(online)" that are not open
 * letters, the reports tell one held only in person (Microsoft's climate walkout to a field on campus, CAIT 184) and four
 * held both in person and online (Oracle's walkout, IBM's pension revolt of 1999, the ADCU's Uber strike, Netflix's
 * walkout), where CAIT marks each online only. The rest keep "(online)" (a virtual walkout of staff logging off).
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote } from '../../helpers/bundled-notes';

const summary = (id: string): string => bundledLabourNote(id).summary ?? '';

describe('CAIT notes as the online read found them held', () => {
  it('does not tell Microsoft’s climate walkout, a gathering on campus, as online', () => {
    expect(summary('cait-184-microsoft')).toMatch(/^A walkout by white-collar workers at Microsoft\. /);
    expect(summary('cait-184-microsoft')).not.toContain('online)');
  });

  it.each([
    ['cait-233-oracle', /^A walkout by white-collar workers at Oracle involving about 300 people, worldwide \(in person and online\)\./],
    ['cait-379-ibm', /^A protest by white-collar workers at IBM \(in person and online\)\./],
    ['cait-472-uber', /^A strike by gig workers at Uber in London, UK, .* and elsewhere \(in person and online\)\./],
    ['cait-489-netflix', /^A walkout by white-collar workers at Netflix in Los Angeles, California, USA \(in person and online\)\./],
  ])('tells %s as held both in person and online', (id, wording) => {
    expect(summary(id)).toMatch(wording);
    expect(summary(id)).not.toContain(' (online)');
  });

  it('keeps "(online)" for a walkout the reports tell only online (Pinterest’s virtual walkout)', () => {
    expect(summary('cait-310-pinterest')).toMatch(/^A walkout by white-collar workers at Pinterest involving 236 people \(online\)\./);
  });
});
