/**
 * The Zod every model schema is declared with: `zod/mini`, the functional build of Zod 4 (the same parser
 * core and the same `.parse`/`.safeParse`, checks passed as functions). A schema of the standard build
 * carries dozens of bound methods per instance and pulls in the whole library; these carry none and bring
 * only the checks used. The service worker evaluates the schemas it imports on every wake-up, so this is
 * its start-up time and memory (issue 13). English messages are set here once, as the standard build does.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export { z };
