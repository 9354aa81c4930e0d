/** A release's inputs and its comparison with the dataset it replaces (data/pipeline/release.ts). */
import { describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareDatasets, linkInputs, nextVersion } from '@/data/pipeline/release';
import { parseDataset } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';

describe('release inputs', () => {
  it('links the other inputs and keeps what the release fills itself (an interrupted fetch’s pages)', () => {
    const from = mkdtempSync(join(tmpdir(), 'tieline-in-'));
    for (const d of ['cait', 'nlrb', 'usaspending']) mkdirSync(join(from, d));
    const to = mkdtempSync(join(tmpdir(), 'tieline-work-'));
    mkdirSync(join(to, 'usaspending', '.pages'), { recursive: true });
    writeFileSync(join(to, 'usaspending', '.pages', 'started-at'), '1');
    mkdirSync(join(to, 'old-input'));
    expect(linkInputs(from, to, ['usaspending'])).toEqual(['cait', 'nlrb']);
    expect(lstatSync(join(to, 'cait')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(to, 'usaspending')).isSymbolicLink()).toBe(false);
    expect(existsSync(join(to, 'usaspending', '.pages', 'started-at'))).toBe(true);
    expect(existsSync(join(to, 'old-input'))).toBe(false);
  });
});

describe('comparing a release with what it replaces', () => {
  it('counts changed companies (each changes one shard) and refuses large losses', () => {
    const base = parseDataset(miniDataset());
    const same = compareDatasets(base, base, 0.1);
    expect(same).toMatchObject({ problems: [], changedCompanies: 0 });
    const notes = base.notes.map((n) => (n.kind === 'contract' && n.companyId === 'acme' ? { ...n, summary: `${n.summary} Updated.` } : n));
    const changed = compareDatasets(base, { ...base, notes, companies: base.companies.filter((c) => c.id !== 'quiet') }, 0.5);
    expect(changed.changedCompanies).toBe(2);
    expect(changed.problems).toEqual([]);
    expect(compareDatasets(base, { ...base, companies: base.companies.slice(0, 2) }, 0.5).problems).toEqual([
      'companies fell from 6 to 2, more than 50%',
    ]);
    expect(nextVersion(null, 3, 1)).toBe(4);
    expect(nextVersion(57, 3, 1)).toBe(58);
  });
});
