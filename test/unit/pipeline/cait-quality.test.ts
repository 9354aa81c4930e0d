/**
 * Precision of the CAIT attribution rule (data/pipeline/cait.ts) on hand-labelled actions
 * (test/fixtures/cait/, made by reading each action and, where unclear, news copies; see its README):
 * all 111 actions naming two or more companies and a random 60 of the single-company ones, 348 (action,
 * company) pairs labelled participant / target-only / other, and each action's actor.
 *
 * A pair the rule gives a worker note is right when its company's workers (or contractors' workers at
 * it) took part: labelled "participant". The labels count a parent named beside its subsidiary as a
 * participant; the rule leaves the parent to show the note through ownership, which costs recall only.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { caitAttribution, type NameRelation } from '@/data/pipeline/cait';
import { companyRecord, readSourceCompanies } from '@/data/pipeline/authored';
import { NameIndex } from '@/data/pipeline/name-index';
import { sharedCaitActions } from '../../helpers/cait';

const actions = sharedCaitActions('cait-quality.test', 'the labelled set cannot be joined to its actions');

interface Label {
  action_id: string;
  company: string;
  position_in_list: string;
  label: 'participant' | 'target-only' | 'other';
  actor: 'workers' | 'mixed' | 'public' | 'students';
}

describe.skipIf(!actions)('CAIT attribution rule on labelled actions', () => {
  it('gives worker notes only to participants (precision ≥ 0.93) and labels student and public actions', () => {
    const labels = Papa.parse<Label>(readFileSync('test/fixtures/cait/cait-attribution-labels.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(labels.length).toBe(348);
    const registry = readSourceCompanies('data/dataset/sources').map(companyRecord);
    const names = new NameIndex(registry);
    const relation: NameRelation = (name, other) => {
      const a = names.byBrand(name);
      const b = names.byBrand(other);
      if (!a || !b) return undefined;
      return a.id === b.id ? 'same' : b.parent?.id === a.id ? 'owner' : undefined;
    };
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let actorRight = 0;
    let nonWorkerNotes = 0;
    const wrong: string[] = [];
    const byAction = new Map<number, Label[]>();
    for (const l of labels) byAction.set(Number(l.action_id), [...(byAction.get(Number(l.action_id)) ?? []), l]);
    for (const [id, ls] of byAction) {
      const a = actions!.get(id)!;
      const att = caitAttribution(a, relation);
      const actor = ls[0]!.actor;
      // An actor CAIT does not record is not called workers, students or the public: right unless it was students.
      const outside = att.actor === 'students' || att.actor === 'public';
      if (outside === (actor === 'students' || actor === 'public') || (att.actor === undefined && actor !== 'students')) actorRight++;
      for (const l of ls) {
        const pos = Number(l.position_in_list) - 1;
        const given = att.attributed.includes(pos);
        if (given && (att.actor === 'students' || att.actor === 'public')) {
          nonWorkerNotes++;
          continue;
        }
        if (given && l.label === 'participant') tp++;
        else if (given) {
          fp++;
          wrong.push(`  ${id} ${l.company}: given a worker note, labelled ${l.label}`);
        } else if (l.label === 'participant') fn++;
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      [
        `CAIT attribution on ${labels.length} labelled pairs (${byAction.size} actions): worker-note precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} right, ${fp} wrong, ${fn} participants not given a note); actor (workers or not) right in ${actorRight} of ${byAction.size} actions; ${nonWorkerNotes} notes labelled as student or public actions`,
        ...wrong,
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.93);
    expect(actorRight / byAction.size).toBeGreaterThanOrEqual(0.95);
  });
});
