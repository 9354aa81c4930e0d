import { useCallback, useEffect, useState } from 'react';
import { SyncStatus, type LastAction } from '@/components/SyncStatus';
import { ListTable } from '@/components/ListTable';
import { ConflictList } from '@/components/ConflictList';
import { AddListForm } from '@/components/AddListForm';
import { INTERVAL_CHOICES_HOURS } from '@/data/browser/settings';
import {
  addList,
  checkNewList,
  loadOptions,
  removeList,
  requestHostAccess,
  setIntervalHours,
  setAgencyMuted,
  setKindEnabled,
  setListEnabled,
  syncNow,
  type OptionsState,
} from '@/data/browser/options';
import type { ListReport, Subscription } from '@/data/model/state';
import { useI18n } from '@/components/i18n';
import { LanguagePicker } from '@/components/LanguagePicker';
import { BadgeChoices } from '@/components/BadgeChoices';
import { MenuSwitch } from '@/components/MenuSwitch';
import { useMenuSetting } from '@/hooks/useMenuSetting';
import { chosenLanguage, setLanguage } from '@/data/browser/i18n';
import type { I18n } from '@/data/model/i18n';
import { TIE_KINDS, type TiePrefs } from '@/data/model/headline';

const intervalLabel = (h: number, { t }: I18n) =>
  h < 24 ? t('options.everyHours', { count: h }) : h === 24 ? t('options.everyDay') : t('options.everyDays', { count: h / 24 });

export function App() {
  const i18n = useI18n();
  const { t } = i18n;
  const [language, setLanguageState] = useState<Awaited<ReturnType<typeof chosenLanguage>> | null>(null);
  useEffect(() => void chosenLanguage().then(setLanguageState), []);
  const [state, setState] = useState<OptionsState | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastAction, setLastAction] = useState<LastAction | null>(null);
  const menus = useMenuSetting();
  const refresh = useCallback(
    () => loadOptions().then(setState, (err: unknown) => setLastAction({ what: t('options.jobLoad'), reports: [], error: String(err) })),
    [t],
  );
  useEffect(() => void refresh(), [refresh]);

  // Every action reports what really happened to each list: a refused update is a failure, not "done".
  const run = (what: string, job: () => Promise<ListReport[] | void>) => {
    setBusy(true);
    setLastAction(null);
    job()
      .then(
        (reports) => setLastAction({ what, reports: reports ?? [] }),
        (err: unknown) => setLastAction({ what, reports: [], error: (err as Error)?.message ?? String(err) }),
      )
      .finally(() => {
        setBusy(false);
        void refresh();
      });
  };

  // A choice shows at once (a controlled checkbox would spring back until storage answers), then is saved
  // and read back, so the page always ends on what is stored.
  const choose = (prefs: TiePrefs, save: () => Promise<void>) => {
    setState((s) => s && { ...s, prefs });
    void save().then(refresh, (err: unknown) => {
      setLastAction({ what: t('choices.heading'), reports: [], error: String(err) });
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
      <h2>{t('choices.heading')}</h2>
      {state && (
        <BadgeChoices
          prefs={state.prefs}
          // The agencies the data covers, and any muted one it no longer covers (so it can be unmuted).
          agencies={[
            ...(state.active?.coverage?.agencies ?? []),
            ...state.prefs.mutedAgencies
              .filter((id) => !state.active?.coverage?.agencies.some((a) => a.id === id))
              .map((id) => ({ id, acronym: id, name: id })),
          ]}
          disabled={busy}
          onKind={(k, on) =>
            choose({ ...state.prefs, kinds: TIE_KINDS.filter((x) => (x === k ? on : state.prefs.kinds.includes(x))) }, () =>
              setKindEnabled(k, on),
            )
          }
          onAgency={(id, on) => {
            const rest = state.prefs.mutedAgencies.filter((a) => a !== id);
            choose({ ...state.prefs, mutedAgencies: on ? rest : [...rest, id] }, () => setAgencyMuted(id, !on));
          }}
        />
      )}
      <SyncStatus
        active={state?.active}
        hasLists={lists.length > 0}
        hasBuiltInList={!!state?.hasBuiltInList}
        busy={busy}
        lastAction={lastAction}
        failures={lists.flatMap(({ sub, status }) =>
          sub.enabled && status.lastError ? [{ url: sub.url, error: status.lastError, at: status.lastAttemptAt }] : [],
        )}
        lastRun={state?.lastRun}
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
      <ConflictList conflicts={state?.conflicts} />
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
            run(t('options.jobAdd'), async () => {
              try {
                await access;
                const reports = await addList(url, key);
                resolve();
                return reports;
              } catch (err) {
                reject(err as Error);
                throw err;
              }
            }),
          );
        }}
      />
      {menus.shown && (
        <>
          <h2>{t('options.menusHeading')}</h2>
          <MenuSwitch on={!!menus.on} note={menus.note} disabled={menus.on === null} onChange={menus.toggle} />
        </>
      )}
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
