/**
 * The tracker's "<unit> - <company>" employers whose second part is a registry company (issue 9): a brand,
 * subsidiary or site the company owns ("Fred Meyer - Kroger"), or a firm whose workers work at or for the company
 * ("Flagship - Meta", "Battle Tested Strategies - Amazon"). The two read alike, so the tracker's form alone cannot
 * tell them apart: each pair is listed here only after its rows and their reports were read (docs/labour-units.md),
 * with what makes the note true. A pair not listed is never guessed: it stays reported for review (lat.ts).
 *
 *   - `owned`: the note is the company's, of its own workers "at <unit> (owned by <company>)", relation `employer`;
 *     only for actions on or after `since`, the day from which the sources show the company owning the unit
 *     (an earlier action is reported, not attributed).
 *   - `contractor`: the note is the company's with relation `client`, told as `who` (the contractor's workers at
 *     or for it), and the tracker's listing is quoted.
 *   - `neither`: read, and the company was neither the owner nor the client of the workers' employer (a hotel that
 *     only flies the company's brand): not attributed, and not listed for review again.
 */
import type { Source } from '../model/schema';
import { normalizeName } from '../model/names';

export interface LatUnit {
  /** The tracker's employer as it spells it (case, spacing and punctuation aside). */
  employer: string;
  kind: 'owned' | 'contractor' | 'neither';
  /** owned: YYYY-MM-DD, the first day the sources show the company owning the unit. */
  since?: string;
  /** contractor: who acted, in our words from the reports. */
  who?: string;
  /** Reports that show the ownership or the contract where the tracker's own links do not (added to the note). */
  sources?: readonly Source[];
  /** What the rows' reports say. */
  why: string;
}

