import { useCallback, useEffect, useState } from 'react';
import { SyncStatus } from '@/components/SyncStatus';
import { ListTable } from '@/components/ListTable';
import { AddListForm } from '@/components/AddListForm';
import { INTERVAL_CHOICES_HOURS } from '@/data/browser/settings';
import {
  addList,
  checkNewList,
  loadOptions,
  removeList,
  requestHostAccess,
  setIntervalHours,
  setListEnabled,
  syncNow,
  type OptionsState,
} from '@/data/browser/options';
import type { Subscription } from '@/data/model/state';

const intervalLabel = (h: number) => (h < 24 ? `every ${h} hours` : h === 24 ? 'every day' : `every ${h / 24} days`);

export function App() {
  const [state, setState] = useState<OptionsState | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useCallback(() => loadOptions().then(setState, (err: unknown) => setMessage(String(err))), []);
  useEffect(() => void refresh(), [refresh]);

  const run = (what: string, job: () => Promise<unknown>) => {
    setBusy(true);
    setMessage(null);
    job()
      .then(
        () => setMessage(`${what}: done.`),
        (err: unknown) => setMessage(`${what} failed: ${String(err)}`),
      )
      .finally(() => {
        setBusy(false);
        void refresh();
      });
  };

  const lists = state?.lists ?? [];
  return (
    <main className="page options">
      <h1>Tieline settings</h1>
      <p>
        <a href="/lookup.html">Check a company or screen a donor or vendor list →</a>
      </p>
      <SyncStatus
        active={state?.active}
        hasLists={lists.length > 0}
        hasBuiltInList={!!state?.hasBuiltInList}
        busy={busy}
        message={message}
      />
      <p>
        <button
          type="button"
          data-testid="sync-now"
          disabled={busy || !lists.some((l) => l.sub.enabled)}
          onClick={() => run('Sync', syncNow)}
        >
          Sync now
        </button>{' '}
        <label>
          Check for updates{' '}
          <select
            data-testid="sync-interval"
            value={state?.intervalHours ?? 24}
            disabled={busy}
            onChange={(e) => run('Saving the interval', () => setIntervalHours(Number(e.target.value)))}
          >
            {INTERVAL_CHOICES_HOURS.map((h) => (
              <option key={h} value={h}>
                {intervalLabel(h)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <h2>Update lists</h2>
      <p className="muted">
        Each list is a folder of signed updates. Tieline checks its signature against the public key you enter and keeps the data it has
        whenever an update fails any check.
      </p>
      <ListTable
        lists={lists}
        disabled={busy}
        onToggle={(sub: Subscription, on: boolean) => run(on ? 'Enabling the list' : 'Disabling the list', () => setListEnabled(sub, on))}
        onRemove={(sub: Subscription) => run('Removing the list', () => removeList(sub))}
      />
      <AddListForm
        disabled={busy}
        check={(url, key) =>
          checkNewList(
            url,
            key,
            lists.map((l) => l.sub),
          )
        }
        onAdd={(url, key) => {
          // Asked first, while the click still counts as the user's gesture.
          const access = requestHostAccess(url);
          return new Promise<void>((resolve, reject) =>
            run('Adding the list', () => access.then(() => addList(url, key)).then(resolve, reject)),
          );
        }}
      />
    </main>
  );
}
