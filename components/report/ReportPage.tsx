import { useState } from 'react';
import type { Note } from '@/data/model/schema';
import { reportText, reportUrl } from '@/data/model/report-link';
import { laborActionKey } from '@/data/model/describe';
import { useI18n } from '../i18n';

export interface ReportPageProps {
  noteId: string;
  subject: { note: Note | null; companyName: string; agency?: string | undefined; version: number; address: string | undefined } | null;
  error: string | null;
  onCopy: (text: string) => Promise<void>;
}

/** A note's heading from its record (the report page has the record, not a view). */
function headingOf(n: Note, agency: string | undefined, t: ReturnType<typeof useI18n>['t']): string {
  if (n.kind === 'context') return n.title;
  if (n.kind === 'labor') return `${t(laborActionKey(n))}, ${n.date}`;
  return t('result.contractsWith', { agency: agency ?? n.agencyId });
}

/**
 * The prefilled report for one note: what will be sent, shown before anything is; the button opens the
 * build's report address (an issue tracker or mail), or the text is there to copy when none was set.
 */
export function ReportPage({ noteId, subject, error, onCopy }: ReportPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [copied, setCopied] = useState(false);
  const note = subject?.note ?? null;
  const text =
    subject && note
      ? reportText({ noteId, noteTitle: headingOf(note, subject.agency, t), company: subject.companyName, version: subject.version }, i18n)
      : null;
  const url = text ? reportUrl(subject?.address, text) : undefined;
  const host = url ? (url.startsWith('mailto:') ? url.slice(7).split('?')[0] || 'mail' : new URL(url).host) : '';
  return (
    <main className="page report">
      <h1>{t('wrongClaim.title')}</h1>
      <p>{t('wrongClaim.intro')}</p>
      {error && (
        <p className="error" role="alert">
          {t('common.loadFailed', { error })}
        </p>
      )}
      {!subject && !error && <p className="muted">{t('common.loading')}</p>}
      {subject && !note && <p data-testid="report-missing">{t('wrongClaim.notFound', { id: noteId })}</p>}
      {text && (
        <>
          <label className="report-text">
            <span className="sr-only">{t('wrongClaim.title')}</span>
            <textarea readOnly rows={8} value={`${text.subject}\n\n${text.body}`} data-testid="report-text" />
          </label>
          {url ? (
            <p>
              <a className="button" href={url} target="_blank" rel="noopener noreferrer" data-testid="report-open">
                {t('wrongClaim.open', { host })}
              </a>
            </p>
          ) : (
            <>
              <p className="muted" data-testid="report-no-address">
                {t('wrongClaim.noAddress')}
              </p>
              <p>
                <button type="button" onClick={() => void onCopy(`${text.subject}\n\n${text.body}`).then(() => setCopied(true))}>
                  {t('wrongClaim.copy')}
                </button>{' '}
                {copied && <span role="status">{t('wrongClaim.copied')}</span>}
              </p>
            </>
          )}
        </>
      )}
    </main>
  );
}
