/**
 * The correction that came out of the twenty-seventh truth audit (docs/audit-pass-27.md): when, with the count (CAIT 276
 * told Amazon workers' two coronavirus suits, a month apart, as one legal action of 5 May 2020 "involving 4 people";
 * the Salem suit is of 5 May 2020, the Staten Island one, by six people, three of them workers, of 3 Jun 2020).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importCait } from '@/data/pipeline/cait';

const CAIT = '../shared/data/cait/actions.json';

describe('CAIT: the record corrected in pass 27', () => {
  it.skipIf(!existsSync(CAIT))('tells the Salem and Staten Island suits apart, each with its day, and gives no count', async () => {
    const r = await importCait(CAIT, (n) => (n.toLowerCase() === 'amazon' ? { id: 'amazon', name: 'Amazon' } : undefined));
    const note = r.notes.find((n) => n.id === 'cait-276-amazon');
    expect(note).toBeDefined();
    // Dated by the first suit, Salem's, and saying when the second was filed.
    expect(note!.date).toBe('2020-05-05');
    expect(note!.summary).toMatch(
      /^Legal action by a former on-site medical technician of the Salem, Oregon, warehouse, who sued on 5 May 2020, and, in a second suit on 3 Jun 2020, three workers of the Staten Island warehouse with three members of their households, at Amazon in /,
    );
    // Seven people sued, four of them workers: the note gives no count.
    expect(note!.participants).toBeUndefined();
    expect(note!.summary).not.toMatch(/involving/);
    expect(note!.summary).not.toContain('blue-collar');
    // Both reports stay: NBC News (the New York suit) and OregonLive (the Salem one).
    expect(note!.sources.map((s) => new URL(s.url).hostname)).toEqual(expect.arrayContaining(['www.nbcnews.com', 'www.oregonlive.com']));
  });
});
