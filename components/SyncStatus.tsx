import type { ActiveDataset, LastRun, ListReport } from '@/data/model/state';
import type { I18n } from '@/data/model/i18n';
import { listLabel } from '@/data/model/url-text';
import { useI18n } from './i18n';

/** What the user just did and how it went: every list's real outcome, or the error that stopped it. */
export interface LastAction {
  what: string;
  reports: ListReport[];
  error?: string;
}

/** A list whose last sync failed: shown until its next success. */
export interface ListFailure {
  url: string;
  error: string;
  at?: string | undefined;
}

export interface SyncStatusProps {
  active: ActiveDataset | undefined;
  hasLists: boolean;
  hasBuiltInList: boolean;
  busy: boolean;
  lastAction: LastAction | null;
  failures: ListFailure[];
  lastRun?: LastRun | undefined;
}

const TRIGGER_KEYS = {
  'sync-now': 'sync.triggerSyncNow',
  'lists-changed': 'sync.triggerListsChanged',
  alarm: 'sync.triggerAlarm',
  startup: 'sync.triggerStartup',
  install: 'sync.triggerInstall',
} as const;

export const syncTime = ({ t, fmt }: I18n, iso: string) => t('lists.when', { date: fmt.date(iso.slice(0, 10)), time: iso.slice(11, 16) });

/** The answer to an action: a failure names each failed list and why; a success what each list did. */
function actionText({ t, fmt }: I18n, a: LastAction): string {
  if (a.error) return t('options.failed', { what: a.what, error: a.error });
  const failed = a.reports.filter((r) => r.status === 'failed');
  if (failed.length)
    return t('sync.resultFailed', {
      what: a.what,
      lists: fmt.list(failed.map((r) => t('sync.resultError', { list: listLabel(r.url), error: r.error ?? '' }))),
    });
  if (!a.reports.length) return t('options.done', { what: a.what });
  return t('sync.resultDone', {
    what: a.what,
    lists: fmt.list(
      a.reports.map((r) =>
        t(r.status === 'updated' ? 'sync.resultUpdated' : 'sync.resultUnchanged', { list: listLabel(r.url), version: r.version ?? '?' }),
      ),
    ),
  });
}

/**
 * The data in use, every list whose last sync failed with its cause (until its next success, whatever
 * started the sync), a run that failed outside any list, and what the user's last action did. Causes
 * come from the sync in English (technical detail, marked `lang="en"`).
 */
export function SyncStatus({ active, hasLists, hasBuiltInList, busy, lastAction, failures, lastRun }: SyncStatusProps) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const lists = active?.lists ?? [];
  const origin = lists.length
    ? t('sync.bundledWithLists', {
        version: active?.bundledVersion ?? '?',
        lists: fmt.list(lists.map((l) => t('sync.listVersion', { version: l.version, url: l.url }))),
      })
    : t('sync.bundledOnly');
  const actionFailed = !!lastAction && (!!lastAction.error || lastAction.reports.some((r) => r.status === 'failed'));
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
      {failures.map((f) => (
        <p key={f.url} className="error" role="alert" data-testid="sync-failure">
          {t('sync.failedList', { list: listLabel(f.url), when: f.at ? syncTime(i18n, f.at) : t('lists.never'), error: f.error })}
        </p>
      ))}
      {lastRun?.error && (
        <p className="error" role="alert" data-testid="sync-failure">
          {t('sync.runFailed', { trigger: t(TRIGGER_KEYS[lastRun.trigger]), when: syncTime(i18n, lastRun.at), error: lastRun.error })}
        </p>
      )}
      {busy && <p>{t('sync.syncing')}</p>}
      {lastAction && (
        <p className={actionFailed ? 'error' : 'muted'} data-testid="sync-result">
          {actionText(i18n, lastAction)}
        </p>
      )}
    </section>
  );
}
