import type { ListState, ListStatus } from '@/data/model/state';
import type { Subscription } from '@/data/model/state';
import { useI18n } from './i18n';

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

/** Each subscribed list with its version, last success and last error. Errors are the sync's own words. */
export function ListTable({ lists, onToggle, onRemove, disabled }: ListTableProps) {
  const { t, fmt } = useI18n();
  const when = (iso: string | undefined) =>
    iso ? t('lists.when', { date: fmt.date(iso.slice(0, 10)), time: iso.slice(11, 16) }) : t('lists.never');
  if (!lists.length) return <p className="muted">{t('lists.none')}</p>;
  return (
    <table className="lists" data-testid="lists">
      <thead>
        <tr>
          <th>{t('lists.list')}</th>
          <th>{t('lists.version')}</th>
          <th>{t('lists.lastSuccess')}</th>
          <th>{t('lists.lastError')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {lists.map(({ sub, state, status }) => (
          <tr key={sub.id} data-testid="list-row">
            <td>
              <span className="url">{sub.url}</span>
              {sub.builtIn && <span className="muted"> {t('lists.builtIn')}</span>}
            </td>
            <td data-testid="list-version">{state ? state.version : '—'}</td>
            <td>{when(status.lastSuccessAt)}</td>
            <td className={status.lastError ? 'error' : 'muted'} data-testid="list-error">
              {status.lastError ? t('lists.errorAt', { when: when(status.lastAttemptAt), error: status.lastError }) : t('lists.noError')}
              {status.nextRetryAt && status.lastError ? t('lists.retrying', { when: when(status.nextRetryAt) }) : ''}
            </td>
            <td className="actions">
              <label>
                <input type="checkbox" checked={sub.enabled} disabled={disabled} onChange={(e) => onToggle(sub, e.target.checked)} />{' '}
                {t('lists.enabled')}
              </label>
              {!sub.builtIn && (
                <button type="button" disabled={disabled} onClick={() => onRemove(sub)}>
                  {t('lists.remove')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
