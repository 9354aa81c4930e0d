/** Types of ./dexie-script.cjs: the same as ./dexie.d.cts (the service worker's build resolves one to the other). */
export { dexieLibrary } from './dexie.cjs';
