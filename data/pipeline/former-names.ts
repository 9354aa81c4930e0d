/**
 * Names a registry company went by before a rename, with the last day it used each. An imported labour
 * note dated before the rename names the company as it was then, with its name now: "A walkout by
 * white-collar workers at Facebook (now Meta)" for 2018, where "at Meta" named a company that did not yet
 * exist under that name (the truth audits read such notes as anachronisms). Only renames of the company
 * itself, each sourced; a company bought by another is an ownership link in companies.json instead.
 */
export interface FormerName {
  companyId: string;
  /** The name the company used, as the reports of the time write it. */
  name: string;
  /** Last day the company went by `name` (inclusive): the day before the new name was announced. */
  until: string;
  sources: string[];
}

export const FORMER_NAMES: readonly FormerName[] = [
  {
    companyId: 'meta',
    name: 'Facebook',
    // Mark Zuckerberg announced the new name on 28 October 2021.
    until: '2021-10-27',
    sources: [
      'https://www.wilx.com/2021/10/28/facebook-renames-itself-meta/',
      'https://www.ajc.com/news/facebook-is-officially-changing-its-name-to-meta/BUWIS4NH43HU4TNQC7IWZ5JIUE/',
    ],
  },
];

/** The name the company went by on `date`, where it was renamed since; undefined where it is today's. */
export function formerNameOn(companyId: string, date: string): string | undefined {
  return FORMER_NAMES.filter((f) => f.companyId === companyId && date <= f.until).sort((a, b) => a.until.localeCompare(b.until))[0]?.name;
}

/** The company's name in a note dated `date`: its name then, with today's, where it was renamed since. */
export function nameOn(company: { id: string; name: string }, date: string): string {
  const former = formerNameOn(company.id, date);
  return former ? `${former} (now ${company.name})` : company.name;
}
