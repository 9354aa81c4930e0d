/**
 * The relation sweep (docs/relation-sweep.md, issue 9): every shipped labour note labelled "Not its employees" (relation
 * `target`) was read for whether the company's own current workers took part. Where they did (CAIT 445's Alphabet
 * Workers Union members at Google, Facebook employees at the Qin Chen vigil, an Amazon worker at the Edwardsville
 * rally), the note is its workers' among others' (relation employer), as CAIT 490's Alibaba note is; the others keep
 * the label.
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote, bundledLabourNotes } from '../../helpers/bundled-notes';

/** The notes the sweep found with the company's own current workers among those who acted. */
const CHANGED: readonly string[] = [
  'cait-154-amazon',
  'cait-169-amazon',
  'cait-190-meta',
  'cait-363-amazon',
  'cait-445-google',
  'cait-445-g4s',
  'lat-175-amazon',
  'lat-831-amazon',
  // Left unclear by the sweep; the lead's call: the note itself says a jury found GEO owed the detained workers
  // minimum wage under Washington's law, which "Not its employees" contradicted.
  'geo-group-2017-09-minimum-wage-lawsuit',
];

/** The notes the sweep left labelled "Not its employees" (stays target, or unclear and left as shipped). */
const KEPT: readonly string[] = [
  'cait-101-microsoft',
  'cait-118-salesforce',
  'cait-123-amazon',
  'cait-130-instagram',
  'cait-140-palantir',
  'cait-143-palantir',
  'cait-164-google',
  'cait-165-github',
  'cait-172-doordash',
  'cait-182-palantir',
  'cait-189-palantir',
  'cait-217-github',
  'cait-218-amazon',
  'cait-255-amazon',
  'cait-270-meta',
  'cait-286-doordash',
  'cait-286-instacart',
  'cait-286-lyft',
  'cait-286-postmates',
  'cait-291-pinterest',
  'cait-297-kickstarter',
  'cait-302-amazon',
  'cait-303-github',
  'cait-31-microsoft',
  'cait-334-meta',
  'cait-36-amazon',
  'cait-371-amazon',
  'cait-392-youtube',
  'cait-403-google',
  'cait-404-google',
  'cait-411-google',
  'cait-440-paramount',
  'cait-459-tiktok',
  'cait-483-amazon',
  'cait-51-netflix',
  'cait-55-adobe',
  'cait-64-palantir',
  'cait-76-doordash',
  'cait-77-apple',
  'cait-95-samsung',
  'cait-96-palantir',
  'chef-2019-09-code-removal',
  'lat-1258-amazon',
  'lat-1434-amazon',
  'lat-1608-amazon',
  'lat-168-amazon',
  'lat-1784-twitter',
  'lat-1959-kroger',
  'lat-2316-amazon',
  'lat-2430-waymo',
  'lat-271-amazon',
  'lat-2808-l3harris',
  'lat-3221-amazon',
  'lat-4055-waymo',
  'lat-4223-walmart',
  'lat-4299-waymo',
  'lat-4469-waymo',
  'lat-4653-waymo',
  'lat-529-amazon',
  'lat-68-amazon',
  'lat-89-spotify',
  'lexisnexis-2019-11-legal-petition',
  'lexisnexis-2021-10-end-the-contract',
  'thomson-reuters-2019-11-legal-petition',
  'thomson-reuters-2020-02-16-protest',
  'thomson-reuters-2021-10-end-the-contract',
];

describe('the relation sweep: “Not its employees” only where none of its own workers acted', () => {
  it.each(CHANGED)('%s: its own current workers took part, so it is its workers’ among others’ (employer)', (id) => {
    expect(bundledLabourNote(id).relation).toBe('employer');
  });

  it('keeps the words that were accurate: who acted is told as before', () => {
    expect(bundledLabourNote('cait-445-google').summary).toContain('members of the Alphabet Workers Union and other supporters');
    expect(bundledLabourNote('cait-190-meta').summary).toContain('Facebook employees and others');
    expect(bundledLabourNote('lat-831-amazon').summary).toContain('Amazon workers from other warehouses');
  });

  it.each(KEPT)('%s: still not its employees (target)', (id) => {
    expect(bundledLabourNote(id).relation).toBe('target');
  });

  it('read every note shipped as “Not its employees”: the 75 are the 9 changed and the 66 kept', () => {
    const target = [...bundledLabourNotes().values()].filter((n) => n.relation === 'target').map((n) => n.id);
    expect(new Set(target)).toEqual(new Set(KEPT));
    expect(CHANGED.length + KEPT.length).toBe(75);
  });
});
