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
import { useI18n } from '@/components/i18n';
import { LanguagePicker } from '@/components/LanguagePicker';
import { chosenLanguage, setLanguage } from '@/data/browser/i18n';
import type { I18n } from '@/data/model/i18n';

const intervalLabel = (h: number, { t }: I18n) =>
  h < 24 ? t('options.everyHours', { count: h }) : h === 24 ? t('options.everyDay') : t('options.everyDays', { count: h / 24 });

export function App() {
  const i18n = useI18n();
  const { t } = i18n;
  const [language, setLanguageState] = useState<Awaited<ReturnType<typeof chosenLanguage>> | null>(null);
  useEffect(() => void chosenLanguage().then(setLanguageState), []);
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
        () => setMessage(t('options.done', { what })),
        (err: unknown) => setMessage(t('options.failed', { what, error: String(err) })),
      )
      .finally(() => {
        setBusy(false);
        void refresh();
      });
  };

  const lists = state?.lists ?? [];
  return (
    <main className="page options">
      <h1>{t('options.title')}</h1>
      <p>
        <a href="/lookup.html">{t('options.lookupLink')}</a>
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
          onClick={() => run(t('options.jobSync'), syncNow)}
        >
          {t('options.syncNow')}
        </button>{' '}
        <label>
          {t('options.checkUpdates')}{' '}
          <select
            data-testid="sync-interval"
            value={state?.intervalHours ?? 24}
            disabled={busy}
            onChange={(e) => run(t('options.jobInterval'), () => setIntervalHours(Number(e.target.value)))}
          >
            {INTERVAL_CHOICES_HOURS.map((h) => (
              <option key={h} value={h}>
                {intervalLabel(h, i18n)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <h2>{t('options.listsHeading')}</h2>
      <p className="muted">{t('options.listsIntro')}</p>
      <ListTable
        lists={lists}
        disabled={busy}
        onToggle={(sub: Subscription, on: boolean) =>
          run(on ? t('options.jobEnable') : t('options.jobDisable'), () => setListEnabled(sub, on))
        }
        onRemove={(sub: Subscription) => run(t('options.jobRemove'), () => removeList(sub))}
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
            run(t('options.jobAdd'), () => access.then(() => addList(url, key)).then(resolve, reject)),
          );
        }}
      />
      <h2>{t('options.languageHeading')}</h2>
      {language && (
        <LanguagePicker
          value={language}
          // Every open page keeps its language until reloaded; this one reloads at once.
          onChange={(v) => void setLanguage(v).then(() => location.reload())}
        />
      )}
    </main>
  );
}
