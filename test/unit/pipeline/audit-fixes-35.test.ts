import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Truth audit, pass 35 (docs/audit-pass-35.md): the one error the sources support.
describe('audit pass 35 fixes', () => {
  it('tells the Texas Workforce Commission notice as the Conroe shelter, the two leases as the company said (#6)', () => {
    const notes = JSON.parse(readFileSync('data/dataset/sources/notes.json', 'utf8')) as {
      id: string;
      title: string;
      summary: string;
      sources: { url: string }[];
    }[];
    const note = notes.find((n) => n.id === 'southwest-key-2019-shelter-closures')!;
    expect(note.summary).not.toContain('notified the Texas Workforce Commission that it would end the leases on two');
    expect(note.summary).toContain('Texas Workforce Commission it would close its Conroe shelter');
    expect(note.summary).toContain('ending the leases on that shelter and on one in Harlingen');
    expect(note.title).not.toBe('Lost federal funding for two shelters');
    const urls = note.sources.map((s) => s.url);
    expect(urls).toContain(
      'https://www.brownsvilleherald.com/news/local/southwest-key-to-close-valley-migrant-children-shelter/article_65789f52-b89b-11e9-a818-9f01f21c44a0.html',
    );
    expect(urls).toContain('https://abc13.com/business/unaccompanied-minor-shelter-in-conroe-to-close/5445004/');
  });
});