export const LAT_UNITS: readonly LatUnit[] = [
  {
    employer: 'Fred Meyer - Kroger',
    kind: 'owned',
    since: '2021-12-12',
    sources: [
      {
        url: 'https://www.kgw.com/article/news/local/fred-meyer-strike-authorized-2021/283-d146c4f7-cae0-4f7e-a12b-3373fdc2721c',
        publisher: 'KGW',
        title: 'Fred Meyer and QFC workers vote to authorize a strike (Fred Meyer and QFC, both subsidiaries of The Kroger Co.)',
        date: '2021-12-12',
      },
    ],
    why: 'Actions 764, 2943 and 3329 are strikes and pickets of UFCW 555 and 3000 members at Fred Meyer stores in Oregon and Spokane; KGW (12 Dec 2021) calls Fred Meyer a subsidiary of The Kroger Co., and Progressive Grocer (28 Aug 2024, the tracker’s link) “the retailer that is owned by The Kroger Co.”.',
  },
  {
    employer: 'King Soopers - Kroger',
    kind: 'owned',
    since: '2022-01-12',
    sources: [
      {
        url: 'https://retailwire.com/grocery-associates-go-on-strike-at-king-soopers/',
        publisher: 'RetailWire',
        title: 'Grocery associates go on strike at King Soopers (King Soopers, which is owned by Kroger)',
        date: '2022-01-12',
      },
    ],
    why: 'Actions 803 (January 2022) and 3677 (February 2025) are UFCW Local 7’s strikes at King Soopers stores across Colorado; RetailWire (12 Jan 2022) and NBC News (14 Jan 2022): Kroger-owned King Soopers; SupplyChainBrain (the tracker’s link, Feb 2025): a Kroger-owned grocery chain.',
  },
  {
    employer: 'Foods Co. - Kroger',
    kind: 'owned',
    since: '2024-03-07',
    why: 'Action 2918: Food 4 Less and Foods Co. workers rallied in Baldwin Park on 7 March 2024 before bargaining with “Kroger, the parent company for Food 4 Less/Foods Co.” (UFCW Local 770’s release, the tracker’s link).',
  },
  {
    employer: 'Law360 - LexisNexis',
    kind: 'owned',
    since: '2012-12-31',
    sources: [
      {
        url: 'https://thewrap.com/law360-layoffs-10-percent-newsroom-lexis-nexis',
        publisher: 'TheWrap',
        title: 'Law360 lays off 10% of its newsroom (operated by Portfolio Media, a subsidiary of LexisNexis, which acquired it in 2012)',
        date: '2024-02-15',
      },
    ],
    why: 'Actions 2683, 2959 and 3331 are the Law360 Union’s one-day strikes of December 2023 and March 2024 and its open-ended strike of September 2024 (NewsGuild of New York; CWA); the reports call Law360 “LexisNexis-owned”, and TheWrap says LexisNexis acquired its publisher, Portfolio Media, in 2012.',
  },
  {
    employer: 'Alamo Drafthouse - Sony',
    kind: 'owned',
    since: '2024-06-12',
    sources: [
      {
        url: 'https://www.slashfilm.com/1601388/beloved-theater-chain-alamo-drafthouse-bought-by-sony-pictures/',
        publisher: '/Film',
        title: 'Beloved theater chain Alamo Drafthouse has been bought by Sony Pictures',
        date: '2024-06-12',
      },
    ],
    why: 'Actions 3690 (Denver and New York, February to April 2025) and 3950 (Austin, May 2025) are strikes at Alamo Drafthouse cinemas, which Sony Pictures Entertainment acquired on 12 June 2024 (/Film; NBC).',
  },
  {
    employer: 'Genesis Logistics - DHL Supply Chain',
    kind: 'owned',
    since: '2025-04-24',
    sources: [
      {
        url: 'https://menafn.com/1109470516/DRIVERS-AT-GENESIS-LOGISTICS-VOTE-OVERWHELMINGLY-TO-JOIN-TEAMSTERS',
        publisher: 'MENAFN (Teamsters Local 322 release via PR Newswire)',
        title: 'Drivers at Genesis Logistics vote overwhelmingly to join Teamsters (Genesis Logistics, a subsidiary of DHL Supply Chain)',
        date: '2025-04-24',
      },
    ],
    why: 'Action 4346: Teamsters Local 322’s drivers at Genesis Logistics, who deliver to 7-Eleven stores, struck at Stafford, Virginia, in September 2025; the Teamsters (24 Apr 2025) and The Trucker call Genesis Logistics a DHL Supply Chain subsidiary.',
  },
  {
    employer: 'Levy Restaurants - Compass Group',
    kind: 'owned',
    since: '2022-12-06',
    why: 'Action 1720: about a dozen United Center food-service workers “employed by Levy Restaurants, a subsidiary of Compass Group” picketed with UNITE HERE Local 1 on Tuesday 6 December 2022 (Chicago Sun-Times, the tracker’s link).',
  },
  {
    employer: 'NetJets Aviation - Berkshire Hathaway',
    kind: 'owned',
    since: '2023-03-30',
    sources: [
      {
        url: 'https://markets.businessinsider.com/news/stocks/netjets-executives-continue-to-ignore-reality-of-pilot-labor-crisis-1032204015',
        publisher: 'Business Insider Markets (NJASAP release via PR Newswire)',
        title:
          'NetJets executives continue to ignore reality of pilot labor crisis (Berkshire Hathaway’s subsidiary, NetJets Aviation Inc.)',
        date: '2023-03-30',
      },
    ],
    why: 'Action 2255: the NetJets pilots’ union (NJASAP) picketed at the Tour Championship in Atlanta on 27 August 2023, one of its informational pickets of 2023; its releases call NetJets Aviation a Berkshire Hathaway subsidiary (30 Mar and 5 May 2023).',
  },
  {
    employer: 'National Steel and Shipbuilding Company (NASSCO) - General Dynamics',
    kind: 'owned',
    since: '2023-10-28',
    sources: [
      {
        url: 'https://boilermakers.org/news/local-news-take-action/boilermakers-at-nassco-need-a-livable-wage',
        publisher: 'International Brotherhood of Boilermakers',
        title: 'Boilermakers at NASSCO need a livable wage (General Dynamics NASSCO, San Diego)',
      },
    ],
    why: 'Action 2506: Boilermakers Local 92 members building Navy oilers at General Dynamics NASSCO in San Diego picketed its launch ceremony of 28 October 2023 for a fair contract (the Boilermakers; CBS 8, the tracker’s link).',
  },
  {
    employer: 'Los Angeles Medical Center - Kaiser Permanente',
    kind: 'owned',
    since: '2022-06-23',
    why: 'Action 1144: the California Nurses Association’s two-day strike of June 2022 at the Kaiser Permanente Los Angeles Medical Center, Kaiser’s own hospital (Becker’s Hospital Review, Healthcare Dive: the tracker’s links).',
  },
  {
    employer: 'Maui Health System - Kaiser Permanente',
    kind: 'owned',
    since: '2023-02-21',
    sources: [
      {
        url: 'https://www.khon2.com/maui-news/maui-healthcare-workers-unite-to-strike-feb-22/',
        publisher: 'KHON2',
        title: 'Maui healthcare workers unite to strike Feb. 22 (nearly 500 frontline healthcare workers at Kaiser’s Maui Health system)',
        date: '2023-02-21',
      },
      {
        url: 'https://www.beckershospitalreview.com/hr/maui-health-workers-to-strike-in-hawaii-5-things-to-know.html',
        publisher: 'Becker’s Hospital Review',
        title:
          'Maui Health workers to strike in Hawaii: 5 things to know (Maui Health, a nonprofit subsidiary of Kaiser Foundation Hospitals)',
        date: '2024-10-25',
      },
    ],
    why: 'Action 1895 (audit pass 11, left for review by the labour-units pass): about 500 UPW members — nurses’ aides, respiratory therapists, housekeepers, cooks — struck Maui Memorial Medical Center, Kula Hospital and Lanai Community Hospital from 22 February 2023 until their contract was ratified in April (Maui Now and UPW, the tracker’s links). KHON2 (21 Feb 2023) and UPW call the employer “Kaiser’s Maui Health System”; Becker’s (Oct 2024) “a nonprofit subsidiary of Kaiser Foundation Hospitals”.',
  },
  {
    employer: 'Northeast Transportation Services - DHL',
    kind: 'contractor',
    who: 'delivery drivers employed by Northeast Transportation Services (a DHL Express contractor)',
    why: 'Action 1145 (audit pass 11, left for review by the labour-units pass): Teamsters Local 251’s drivers employed by Northeast Transportation Services, “a third-party contractor for DHL Express”, struck its Pawtucket operation from 22 June 2022 and returned on 17 January 2023 (the Teamsters’ releases, the tracker’s links; Providence Business News; DHL: “a DHL service partner that provides pickup and delivery services”, The Providence Journal via Yahoo).',
  },
  {
    employer: 'Prospect Airport Services - American Airlines',
    kind: 'contractor',
    who: 'airport service workers employed by Prospect Airport Services and ABM (American Airlines contractors)',
    sources: [
      {
        url: 'https://gvwire.com/2024/11/25/workers-at-charlotte-airport-an-american-airlines-hub-strike-during-thanksgiving-travel-week',
        publisher: 'GV Wire (Associated Press)',
        title: 'Workers at Charlotte airport, an American Airlines hub, strike during Thanksgiving travel week',
        date: '2024-11-25',
      },
    ],
    why: 'Action 3524: cabin cleaners, wheelchair attendants and other service workers of ABM and Prospect Airport Services, which contract with American to clean its planes and escort passengers, struck at Charlotte Douglas airport on 25 November 2024 (AP via GV Wire; UPI). The row names ABM apart, not a registry company.',
  },
  {
    employer: 'Worldwide Flight Services - Amazon',
    kind: 'contractor',
    who: 'warehouse workers employed by Worldwide Flight Services (which handles Amazon’s air freight)',
    why: 'Action 1060: about 15, then two dozen, mostly East African workers of Pinnacle Logistics, “an Amazon contractor” acquired by Worldwide Flight Services, walked out and picketed its Eagan warehouse on 13 and 14 December 2021 after a supervisor’s anti-Muslim remark (Sahan Journal, both the tracker’s links: WFS “handles Amazon’s air freight”).',
  },
  {
    employer: 'Local area standards agreement - Amazon',
    kind: 'neither',
    why: 'Action 1479 (audit pass 11, left for review by the labour-units pass): members of Millwrights Local 2158, whose agreements to do construction work for Amazon had expired, protested outside Amazon’s future Davenport distribution centre on 4 October 2022 against its bringing in out-of-state contractors to install the conveyors (WQAD, the tracker’s link). They were neither Amazon’s workers nor employed by its contractor there; the tracker’s employer is the agreement they stood for.',
  },
  {
    employer: 'Golden State Annex Facility - GEO Group',
    kind: 'neither',
    why: 'Action 3248: a hunger strike by ICE detainees at GEO Group’s Golden State Annex and Mesa Verde detention centers from 22 June 2024 (Latin Times; El País): they were detained there, not employed, so not a note of GEO’s workers; left for an authored note (issue 9’s report).',
  },
  {
    employer: 'Mesa Verde Facility - GEO Group',
    kind: 'neither',
    why: 'Action 3248: as the Golden State Annex above.',
  },
  {
    employer: 'Cognizant - Alphabet',
    kind: 'contractor',
    who: 'YouTube Music content workers employed by Cognizant (a Google contractor)',
    why: 'Actions 1755 (from 3 Feb 2023) and 2335 (20 Sep 2023): strikes in Austin by YouTube Music content operations workers employed by Cognizant for Google (TechCrunch, KXAN, Vice: the tracker’s links; The Austin Chronicle). Their client is Google, not its owner Alphabet: the two rows name Google by record (LAT_FIXES, `employer`).',
  },
  {
    employer: 'Flagship - Meta',
    kind: 'contractor',
    who: 'cafeteria workers employed by Flagship (Meta’s food-service contractor)',
    why: 'Action 3007: UNITE HERE Local 2’s cooks, servers and dishwashers picketed Meta’s San Francisco office on 4 April 2024 for a new contract with Flagship, which employs them to provide Meta’s food (Eater SF and UNITE HERE, the tracker’s links).',
  },
  {
    employer: 'Flagship - Twitter',
    kind: 'contractor',
    who: 'janitors employed by Flagship (Twitter’s cleaning contractor)',
    why: 'Action 1622: SEIU Local 87’s janitors who cleaned Twitter’s San Francisco headquarters struck on 5 December 2022 after Twitter ended its contract with Flagship, the janitorial company that employs them (Business Insider, the tracker’s link; Cleaning & Maintenance Management).',
  },
  {
    employer: 'Battle Tested Strategies - Amazon',
    kind: 'contractor',
    who: 'delivery drivers of Battle-Tested Strategies (a company delivering for Amazon from Palmdale)',
    // Also spelt "Battle-Tested Strategies - Amazon" (action 1986), the same name to normalizeName.
    why: 'Actions 1986, 2060 and 2090: the picket at an Amazon warehouse on 10 May 2023, the Palmdale walkout of June 2023 and the strike from 24 June were by drivers (and dispatchers) employed by Battle-Tested Strategies, one of Amazon’s Delivery Service Partners, who had joined Teamsters Local 396 (Teamsters releases, Sourcing Journal, Vice, The Verge: the tracker’s links).',
  },
  {
    employer: 'DAX8 - Amazon',
    kind: 'contractor',
    who: 'delivery drivers of Battle-Tested Strategies (a company delivering for Amazon from its DAX8 station in Palmdale)',
    why: 'Action 2379: DAX8 is Amazon’s delivery station in Palmdale; the pickets at Glendale (DLX5) and Torrance (DCX7) on 29 September 2023 were by its striking drivers, employed by the Delivery Service Partner Battle-Tested Strategies (Teamsters release, the tracker’s link; RetailWire).',
  },
  {
    employer: 'ABM Industries - Harvard University',
    kind: 'contractor',
    who: 'custodians employed by ABM Industries (a Harvard contractor)',
    why: 'Action 4505: Harvard’s custodians struck on 17 and 18 November 2025, those Harvard employs directly and those employed through its contractors C&W Services and ABM Industries (GBH News; The Harvard Crimson). The row names Harvard too, whose note it is (its own and its contractors’ custodians).',
  },
  {
    employer: 'C&W Services - Harvard University',
    kind: 'contractor',
    who: 'custodians employed by C&W Services (a Harvard contractor)',
    why: 'Action 4505: as ABM Industries above (GBH News; The Harvard Crimson).',
  },
  {
    employer: 'Virgin Hotels Las Vegas - Hilton',
    kind: 'neither',
    why: 'Actions 3068 and 3348: the Culinary Union’s strike of May 2024 and picket of August 2024 at Virgin Hotels Las Vegas, whose workers’ union bargains with JC Hospitality, the resort’s owner-operator (The Nevada Independent, 10 May 2024); 8 News Now says Hilton operates the hotel portion. No report shows Hilton owning the resort, employing the strikers or being a contractor’s client for them: not attributed to Hilton.',
  },
];

const BY_EMPLOYER = new Map(LAT_UNITS.map((u) => [normalizeName(u.employer), u]));

/** The read pair a tracker employer names, if any. */
export const latUnit = (employer: string): LatUnit | undefined => BY_EMPLOYER.get(normalizeName(employer));

/** Whether the pair attributes an action of `date` (YYYY-MM-DD) to the company after the dash. */
export const latUnitApplies = (unit: LatUnit, date: string): boolean =>
  unit.kind === 'contractor' || (unit.kind === 'owned' && !!unit.since && date >= unit.since);
