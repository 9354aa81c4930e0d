/**
 * Reseller attribution: does an order held by one company buy another company's product? A transaction
 * is credited to a product's maker only where the order buys that product — licences, subscriptions,
 * cloud consumption, the maker's own support, hardware of the brand — and never where the product is
 * only named: work done on, with or via it, accessories and services for it, compatible goods, another
 * maker's product "for" it, migrations, training. Decided from structure, not from a list of awards:
 *   1. the transaction's product/service category and the holder's industry (services and labour are
 *      never the maker's product);
 *   2. phrases that say the order is a service, a plan or a move, not a purchase of the product;
 *   3. where the product name stands: after "via", "with", "into", "powered by"…, or after another
 *      maker's product or an accessory and "for" (a case for an iPad, TOAD for Oracle), it is context;
 *   4. the date: no credit before the maker owned the product or after it sold it (product-windows.ts).
 * Measured on 949 hand-labelled transactions (test/unit/pipeline/reseller-quality.test.ts).
 */
import { PRODUCT_WINDOWS, type ProductWindow } from './product-windows';

export interface ProductKeyword {
  companyId: string;
  /**
   * As written in companies.json, in the case users read ("iPad", "Microsoft Azure"). Whole words,
   * case-insensitive; "A … B" means B within four words after A ("Motorola … radios").
   */
  keyword: string;
}

export interface OrderLine {
  /** The transaction description. */
  text: string;
  /** Product/Service Description (the PSC category). */
  psc?: string;
  /** NAICS Description (the holder's industry on this order). */
  naics?: string;
  /** Action date, YYYY-MM-DD. */
  date: string;
}

export interface ProductCredit {
  companyId: string;
  /** The keyword that named the product, as written in the registry. */
  product: string;
}

/** Categories of work, not goods: the order pays for someone's labour, even when it names a product. */
const SERVICE_PSC =
  /\(LABOR\)|^SUPPORT- |^EDUCATION\/TRAINING|^CONSTRUCTION |^MAINTENANCE OF |^REPAIR OR ALTERATION|^HOUSEKEEPING|^SPECIAL STUDIES|SYSTEMS DEVELOPMENT|OTHER IT AND TELECOMMUNICATIONS|DATA BROADCASTING|^AMMUNITION|^BAGS AND SACKS/;
const SERVICE_NAICS =
  /SYSTEMS DESIGN SERVICES|CUSTOM COMPUTER PROGRAMMING|TRAINING|CONSULTING SERVICES|ENGINEERING SERVICES|FACILITIES SUPPORT|FACILITIES MANAGEMENT|JANITORIAL|COURT REPORTING|DATA PROCESSING, WEB HOSTING|RESEARCH AND DEVELOPMENT|COLLEGES, UNIVERSITIES|CONTRACTORS/;

/**
 * Phrases (on the normalised text: upper case, words separated by one space) that make the whole line
 * something other than buying the product: a move, a plan, goods made to work with it, a repair.
 */
const NOT_A_PURCHASE = [
  / COMPATIB/,
  / FOR USE (WITH|ON|IN) /,
  / INTERFACE /,
  / MIGRAT/,
  / TRANSITION /,
  / RELOCAT/,
  / DECOMMISSION/,
  / DATA PLANS? /,
  / WIRELESS SERVICES? /,
  / FIRST ?NET /,
  / VOICE AND DATA /,
  / REPAIR/,
  / UPGRADE (ON|OF) /,
];

/**
 * Phrases that make the line a service performed by the holder — unless the product is plainly the
 * object ("APPDYNAMICS SOFTWARE, MAINTENANCE, AND SUPPORT SERVICES"). Support bought with licences
 * and the maker's own customer support are part of the product. Training by the maker sold as vouchers
 * or credits is the maker's product too.
 */
const SERVICE_WORK = [
  / TRAINING (?!VOUCHER|CREDIT)/,
  / CONSULT/,
  / PROFESSIONAL (SERVICES?|SUPPORT|MGMT|MANAGEMENT) /,
  / (?<!(SOFTWARE|MAINTENANCE|LICENSE|CUSTOMER|AND) )SUPPORT SERVICES? /,
  / O AND M /,
  / OPERATIONS (AND )?MAINTENANCE /,
  / DEVELOPMENT /,
  / CONFIGURATION /,
  / CUSTOMIZATION /,
  / INTEGRATION (?!CLOUD)/,
  / HOSTING SUPPORT /,
  / INSTALL(ATION)? /,
  / ARCHITECTURE /,
  / SUBJECT MATTER /,
];

