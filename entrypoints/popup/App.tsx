import { useCallback, useEffect, useState } from 'react';
import { ResultView } from '@/components/ResultView';
import { SearchPanel } from '@/components/SearchPanel';
import { DatasetFooter } from '@/components/DatasetFooter';
import { companyResult, loadPopup, openLookupPage, openSettings, popupTarget, searchPopup, type PopupState } from '@/data/browser/popup';
import { PageLinks } from '@/components/PageLinks';
import type { MatchResult } from '@/data/model/result';
import { useI18n } from '@/components/i18n';

export function App() {
  const { t } = useI18n();
  const [state, setState] = useState<PopupState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<MatchResult | null>(null);

  useEffect(() => {
    loadPopup(popupTarget(location.search)).then(setState, (err: unknown) => setError(String(err)));
  }, []);

  const onPick = useCallback((pick: { companyId: string } | { result: MatchResult }) => {
    if ('result' in pick) setPicked(pick.result);
    else companyResult(pick.companyId).then(setPicked, (err: unknown) => setError(String(err)));
  }, []);

  if (error)
    return (
      <main className="popup">
        <p className="error" role="alert">
          {t('common.loadFailed', { error })}
        </p>
      </main>
    );
  if (!state)
    return (
      <main className="popup">
        <p className="muted">{t('common.loading')}</p>
      </main>
    );
  const shown = picked ?? state.result;
  return (
    <main className="popup">
      {picked && (
        <button type="button" className="link" onClick={() => setPicked(null)}>
          {t('popup.back', { site: state.site ?? t('popup.notAWebsite') })}
        </button>
      )}
      {shown ? (
        <ResultView result={shown} />
      ) : (
        <p className="no-match" data-testid="no-match">
          {t('popup.noMatch', { site: state.site ?? t('popup.notAWebsite') })}
        </p>
      )}
      <SearchPanel search={searchPopup} onPick={onPick} autoFocus={!shown} />
      <PageLinks onLookup={() => void openLookupPage()} onSettings={() => void openSettings()} />
      <DatasetFooter dataset={state.dataset} />
    </main>
  );
}
