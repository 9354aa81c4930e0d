/**
 * When a product belonged to the company whose keyword names it. A reseller's order is credited to the
 * maker only for transactions dated inside the window: a GrayKey bought before Magnet Forensics owned
 * GrayKey is not a Magnet Forensics product. `from` and `until` are bounds we can source; where the true
 * date is unknown the bound is the conservative one (later `from`, earlier `until`), which can only lose
 * credits, never add a wrong one.
 */
export interface ProductWindow {
  companyId: string;
  /** A keyword of that company, as listed in companies.json (case-insensitive). */
  keyword: string;
  /** First day the company is credited (inclusive). */
  from?: string;
  /** Last day the company is credited (inclusive). */
  until?: string;
  why: string;
  sources: string[];
}

export const PRODUCT_WINDOWS: readonly ProductWindow[] = [
  ...['GrayKey', 'Gray Key', 'Grayshift'].map((keyword) => ({
    companyId: 'magnet-forensics',
    keyword,
    // The Magnet–Grayshift combination was announced with Thoma Bravo's offer for Magnet (January 2023) but
    // we found no closing date. The earliest USAspending record that itself sells GrayKey as a Magnet
    // Forensics product is dated 2024-08-19; credits start there.
    from: '2024-08-19',
    why: 'GrayKey was made by Grayshift, which Thoma Bravo planned to merge with Magnet Forensics when it agreed to buy Magnet in 2023',
    sources: [
      'https://www.theglobeandmail.com/business/article-magnet-forensics-directors-defend-thoma-bravo-takeover-after-major/',
      'https://www.usaspending.gov/award/CONT_AWD_70CMSD24FR0000084_7012_HSHQDC12D00013_7001',
    ],
  })),
  {
    companyId: 'vmware',
    keyword: 'AirWatch',
    // Broadcom agreed to sell VMware's end-user computing business (Workspace ONE, of which AirWatch is
    // part) to KKR on 2024-02-26; the close is later, so stopping at the agreement is conservative.
    until: '2024-02-25',
    why: "AirWatch went with VMware's end-user computing business to KKR",
    sources: ['https://techgroundnews.com/2024/02/26/kkr-snags-vmwares-end-user-computing-business-from-broadcom-at-4b-price-tag'],
  },
];
