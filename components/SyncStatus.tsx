import type { ActiveDataset } from '@/data/model/state';
import { formatDate } from '@/data/model/format';

export interface SyncStatusProps {
  active: ActiveDataset | undefined;
  hasLists: boolean;
  hasBuiltInList: boolean;
  busy: boolean;
  message: string | null;
}

/** The data in use and what the last sync did. */
export function SyncStatus({ active, hasLists, hasBuiltInList, busy, message }: SyncStatusProps) {
  const lists = active?.lists ?? [];
  return (
    <section className="sync-status" data-testid="sync-status" aria-live="polite">
      {active ? (
        <p>
          Data in use: <strong data-testid="dataset-in-use">version {active.version}</strong> ({formatDate(active.generatedAt.slice(0, 10))}
          ), {active.counts.companies.toLocaleString('en-US')} companies and {active.counts.notes.toLocaleString('en-US')} notes —{' '}
          {lists.length
            ? `bundled version ${active.bundledVersion ?? '?'} with ${lists.map((l) => `version ${l.version} of ${l.url}`).join(', ')}`
            : 'the data bundled with the extension'}
          .
        </p>
      ) : (
        <p>No data installed yet.</p>
      )}
      {!hasBuiltInList && (
        <p className="muted">
          No update list was configured when this copy was built, so Tieline uses its bundled data
          {hasLists ? ' and the lists you added' : ' only'}.
        </p>
      )}
      {busy && <p>Syncing…</p>}
      {message && <p className="muted">{message}</p>}
    </section>
  );
}
