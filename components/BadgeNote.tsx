import type { MatchResult } from '@/data/model/result';
import { countedLines, headlines, type TiePrefs } from '@/data/model/headline';
import { useI18n } from './i18n';

/** Says what the toolbar badge's number counts, under the lines it counts. */
export function BadgeNote({
  result,
  prefs,
  quiet,
  onAbout,
}: {
  result: MatchResult;
  prefs: TiePrefs;
  quiet: boolean;
  onAbout: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { lines, more } = headlines(result, i18n, prefs);
  const n = countedLines(lines);
  return (
    <p className="badge-note muted" data-testid="badge-note">
      {quiet
        ? t('popup.badgeQuiet')
        : n > 0
          ? t('popup.badgeCount', { count: n })
          : lines.length
            ? t('popup.badgeDot')
            : t('popup.badgeEmpty')}{' '}
      {more > 0 && t('popup.moreBelow', { count: more })}{' '}
      <button type="button" className="link inline" data-testid="open-about" onClick={onAbout}>
        {t('coverage.link')}
      </button>
    </p>
  );
}
