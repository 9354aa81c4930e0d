/** Types of ./psl.cjs: tldts, loaded on the first call, or the list installed as data (see there why). */
import type { Psl } from './psl-trie';
export declare function psl(): Psl;
export declare function pslAvailable(): boolean;
export declare function usePsl(impl: Psl | undefined): void;