/** What an order for the product buys: the words that follow the product's name when it is the object. */
const OBJECT =
  /^(LICEN[CS]ES?|LICENSING|LICENES|SOFTWARE|SW|SUBSCRIPTIONS?|RENEWALS?|MAINTENANCE|EQUIPMENT|PRODUCTS?|HARDWARE|DEVICES?|RADIOS?|SWITCHES|TABLETS?|COMPUTERS?|LAPTOPS?|DESKTOPS?|PHONES?|UNITS|SEATS|CONSUMPTION|ELA)$/;

/** Words right after a product's name that make it a qualifier of the thing bought: "iPad cases". */
const QUALIFIES =
  /^(CASES?|COVERS?|CABLES?|CHARGERS?|MICS?|MICROPHONES?|HEADSETS?|EARPLUGS?|EARPIECES?|NECK|MOUNTS?|MOUNTING|HOLSTERS?|ADAPTERS?|SCREEN|STANDS?|ENVIRONMENT|PLATFORM|PROGRAM|TEAMS)$/;

/** Things bought "for" a product that are not the product: "cables for APX radios", "funding for iPads". */
const BOUGHT_FOR =
  /^(CASES?|COVERS?|CABLES?|CHARGERS?|MICS?|MICROPHONES?|HEADSETS?|HEADSET|EARPLUGS?|EARPIECES?|MOUNTS?|MOUNTING|HOLSTERS?|LAPTOPS?|ADAPTERS?|FUNDS?|FUNDING)$/;

/** Work done "for" a product is never the product: "support services for Cisco networking devices". */
const WORK_FOR = /^(SERVICES?|SUPPORT|TRAINING)$/;
/** …but support that comes with licences or a maintenance renewal is the maker's ("LICENSE/SUPPORT FOR SPLUNK"). */
const WITH_LICENCE = /^(LICEN[CS]ES?|MAINTENANCE|RENEWALS?|SOFTWARE)$/;

/** Words after which a product name is the setting of the order, not its object. */
const CONTEXT_BEFORE = /^(VIA|USING|WITH|WITHIN|INTO|BETWEEN|POWERED|BUILT|ON|IN|THEIR|ITS)$/;

/**
 * Other makers' products that are sold for a registry company's product and name it: TOAD for Oracle
 * (Quest), Xray for Jira, LEADTOOLS (LEAD Technologies), SailPoint for ServiceNow, Kharon's ClearView,
 * 3M Peltor headsets, OpenText RightFax, Advanco's apps built on Salesforce. (A registry maker's product named first — "CISCO CATALYST
 * 8000V FOR AWS" — is found as that maker's keyword.)
 */
const OTHER_PRODUCTS = ['TOAD', 'XRAY', 'LEADTOOLS', 'SAILPOINT', 'KHARON', 'KHARONS', 'PELTOR', 'RIGHTFAX', 'IGNITE', 'ADVANCO'];

export const normalizeText = (s: string): string =>
  s
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .join(' ');

interface Compiled {
  companyId: string;
  product: string;
  /** Word groups; each group must follow the previous one within four words. */
  groups: string[][];
  window?: ProductWindow;
}

interface Span {
  start: number;
  end: number;
}

function compile(keyword: string): string[][] {
  return keyword
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((g) => normalizeText(g).split(' ').filter(Boolean))
    .filter((g) => g.length);
}

const GAP = 4;

function matchAt(words: readonly string[], i: number, groups: readonly string[][]): Span | undefined {
  const fits = (at: number, g: readonly string[]) => g.every((w, k) => words[at + k] === w);
  if (!fits(i, groups[0]!)) return undefined;
  let end = i + groups[0]!.length;
  for (const g of groups.slice(1)) {
    let found = -1;
    for (let at = end; at <= end + GAP && at + g.length <= words.length; at++) {
      if (fits(at, g)) {
        found = at;
        break;
      }
    }
    if (found < 0) return undefined;
    end = found + g.length;
  }
  return { start: i, end };
}

export class ResellerRule {
  private readonly byFirstWord = new Map<string, Compiled[]>();
  private readonly others: string[][];

