/**
 * The scheduled sync's alarm name, apart from ./schedule.ts: the service worker's alarm listener, in background.js,
 * tells it from the snooze's without loading the sync (a script of its own there: ./late-script.sw.ts).
 */
export const SYNC_ALARM = 'tieline-sync';
