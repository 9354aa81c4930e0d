import type { ListState, ListStatus } from '@/data/model/state';
import type { Subscription } from '@/data/model/state';
import { formatDate } from '@/data/model/format';

export interface ListRow {
  sub: Subscription;
  state: ListState | undefined;
  status: ListStatus;
}

export interface ListTableProps {
  lists: ListRow[];
  onToggle: (sub: Subscription, enabled: boolean) => void;
  onRemove: (sub: Subscription) => void;
  disabled: boolean;
}

const when = (iso: string | undefined) => (iso ? `${formatDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC` : 'never');

/** Each subscribed list with its version, last success and last error. */
export function ListTable({ lists, onToggle, onRemove, disabled }: ListTableProps) {
  if (!lists.length) return <p className="muted">No lists subscribed.</p>;
  return (
    <table className="lists" data-testid="lists">
      <thead>
        <tr>
          <th>List</th>
          <th>Version</th>
          <th>Last success</th>
          <th>Last error</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {lists.map(({ sub, state, status }) => (
          <tr key={sub.id} data-testid="list-row">
            <td>
              <span className="url">{sub.url}</span>
              {sub.builtIn && <span className="muted"> (built in)</span>}
            </td>
            <td data-testid="list-version">{state ? state.version : '—'}</td>
            <td>{when(status.lastSuccessAt)}</td>
            <td className={status.lastError ? 'error' : 'muted'} data-testid="list-error">
              {status.lastError ? `${when(status.lastAttemptAt)}: ${status.lastError}` : 'none'}
              {status.nextRetryAt && status.lastError ? ` — retrying after ${when(status.nextRetryAt)}` : ''}
            </td>
            <td className="actions">
              <label>
                <input type="checkbox" checked={sub.enabled} disabled={disabled} onChange={(e) => onToggle(sub, e.target.checked)} />{' '}
                enabled
              </label>
              {!sub.builtIn && (
                <button type="button" disabled={disabled} onClick={() => onRemove(sub)}>
                  Remove
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
