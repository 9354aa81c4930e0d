import { reportPageHref } from '@/data/model/report-link';
import { useI18n } from './i18n';

/** On every note: opens the prefilled report for it (note id and data version; never the page's URL). */
export function ReportLink({ noteId }: { noteId: string }) {
  const { t } = useI18n();
  return (
    <a className="report-link no-print" href={reportPageHref(noteId)} target="_blank" rel="noopener noreferrer" data-testid="report-link">
      {t('wrongClaim.link')}
    </a>
  );
}
