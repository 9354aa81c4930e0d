/**
 * Where an install stands, in percent, at the end of each step: reading the packaged file, checking its
 * bytes and cutting it into its parts, writing the rows (the longest part, reported as it goes), switching to the new
 * data. Apart from ./install.ts (which re-exports it) for the service worker's first install (./first-write.ts),
 * which loads neither Dexie nor the schema.
 */
export const INSTALL_STEPS = { read: 10, checked: 35, written: 95 } as const;
