/**
 * Imported first by entrypoints/background.ts, for its side effect only: modules are evaluated in import
 * order, so this mark is the first thing background.js does, and the benchmark can tell how long the rest
 * of the script takes to evaluate (see data/model/marks.ts).
 */
import { MARKS, mark } from '../model/marks';

mark(MARKS.scriptStart);
