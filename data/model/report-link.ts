/**
 * "Report a wrong claim": the prefilled report for one note, and where it goes. The report names the
 * note and the dataset version only — never the page the user was on. The address is a build setting
 * (WXT_REPORT_URL): an issue tracker's "new issue" URL (GitHub and Forgejo/Gitea read `title` and
 * `body`) or a `mailto:` address (`subject` and `body`).
 */
import type { I18n } from './i18n';

export interface ReportFacts {
  noteId: string;
  /** The note's heading as the reader saw it, and whose note it is. */
  noteTitle: string;
  company: string;
  version: number;
}

export function reportText(f: ReportFacts, { t }: I18n): { subject: string; body: string } {
  return {
    subject: t('wrongClaim.subject', { id: f.noteId }),
    body: t('wrongClaim.body', { id: f.noteId, title: f.noteTitle, company: f.company, version: f.version }),
  };
}

/** Where the report opens, or undefined when the address is not one we can prefill (then it is shown to copy). */
export function reportUrl(address: string | undefined, text: { subject: string; body: string }): string | undefined {
  const a = address?.trim();
  if (!a) return undefined;
  if (/^mailto:/i.test(a)) {
    const q = `subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(text.body)}`;
    return `${a}${a.includes('?') ? '&' : '?'}${q}`;
  }
  let url: URL;
  try {
    url = new URL(a);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  url.searchParams.set('title', text.subject);
  url.searchParams.set('body', text.body);
  return url.toString();
}

/** The link every note carries: the extension's report page, which prefills the report. */
export const reportPageHref = (noteId: string) => `/report.html?note=${encodeURIComponent(noteId)}`;
