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
  /**
   * Last day the company went by `name` (inclusive): the day before the new name was announced, or, where no
   * source gives that day, the last day a report of the time shows the old name in use.
   */
  until: string;
  /** The name now, where the registry's name also carries the old one ("X (Twitter)" is "X"). */
  now?: string;
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
  {
    companyId: 'twitter',
    name: 'Twitter',
    // Elon Musk announced on Sunday 23 July 2023 that the company would "bid adieu to the twitter brand"; the X
    // logo replaced the bird the next day (AP via NBC Los Angeles, The News Minute, 24 July 2023).
    until: '2023-07-22',
    now: 'X',
    sources: [
      'https://www.nbclosangeles.com/news/national-international/twitter-rebrands-to-x-as-elon-musk-loses-iconic-bird-logo/3192590/',
      'https://www.thenewsminute.com/article/elon-musk-rebrands-twitter-logo-blue-bird-x-180121',
    ],
  },
  {
    companyId: 'block',
    name: 'Square',
    // Square Inc. announced on Wednesday 1 December 2021 that it would be called Block Inc., in effect on or about
    // 10 December (AP via WTOP; Newser).
    until: '2021-11-30',
    now: 'Block',
    sources: [
      'https://wtop.com/business-finance/2021/12/from-square-to-block-another-tech-company-changes-its-name/',
      'https://www.newser.com/story/314035/goodbye-square-hello-block.html',
    ],
  },
  {
    companyId: 'paramount',
    name: 'ViacomCBS',
    // ViacomCBS unveiled the name Paramount on Tuesday 15 February 2022, in use from the 16th (O'Dwyer's,
    // Quotenmeter). It became Paramount Skydance in August 2025; no note falls between, so that step is not listed.
    until: '2022-02-14',
    now: 'Paramount Skydance',
    sources: [
      'https://www.odwyerpr.com/story/public/17517/2022-02-16/media-maneuvers-viacomcbs-becomes-paramount.html',
      'https://www.quotenmeter.de/n/132523/viacomcbs-heisst-nun-paramount',
    ],
  },
  {
    companyId: 'hp',
    name: 'Hewlett-Packard',
    // Hewlett-Packard Co. split on 1 November 2015: it spun off Hewlett Packard Enterprise and was itself renamed HP
    // Inc. (Reuters, 1 Oct 2015: “Hewlett-Packard, which will be renamed HP”; Techi; The Tech Portal, 2 Nov). Labour
    // sweep 5b: H3C's strike of January 2015 named its owner as HP Inc.
    until: '2015-10-31',
    sources: [
      'https://www.techi.com/hewlett-packard-will-split-into-two-companies-on-november-1st/',
      'https://thetechportal.com/2015/11/02/hp-begins-a-new-chapter-gets-split-into-two-separate-entities',
    ],
  },
  {
    companyId: 'allied-universal',
    name: 'Universal Protection Service',
    // Allied Universal was created in the week of 1 August 2016 by the merger of Universal Services of America, whose
    // guards worked as Universal Protection Service, with AlliedBarton (LA Times, 4 Aug 2016: “created this week”); the
    // combined name was announced with the merger earlier that year, on a day no returned report gives, so the last day
    // before the merger is used. The guarding company kept its legal name and trades as Allied Universal (the NLRB,
    // 2018: “Universal Protection Service, LLC d/b/a Allied Universal Security Services”). Audit pass 18 #1: the Broadcom
    // guards' rally of May 2015 named their contractor Allied Universal.
    until: '2016-07-31',
    sources: [
      'https://www.latimes.com/business/la-fi-qa-security-guards-20160804-snap-story.html',
      'https://casetext.com/admin-law/universal-protection-service-llc-dba-allied-universal-security-services-1',
    ],
  },
  {
    companyId: 'modis',
    name: 'Modis',
    // Adecco named the combination of Modis and AKKA "Akkodis" when it closed its AKKA purchase in 2022; no report
    // returned gives that day, so the last sourced day of the old name is used: CWA's report of 12 November 2021
    // ("Modis workers at Google data centers", via Speed Matters) and Datacenter Dynamics of the same week.
    until: '2021-11-12',
    now: 'Akkodis',
    sources: [
      'https://speedmatters.org/news/modis-workers-google-data-centers-win-hazard-pay-through-collective-action',
      'https://www.datacenterdynamics.com/en/news/google-backtracks-on-not-paying-data-center-contractors-a-promised-pandemic-bonus/',
    ],
  },
];

/** The name the company went by on `date`, where it was renamed since; undefined where it is today's. */
export function formerNameOn(companyId: string, date: string): string | undefined {
  return formerOn(companyId, date)?.name;
}

function formerOn(companyId: string, date: string): FormerName | undefined {
  return FORMER_NAMES.filter((f) => f.companyId === companyId && date <= f.until).sort((a, b) => a.until.localeCompare(b.until))[0];
}

/**
 * The company's name in a note dated `date`: its name then, with today's, where it was renamed since
 * ("Twitter (now X)", not "X (Twitter)" for 2022). Used for every company a note names — its own and those
 * "also named" or also involved — so one note never names one company by its old name and another by its new.
 */
export function nameOn(company: { id: string; name: string }, date: string): string {
  const former = formerOn(company.id, date);
  return former ? `${former.name} (now ${former.now ?? company.name})` : company.name;
}
