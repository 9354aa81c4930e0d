import { LAT_COLUMNS } from '@/data/pipeline/lat';

/** A column of the Labor Action Tracker's CSV, as the importer reads it. */
export type LatColumn = (typeof LAT_COLUMNS)[number];

/**
 * One line of the tracker's CSV for the importer's tests: the columns given, every other empty. Values are written as
 * they are, so none may hold a comma, a quote or a line break (a test that needs one quotes it itself).
 */
export function latLine(cells: Partial<Record<LatColumn, string>>): string {
  return LAT_COLUMNS.map((c) => {
    const v = cells[c] ?? '';
    if (/[",\r\n]/.test(v)) throw new Error(`latLine: ${c} holds a character CSV would need quoted: ${v}`);
    return v;
  }).join(',');
}
