/**
 * The corrections that came out of the twenty-first truth audit (docs/audit-pass-21.md): who (Google's and Adecco's
 * confidentiality suit told as contract workers', where its plaintiffs were the two companies' own employees), a count
 * (a petition's exact signers, in no returned report) and an authored note that said its June reports gave no count,
 * where one of its own links gave one.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { caitNotes } from '../../helpers/cait';

const CAIT = '../shared/data/cait/actions.json';

describe('CAIT: the records corrected in pass 21', () => {
  it.skipIf(!existsSync(CAIT))(
    'tells the confidentiality suit as Google’s and Adecco’s own employees’, each company their employer',
    async () => {
      const note = await caitNotes(CAIT, {
        google: { id: 'google', name: 'Google' },
        adecco: { id: 'adecco', name: 'Adecco' },
      });
      for (const id of ['cait-332-google', 'cait-332-adecco']) {
        const suit = note(id);
        expect(suit.date).toBe('2016');
        expect(suit.summary).toContain('Legal action by current and former employees of Google and Adecco at ');
        expect(suit.summary).not.toContain('contract workers');
        expect(suit.relation).toBe('employer');
      }
    },
  );

  it.skipIf(!existsSync(CAIT))('leaves out the AJL petition’s exact count, which no returned report gives', async () => {
    const note = await caitNotes(CAIT, { viacomcbs: { id: 'paramount', name: 'Paramount Skydance (formerly Paramount Global)' } });
    const petition = note('cait-440-paramount');
    expect(petition.participants).toBeUndefined();
    expect(petition.summary).not.toContain('5,845');
    expect(petition.summary).toContain('by supporters of the Algorithmic Justice League’s online campaign');
  });
});

describe('The authored note corrected in pass 21', () => {
  it('gives the June count of Amazon employees’ letter that its Business Insider link reports', () => {
    const notes = JSON.parse(readFileSync('data/dataset/sources/notes.json', 'utf8')) as {
      id: string;
      summary: string;
      sources: { url: string }[];
    }[];
    const letter = notes.find((n) => n.id === 'amazon-2018-06-letter')!;
    expect(letter.summary).not.toContain('gave no signature count');
    expect(letter.summary).toContain('more than 100 employees had signed it');
    expect(letter.sources.map((s) => s.url)).toContain(
      'https://www.businessinsider.com/over-100-amazon-employees-sign-letter-jeff-bezos-stop-selling-facial-recognition-software-police-2018-6',
    );
  });
});
