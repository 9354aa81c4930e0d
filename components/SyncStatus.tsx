import type { ActiveDataset } from '@/data/model/state';
import { useI18n } from './i18n';

export interface SyncStatusProps {
  active: ActiveDataset | undefined;
  hasLists: boolean;
  hasBuiltInList: boolean;
  busy: boolean;
  message: string | null;
}

/** The data in use and what the last sync did. */
export function SyncStatus({ active, hasLists, hasBuiltInList, busy, message }: SyncStatusProps) {
  const { t, fmt } = useI18n();
  const lists = active?.lists ?? [];
  const origin = lists.length
    ? t('sync.bundledWithLists', {
        version: active?.bundledVersion ?? '?',
        lists: fmt.list(lists.map((l) => t('sync.listVersion', { version: l.version, url: l.url }))),
      })
    : t('sync.bundledOnly');
  return (
    <section className="sync-status" data-testid="sync-status" aria-live="polite">
      {active ? (
        <p>
          {t('sync.dataInUse')} <strong data-testid="dataset-in-use">{t('sync.version', { version: active.version })}</strong>{' '}
          {t('sync.counts', {
            date: fmt.date(active.generatedAt.slice(0, 10)),
            companies: fmt.number(active.counts.companies),
            notes: fmt.number(active.counts.notes),
            origin,
          })}
        </p>
      ) : (
        <p>{t('sync.noData')}</p>
      )}
      {!hasBuiltInList && <p className="muted">{hasLists ? t('sync.noBuiltInWithLists') : t('sync.noBuiltInOnly')}</p>}
      {busy && <p>{t('sync.syncing')}</p>}
      {message && <p className="muted">{message}</p>}
    </section>
  );
}
