/**
 * The lead's read of two items audit pass 41 judged true but flagged (docs/audit-pass-41.md):
 * - #32 (where): CAIT 47's rally of Compass Transportation's shuttle drivers' supporters was outside Apple's
 *   headquarters in Cupertino; the notes CAIT's company list gave eBay, Genentech and Yahoo placed it "at eBay in
 *   Cupertino" and so on. Every note now tells it at Apple, and the others say the drivers also serve them.
 * - #3 (wording): the HPE–ICE note said what the "coverage retrieved" did not give, words about our reading rather than
 *   about the report.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset, bundledLabourNote } from '../../helpers/bundled-notes';

describe('Audit pass 41, the lead’s read', () => {
  it('tells CAIT 47’s rally at Apple, where it was, in each client’s note', () => {
    expect(bundledLabourNote('cait-47-apple').summary).toContain(
      'shuttle drivers) at Apple in Cupertino, USA. The action also involved eBay, Genentech and Yahoo.',
    );
    for (const [id, name] of [
      ['ebay', 'eBay'],
      ['genentech', 'Genentech'],
      ['yahoo', 'Yahoo'],
    ]) {
      const note = bundledLabourNote(`cait-47-${id}`);
      expect(note.summary).toContain('shuttle drivers) at Apple in Cupertino, USA.');
      expect(note.summary).toContain(`These workers also serve ${name}.`);
      expect(note.summary).not.toContain(`at ${name} in`);
    }
  });

  it('says what NBC’s review did not give, not what our reading did not find', () => {
    const hpe = bundledDataset().notes.find((n) => n.id === 'hewlett-packard-enterprise-ice')!;
    expect(hpe.summary).not.toContain('coverage retrieved');
    expect(hpe.summary).toContain('it gave neither the value nor the scope of that work');
  });
});
