/**
 * An online action CAIT places only in "usa" is told without a place (data/pipeline/cait.ts): of the 23 such records
 * the audits and sweeps read, 14 had no place any report gives (labour sweep 3). Leaving the place out is never
 * false; an audit that confirms the USA keeps it through its fix's locations.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { caitSummary, type CaitAction } from '@/data/pipeline/cait';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { caitAction } from '../../helpers/cait';

const action = caitAction;

describe('CAIT: the place of an online action', () => {
  it('leaves out a bare USA for an online action, and keeps every other place', () => {
    expect(caitSummary(action(), 'Google', 'open-letter', 'workers', [])).toMatch(
      /^An open letter by white-collar workers at Google involving 195 people \(online\)\./,
    );
    expect(caitSummary(action({ online: false }), 'Google', 'open-letter', 'workers', [])).toMatch(/involving 195 people in the USA\./);
    expect(caitSummary(action({ locations: ['seattle-washington-usa'] }), 'Google', 'open-letter', 'workers', [])).toMatch(
      /involving 195 people in Seattle, Washington, USA \(online\)\./,
    );
    // An audit's locations are the reports': kept as they are.
    expect(caitSummary(action(), 'Google', 'open-letter', 'workers', [], { fix: { why: 'test', locations: ['usa'] } })).toMatch(
      /involving 195 people in the USA \(online\)\./,
    );
  });

  it('tells an action held both in person and online as such where an audit found it so, and CAIT’s online flag otherwise', () => {
    // The importer lays a fix's locations over the record before composing (cait.ts): so here.
    const at = { why: 'test', locations: ['los_angeles-california-usa'] };
    const la = action({ locations: at.locations });
    expect(caitSummary(la, 'Netflix', 'walkout', 'workers', [], { fix: { ...at, online: 'also' } })).toMatch(
      /^A walkout by white-collar workers at Netflix involving 195 people in Los Angeles, California, USA \(in person and online\)\./,
    );
    expect(caitSummary(la, 'Netflix', 'walkout', 'workers', [], { fix: at })).toMatch(/in Los Angeles, California, USA \(online\)\./);
    expect(caitSummary({ ...la, online: false }, 'Netflix', 'walkout', 'workers', [], { fix: { ...at, online: false } })).toMatch(
      /in Los Angeles, California, USA\./,
    );
  });

  it.skipIf(!existsSync('../shared/data/cait/actions.json'))(
    'no shipped CAIT note of an online action places it in the USA alone unless an audit did',
    () => {
      const online = new Set(
        (JSON.parse(readFileSync('../shared/data/cait/actions.json', 'utf8')) as CaitAction[])
          .filter((a) => a.online && a.locations?.length && a.locations.every((l) => l.toLowerCase() === 'usa'))
          .map((a) => a.id),
      );
      expect(online.size).toBeGreaterThan(50);
      const notes = readBundledDataset().notes.filter((n) => n.kind === 'labor' && online.has(Number(/^cait-(\d+)-/.exec(n.id)?.[1])));
      expect(notes.length).toBeGreaterThan(40);
      const placed = notes.filter((n) => (n.summary ?? '').includes(' in the USA (online)'));
      // Only where an audit's fix names the USA (none today).
      expect(placed.map((n) => n.id)).toEqual([]);
    },
  );
});
