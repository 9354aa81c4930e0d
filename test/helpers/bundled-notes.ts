/**
 * The built dataset's notes for tests that check single notes by id: read and parsed once per test file (a 12 MB
 * JSON parse and schema check is worth doing once, not per note looked up).
 */
import { readBundledDataset } from '@/data/pipeline/bundled';
import type { Dataset, LaborAction } from '@/data/model/schema';

let dataset: Dataset | undefined;
let labour: Map<string, LaborAction> | undefined;

/** The bundled dataset (data/dataset/dataset.json), parsed once. */
export const bundledDataset = (): Dataset => (dataset ??= readBundledDataset());

/** The bundled dataset's labour notes by id. */
export function bundledLabourNotes(): ReadonlyMap<string, LaborAction> {
  labour ??= new Map(
    bundledDataset()
      .notes.filter((n): n is LaborAction => n.kind === 'labor')
      .map((n) => [n.id, n]),
  );
  return labour;
}

/** One labour note of the bundled dataset; throws if there is none of that id. */
export function bundledLabourNote(id: string): LaborAction {
  const n = bundledLabourNotes().get(id);
  if (!n) throw new Error(`${id} is not a labour note of the built dataset`);
  return n;
}
