/** Types of ./dexie.cjs (and ./dexie-script.cjs): the Dexie class, loaded on the first call (see there why). */
import type { Dexie } from 'dexie';
export declare function dexieLibrary(): typeof Dexie;
