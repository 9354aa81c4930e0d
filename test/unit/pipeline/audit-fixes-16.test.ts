/**
 * The corrections that came out of the sixteenth truth audit (docs/audit-pass-16.md), all CAIT records read against
 * their reports: when (a strike dated by a report a day after it began, a petition dated the day before it was
 * delivered), what (a rally told as the strike it announced, a works-council vote told as an open letter), where
 * (Shakopee placed in Minneapolis) and how many (an expected 100, a 22 no report gives).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { caitNotes } from '../../helpers/cait';

const CAIT = '../shared/data/cait/actions.json';

describe('CAIT: the records corrected in pass 16', () => {
  const names: Record<string, { id: string; name: string }> = {
    uber: { id: 'uber', name: 'Uber' },
    bolt: { id: 'bolt', name: 'Bolt' },
    amazon: { id: 'amazon', name: 'Amazon' },
    stuart: { id: 'stuart', name: 'Stuart' },
    justeatuk: { id: 'just-eat', name: 'Just Eat' },
    n26: { id: 'n26', name: 'N26' },
  };
  const load = () => caitNotes(CAIT, names);

  it.skipIf(!existsSync(CAIT))('dates Nairobi’s strike and DCH1’s petition by the reports’ days', async () => {
    const note = await load();
    // The strike began on Monday 15 July 2019; the BBC reported it on the 16th.
    expect(note('cait-160-uber').date).toBe('2019-07-15');
    expect(note('cait-160-bolt').date).toBe('2019-07-15');
    // DCH1's demands were delivered early on Tuesday 16 July 2019.
    expect(note('cait-158-amazon').date).toBe('2019-07-16');
  });

  it.skipIf(!existsSync(CAIT))('places the Prime Day walkout in Shakopee, with no count', async () => {
    const note = await load();
    const shakopee = note('cait-159-amazon');
    expect(shakopee.summary).toMatch(/^A walkout by blue-collar workers at Amazon in Shakopee, Minnesota, USA\./);
    expect(shakopee.summary).not.toContain('Minneapolis');
    expect(shakopee.summary).not.toContain('100');
    expect(shakopee.participants).toBeUndefined();
  });

  it.skipIf(!existsSync(CAIT))('tells the Sheffield couriers’ rally as a protest, with no count', async () => {
    const note = await load();
    const rally = note('cait-500-stuart');
    expect(rally.action).toBe('protest');
    expect(rally.summary).toMatch(/^A protest by gig workers and contract workers at Stuart in Sheffield/);
    expect(rally.summary).not.toContain('22');
    expect(rally.participants).toBeUndefined();
  });

  it.skipIf(!existsSync(CAIT))('tells N26’s works-council vote as its employees’ collective action, not an open letter', async () => {
    const note = await load();
    const vote = note('cait-309-n26');
    expect(vote.action).toBe('other');
    expect(vote.summary).toMatch(
      /^A collective action by employees choosing the electoral board for a works council at N26 in Berlin, Germany\./,
    );
    expect(vote.summary).not.toContain('open letter');
    expect(vote.summary).not.toContain('contract workers');
  });
});
