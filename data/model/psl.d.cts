/** Types of ./psl.cjs: tldts, loaded on the first call (see there why). */
export declare function psl(): typeof import('tldts');
