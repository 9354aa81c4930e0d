import { useCallback, useEffect, useState } from 'react';
import { ResultView } from '@/components/ResultView';
import { usePaintMark } from '@/hooks/usePaintMark';
import { MARKS } from '@/data/model/marks';
import { SearchPanel } from '@/components/SearchPanel';
import { DatasetFooter } from '@/components/DatasetFooter';
import { PageLinks } from '@/components/PageLinks';
import { PopupControls } from '@/components/PopupControls';
import { Absence } from '@/components/Absence';
import { BadgeNote } from '@/components/BadgeNote';
import { useI18n } from '@/components/i18n';
import { quietNoteText } from '@/components/paint/popup';
import { Preparing } from '@/components/Preparing';
import { useInstallProgress } from '@/hooks/useInstallProgress';
import {
  companyResult,
  loadPopup,
  openLookupPage,
  openPage,
  openSettings,
  popupTarget,
  searchPopup,
  setPaused,
  snooze,
  type PopupState,
} from '@/data/browser/popup';
import type { MatchResult } from '@/data/model/result';

/**
 * The popup: the search box first (one Tab from the top), then the company, how it matched and the
 * headline lines, the badge explained, the details folded by group, and the controls.
 *
 * `first` is the state main.tsx asked for before the page mounted; `answered` is that state when it came
 * before React was ready (drawn at once, without a "Loading…" frame first).
 */
export function App({ first, answered }: { first?: Promise<PopupState>; answered?: PopupState }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useState<PopupState | null>(answered ?? null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<MatchResult | null>(null);
  const progress = useInstallProgress();
  const show = useCallback((p: Promise<PopupState>) => p.then(setState, (err: unknown) => setError(String(err))), []);
  const reload = useCallback(() => show(loadPopup(popupTarget(location.search))), [show]);
  // The first state was asked for before the page mounted (main.tsx); later ones after a control changes.
  useEffect(() => void (answered ? undefined : first ? show(first) : reload()), [answered, first, show, reload]);
  // What is below the headline and the badge's note — the controls, the links, the data's date — is drawn
  // once the headline has been painted: the first frame lays out only what the popup opens with.
  const painted = usePaintMark(MARKS.contentPainted, state !== null);

  const onPick = useCallback((pick: { companyId: string } | { result: MatchResult }) => {
    if ('result' in pick) setPicked(pick.result);
    else companyResult(pick.companyId).then(setPicked, (err: unknown) => setError(String(err)));
  }, []);

  if (error)
    return (
      <main className="popup">
        <h1 className="error" role="alert">
          {t('common.loadFailed', { error })}
        </h1>
      </main>
    );
  if (!state)
    return (
      <main className="popup">
        <Preparing progress={progress} />
      </main>
    );
  const shown = picked ?? state.result;
  const about = () => void openPage('/about.html', '#coverage');
  return (
    <main className="popup">
      <SearchPanel search={searchPopup} onPick={onPick} autoFocus={!shown} compact />
      {picked && (
        <button type="button" className="link" onClick={() => setPicked(null)}>
          {t('popup.back', { site: state.site ?? t('popup.thisPage') })}
        </button>
      )}
      {(state.paused || state.snoozedUntil) && !picked && (
        <p className="quiet-note" data-testid="quiet-note">
          {quietNoteText(i18n, state.paused, state.site)}
        </p>
      )}
      {shown ? (
        <ResultView result={shown} level={1} prefs={state.prefs}>
          {!picked && <BadgeNote result={shown} prefs={state.prefs} quiet={state.paused || !!state.snoozedUntil} onAbout={about} />}
        </ResultView>
      ) : (
        <Absence site={state.site} coverage={state.dataset.coverage} onAbout={about} />
      )}
      {painted && (
        <>
          <PopupControls
            // Pausing is offered where there is a badge to pause; snoozing everywhere always.
            site={state.result ? state.site : undefined}
            paused={state.paused}
            snoozedUntil={state.snoozedUntil}
            onPause={(p) => state.site && void setPaused(state.site, p).then(reload)}
            onSnooze={(c) => void snooze(c).then(reload)}
          />
          <PageLinks
            onLookup={() => void openLookupPage()}
            onSettings={() => void openSettings()}
            onAbout={() => void openPage('/about.html')}
          />
          <DatasetFooter dataset={state.dataset} freshness={state.freshness} />
        </>
      )}
    </main>
  );
}