  constructor(keywords: readonly ProductKeyword[], windows: readonly ProductWindow[] = PRODUCT_WINDOWS) {
    const windowOf = new Map(windows.map((w) => [`${w.companyId}\u0000${normalizeText(w.keyword)}`, w]));
    for (const k of keywords) {
      const groups = compile(k.keyword);
      if (!groups.length) continue;
      const window = windowOf.get(`${k.companyId}\u0000${normalizeText(k.keyword)}`);
      const c: Compiled = { companyId: k.companyId, product: k.keyword, groups, ...(window ? { window } : {}) };
      const first = groups[0]![0]!;
      const list = this.byFirstWord.get(first) ?? [];
      list.push(c);
      this.byFirstWord.set(first, list);
    }
    this.others = OTHER_PRODUCTS.map((p) => normalizeText(p).split(' '));
  }

  /** Quick test: does the text name any product at all? */
  namesProduct(text: string): boolean {
    return normalizeText(text)
      .split(' ')
      .some((w) => this.byFirstWord.has(w));
  }

  /** The makers this order line buys from, each with the product it names. */
  credits(line: OrderLine): ProductCredit[] {
    const joined = normalizeText(line.text);
    if (!joined) return [];
    const words = joined.split(' ');
    const hits: (Compiled & Span)[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const c of this.byFirstWord.get(words[i]!) ?? []) {
        const span = matchAt(words, i, c.groups);
        if (span) hits.push({ ...c, ...span });
      }
    }
    if (!hits.length) return [];
    if (SERVICE_PSC.test(line.psc?.toUpperCase() ?? '') || SERVICE_NAICS.test(line.naics?.toUpperCase() ?? '')) return [];
    const padded = ` ${joined} `;
    if (NOT_A_PURCHASE.some((re) => re.test(padded))) return [];
    const serviceWork = SERVICE_WORK.some((re) => re.test(padded));
    const otherSpans: Span[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const o of this.others) if (o.every((w, k) => words[i + k] === w)) otherSpans.push({ start: i, end: i + o.length });
    }
    const credited = new Map<string, string>();
    for (const h of hits) {
      if (credited.has(h.companyId)) continue;
      if (h.window?.from && line.date < h.window.from) continue;
      if (h.window?.until && line.date > h.window.until) continue;
      const object = isObject(words, h);
      if (serviceWork && !object) continue;
      if (this.isContext(words, h, hits, otherSpans, object)) continue;
      credited.set(h.companyId, h.product);
    }
    return [...credited].map(([companyId, product]) => ({ companyId, product }));
  }

  private isContext(
    words: readonly string[],
    h: Compiled & Span,
    hits: readonly (Compiled & Span)[],
    others: readonly Span[],
    object: boolean,
  ): boolean {
    // "IPAD CASES", "MOTOROLA MICS", "AWS ENVIRONMENT": the product name qualifies something else.
    const next = words[h.end];
    if (next !== undefined && QUALIFIES.test(next) && !OBJECT.test(words[h.end + 1] ?? '')) return true;
    // Another maker's product beside or before it: "JIRA XRAY", "LEADTOOLS … WINDOWS SERVER".
    if (others.some((o) => o.end === h.start || o.start === h.end || o.end <= h.start)) return true;
    // "VIA MICROSOFT TEAMS", "IN THE AMAZON WEB SERVICES ENVIRONMENT"; but "VIA ELASTICSEARCH LICENSES" buys it.
    const before = words.slice(Math.max(0, h.start - 2), h.start);
    if (!object && before.some((w) => CONTEXT_BEFORE.test(w))) return true;
    // "<something> FOR <product>": the something is the object, unless it is another maker's product
    // named first ("CATALYST 8000V FOR … AZURE") or a thing bought for the product ("CABLES FOR APX").
    let forAt = -1;
    for (let j = h.start - 1; j >= Math.max(0, h.start - 6); j--) {
      if (words[j] === 'FOR') {
        forAt = j;
        break;
      }
    }
    if (forAt >= 0) {
      if (hits.some((x) => x.companyId !== h.companyId && x.end <= forAt)) return true;
      const head = words.slice(Math.max(0, forAt - 3), forAt);
      const work = words[forAt - 1] ?? '';
      if (WORK_FOR.test(work) && !(work === 'SUPPORT' && head.some((w) => WITH_LICENCE.test(w)))) return true;
      if (!object && head.some((w) => BOUGHT_FOR.test(w))) return true;
    }
    return false;
  }
}

/** The product is what the order buys when an object noun follows its name: "MAGNET AXIOM SOFTWARE LICENSE". */
function isObject(words: readonly string[], h: Span): boolean {
  for (let j = h.end; j < Math.min(words.length, h.end + 7); j++) {
    if (QUALIFIES.test(words[j]!) && !OBJECT.test(words[j + 1] ?? '')) return false;
    if (OBJECT.test(words[j]!)) return true;
  }
  return false;
}
