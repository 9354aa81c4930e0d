/**
 * The correction that came out of the fifty-ninth truth audit (docs/audit-pass-59.md, #17): a count more precise than
 * its sources. Microsoft's workers' letter against the Army's HoloLens contract (22 Feb 2019) was shown with exactly
 * 50 participants; the AP (National Post copy) and Slate, the note's links, say more than 50 had signed when it was
 * released, and the note's own text says so. The count is now told as "more than 50"; the text and sources stay.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { auditPopulation } from '@/data/pipeline/audit';

const ID = 'microsoft-2019-02-hololens-letter';

type Labor = { id: string; participants?: number; participantsAre?: string; summary: string; sources: { url: string }[] };

describe('Microsoft’s HoloLens letter: more than 50 signatures, not exactly 50', () => {
  it('tells the count as “more than 50” in the registry and in the bundle, text and sources unchanged', () => {
    const authored = JSON.parse(readFileSync('data/dataset/sources/notes.json', 'utf8')) as Labor[];
    const bundled = readBundledDataset().notes as unknown as Labor[];
    for (const list of [authored, bundled]) {
      const n = list.find((x) => x.id === ID)!;
      expect(n.participants).toBe(50);
      expect(n.participantsAre).toBe('more-than');
      expect(n.summary).toMatch(/The AP reported more than 50 signatures when the letter was released\.$/);
      expect(n.sources.map((s) => s.url)).toContain(
        'https://nationalpost.com/pmn/news-pmn/microsoft-workers-protest-use-of-hololens-headsets-for-war',
      );
    }
  });

  it('is shown to an auditor as more than 50 participants', () => {
    const claim = auditPopulation(readBundledDataset()).note.find((i) => i.key === `note:${ID}`)!.claim;
    expect(claim).toMatch(/^Microsoft — open-letter \(22 Feb 2019, more than 50 participants\): /);
  });
});
