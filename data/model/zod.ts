/**
 * The Zod every model schema is declared with: `zod/mini`, the functional build of Zod 4 (the same parser
 * core and the same `.parse`/`.safeParse`, checks passed as functions). A schema of the standard build
 * carries dozens of bound methods per instance and pulls in the whole library; these carry none and bring
 * only the checks used. English messages are set here once, as the standard build does.
 *
 * The service worker evaluates every module it imports on each wake-up, and most wake-ups (a tab event)
 * parse nothing. So each exported schema is declared as `z.lazy(() => …)`: built on its first parse (then
 * kept), not when its module is evaluated; the pieces shared between schemas are small functions that
 * build a fresh piece for each use. One declaration per shape still: types by `z.infer`, the JSON Schema
 * export and the parse are unchanged (issue 13: the worker's start-up time and memory).
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export { z };
