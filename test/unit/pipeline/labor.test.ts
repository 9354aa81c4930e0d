import { describe, expect, it } from 'vitest';
import { mergeLabor } from '@/data/pipeline/labor';
import type { LaborAction, Note } from '@/data/model/schema';

const note = (id: string, date: string, action: LaborAction['action'], companyId = 'acme'): LaborAction => ({
  id,
  kind: 'labor',
  companyId,
  date,
  action,
  summary: `Note ${id}.`,
  sources: [{ url: `https://example.org/${id}`, publisher: 'example.org', title: id }],
});

describe('one event, one note', () => {
  it('merges a record into the closest note of the same company and kind, adding its sources and credit', () => {
    const notes: Note[] = [note('cait-1', '2023-05-01', 'strike'), note('cait-2', '2023-05-03', 'strike')];
    const r = mergeLabor(
      notes,
      [note('lat-9', '2023-05-02', 'strike')],
      { withinDays: 3, sameKind: true, credit: 'Also recorded by X.' },
      () => true,
    );
    expect(r.merged).toEqual([{ into: 'cait-1', from: 'lat-9' }]);
    expect(r.added).toEqual([]);
    const kept = notes[0] as LaborAction;
    expect(kept.summary).toBe('Note cait-1. Also recorded by X.');
    expect(kept.sources.map((s) => s.url)).toEqual(['https://example.org/cait-1', 'https://example.org/lat-9']);
  });

  it('keeps apart records of another kind, another company, too far apart, or a second record for one note', () => {
    const notes: Note[] = [note('cait-1', '2023-05-01', 'strike')];
    const incoming = [
      note('lat-1', '2023-05-01', 'protest'),
      note('lat-2', '2023-05-01', 'strike', 'other'),
      note('lat-3', '2023-05-10', 'strike'),
      note('lat-4', '2023-05-01', 'strike'),
      note('lat-5', '2023-05-02', 'strike'),
    ];
    const r = mergeLabor(notes, incoming, { withinDays: 3, sameKind: true }, () => true);
    expect(r.merged.map((m) => m.from)).toEqual(['lat-4']);
    expect(r.added.map((n) => n.id)).toEqual(['lat-1', 'lat-2', 'lat-3', 'lat-5']);
  });
});
