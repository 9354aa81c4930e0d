import { describe, expect, it } from 'vitest';
import { reportPageHref, reportText, reportUrl } from '@/data/model/report-link';
import { en } from '../../helpers/i18n';

const text = reportText({ noteId: 'salesforce-cbp', noteTitle: 'Contracts with CBP', company: 'Salesforce', version: 7 }, en);

describe('report a wrong claim', () => {
  it('names the note and the data version, nothing about the page the user was on', () => {
    expect(text.subject).toBe('Wrong claim in Tieline note salesforce-cbp');
    expect(text.body).toBe(
      'Note: salesforce-cbp (Salesforce: Contracts with CBP)\nDataset version: 7\n\nWhat is wrong, and a source that shows it:\n',
    );
    expect(reportPageHref('a b/c')).toBe('/report.html?note=a%20b%2Fc');
  });

  it("prefills an issue tracker's new-issue form or a mail; anything else is shown to copy", () => {
    const gh = new URL(reportUrl('https://git.example.org/tieline/issues/new?labels=data', text)!);
    expect(gh.searchParams.get('title')).toBe(text.subject);
    expect(gh.searchParams.get('body')).toBe(text.body);
    expect(gh.searchParams.get('labels')).toBe('data');
    expect(reportUrl('mailto:data@example.org', text)).toBe(
      `mailto:data@example.org?subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(text.body)}`,
    );
    expect(reportUrl(undefined, text)).toBeUndefined();
    expect(reportUrl('  ', text)).toBeUndefined();
    expect(reportUrl('http://insecure.example/new', text)).toBeUndefined();
    expect(reportUrl('not a url', text)).toBeUndefined();
  });
});
