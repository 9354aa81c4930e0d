/**
 * Words of CAIT notes a reader meets: the tags' names and acronyms written as a reader writes them, and two notes the
 * relation sweep (docs/relation-sweep.md) relabelled whose words still named only outsiders.
 */
import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { caitTopic } from '@/data/pipeline/cait';

const d = readBundledDataset();
const note = (id: string) => {
  const n = d.notes.find((x) => x.id === id);
  if (n?.kind !== 'labor') throw new Error(`no labour note ${id}`);
  return n;
};

describe('CAIT topics', () => {
  it('writes names and acronyms as names', () => {
    expect(caitTopic('blm')).toBe('Black Lives Matter');
    expect(caitTopic('twc')).toBe('Tech Workers Coalition');
    expect(caitTopic('coronavirus')).toBe('coronavirus');
  });

  it('leaves no raw lower-case key in any bundled note', () => {
    const raw =
      /^(ai|blm|cwa|ice|it workers|lgbtq|mijente|muslim registry|opeiu|seiu|teamster|temporary workers of america|trump|twc|unite here|washtech)$/;
    const topics = d.notes.flatMap((n) => {
      const m = /Topics: ([^.]*)\./.exec(n.summary ?? '');
      return m ? m[1]!.split(/, | and /) : [];
    });
    expect(topics.length).toBeGreaterThan(500);
    expect(topics.filter((t) => raw.test(t))).toEqual([]);
    expect(topics).toContain('Black Lives Matter');
  });
});

describe('notes the relation sweep relabelled as their workers’ among others’', () => {
  it('CAIT 154 names Amazon’s warehouse workers among those who protested, not “the public”', () => {
    const n = note('cait-154-amazon');
    expect(n.relation).toBe('employer');
    expect(n.summary).not.toMatch(/by the public/);
    expect(n.summary).toMatch(/^A protest directed at Amazon by immigrants and tech workers, Amazon warehouse workers among them, /);
  });

  it('tracker 175 says one of the Bessemer warehouse’s own workers spoke', () => {
    const n = note('lat-175-amazon');
    expect(n.relation).toBe('employer');
    expect(n.summary).toMatch(/with one of the warehouse’s own workers among the speakers/);
  });
});

describe('CAIT 363, the Make Amazon Pay coalition', () => {
  it('names Amazon workers’ groups among its members', () => {
    expect(note('cait-363-amazon').summary).toMatch(
      /^An open letter directed at Amazon by the Make Amazon Pay coalition of unions and groups, Amazon workers’ groups among them, worldwide \(online\)\./,
    );
  });

  it('no bundled note has a doubled comma', () => {
    expect(d.notes.filter((n) => (n.summary ?? '').includes(',,')).map((n) => n.id)).toEqual([]);
  });
});
