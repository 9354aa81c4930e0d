/**
 * The source policy: what makes a link fit to carry a claim about a real company. Pure rules over a
 * Source; the pipeline applies them (imported sources are cleaned or dropped, authored ones fail the
 * build) and a test runs them over every source in the bundle.
 *
 * 1. https only.
 * 2. The canonical page: no mobile, AMP, ad-ops, staging or feed hosts, no AMP paths, no trailing dot.
 * 3. No tracking parameters (utm_*, fbclid, gclid, …): they identify a campaign, not the page.
 * 4. Never a content farm, scraper or AI-written page (CONTENT_FARMS), nor a mirror that wraps another
 *    site's page (MIRROR_HOSTS); a web archive's copy only labelled as the archive's.
 * 5. The publisher named is the site the link is on. A repost names the site it is on and says what it
 *    copies, in brackets: "Yahoo News (The Daily Beast copy)", never "The Daily Beast".
 * 6. Weak hosts (WEAK_HOSTS) may support a claim, never carry it alone.
 */
import { psl } from './psl.cjs';
import { DOMAIN_OPTIONS, type Source } from './schema';
import { ARCHIVE_HOSTS, CONTENT_FARMS, MIRROR_HOSTS, PUBLISHER_NAMES, SITE_NAMES, WEAK_HOSTS } from './source-hosts';

export type SourceRule = 'https' | 'host' | 'amp' | 'tracking' | 'content-farm' | 'mirror' | 'publisher';

export interface SourceProblem {
  rule: SourceRule;
  message: string;
}

/** First host labels that mark a non-canonical copy of a site (mobile, AMP, ad-ops, staging, feeds). */
const NON_CANONICAL_LABELS = new Set([
  'm',
  'mobile',
  'adops',
  'amp',
  'fullsite',
  'static-ssl',
  'digital-stage',
  'digital-staging',
  'digital-release',
  'stg',
  'staging',
  'dev',
  'rss',
  'feeds',
  'join',
]);

/** Query parameters that track a click or campaign and never change the page (compared lower-case). */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'cmpid',
  'cmp',
  'ref',
  'ref_src',
  'ref_url',
  'oref',
  'itid',
  'noredirect',
  '__twitter_impression',
  'akid',
  'ncid',
  'lnksrc',
  'ntfdata',
  'smid',
  'smtyp',
  'soc_src',
  'soc_trk',
  'tpcc',
  'mbid',
  '_ga',
  '_gl',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'sr_share',
  'share',
  'wt.mc_id',
  'mkt_tok',
  'trk',
  'sc_cid',
  's_cid',
]);
const TRACKING_PREFIXES = ['utm_', 'itm_', 'pk_', 'hsa_', '_hs', 'vero_', 'at_', 'share_', '__cft__'];
/** Also click, share and session parameters under names no generic list can claim (compared lower-case). */
const MORE_TRACKING_PARAMS = new Set([
  'igsh',
  '__tn__',
  'mibextid',
  'xtor',
  'email_referrer',
  'email_subject',
  'link_id',
  'can_id',
  'is_from_webapp',
  'is_copy_url',
  'sender_device',
]);
/** `source=` is content on some sites; these values are share or feed tracking. */
const TRACKING_SOURCE_VALUE = /post_page|^rss|feed|twitter|facebook|linkedin|newsletter|email|social/i;

/**
 * The same on the sites that use short or site-specific names for it (host as in the link, compared as written):
 * the page is the same without them.
 */
export const SITE_TRACKING: Readonly<Record<string, RegExp>> = {
  'twitter.com': /^(s|t|cxt|ref_src)$/,
  'x.com': /^(s|t|cxt|ref_src)$/,
  'www.facebook.com': /^(ref|extid|d|locale|type|theater|m_entstream_source)$/,
  'www.instagram.com': /^(hl)$/,
  'www.forbes.com': /^(sh)$/,
  'www.bloomberglaw.com': /^(criteria_id|searchguid|search32|bna_news_filter)$/i,
  'www.tiktok.com': /^(lang|_r|_t)$/,
  // Audit pass 12 (docs/audit-pass-12.md, beyond the sample): each site's own click and session parameters, seen on
  // CAIT's links; the page is the same without them.
  'www.nytimes.com': /^(rref|action|module|pgtype|region|auth)$/,
  'www.businessinsider.com': /^(r|ir)$/i,
  'www.bloomberg.com': /^(sref|srnd)$/,
  'gizmodo.com': /^(rev)$/,
  'blog.coinbase.com': /^(gi)$/,
  'current.org': /^(wallit_nosession)$/,
  'actionnetwork.org': /^(source|referrer)$/,
  'www.coworker.org': /^(just_launched)$/,
  // A sweep of every query left in the bundle (2026-12-02): a share button's code on a Taipei Times link copied from
  // X ("?s=09"), MarketWatch's Yahoo syndication id, the New York Times' sign-in prompt, TikTok's share ids, Google
  // Forms' edit request, Vice's empty "?f" and a category tag on Mexico Business News.
  'taipeitimes.com': /^(s)$/,
  'www.taipeitimes.com': /^(s)$/,
  'www.marketwatch.com': /^(siteid|mod)$/,
  'docs.google.com': /^(edit_requested)$/,
  'www.vice.com': /^(f)$/,
  'mexicobusiness.news': /^(tag)$/,
};

/** Whether a query parameter only tracks the click or session on this host, so the canonical link leaves it out. */
export function isTrackingParam(name: string, value: string, host: string): boolean {
  const n = name.toLowerCase();
  if (TRACKING_PARAMS.has(n) || MORE_TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p))) return true;
  if (SITE_TRACKING[host]?.test(name)) return true;
  return n === 'source' && TRACKING_SOURCE_VALUE.test(value);
}

/** Where a host sits in the tables: its registrable domain and each parent domain up to it. */
function hostKeys(host: string): string[] {
  const labels = host.split('.');
  const keys: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) keys.push(labels.slice(i).join('.'));
  return keys;
}

const inSet = (set: ReadonlySet<string>, host: string) => hostKeys(host).some((k) => set.has(k));

/** Whether a link's site is one we accept only beside a stronger source. */
export function isWeakSource(url: string): boolean {
  try {
    return inSet(WEAK_HOSTS, new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** Problems with a link itself (rules 1–4). */
export function urlProblems(url: string): SourceProblem[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [{ rule: 'https', message: `not a URL: ${url}` }];
  }
  const out: SourceProblem[] = [];
  const host = u.hostname.toLowerCase();
  if (u.protocol !== 'https:') out.push({ rule: 'https', message: `not https: ${url}` });
  if (host.endsWith('.')) out.push({ rule: 'host', message: `host with a trailing dot: ${host}` });
  const first = host.split('.')[0] ?? '';
  if (NON_CANONICAL_LABELS.has(first) || /^img\d*-.*cdn$/.test(first)) {
    out.push({ rule: 'host', message: `non-canonical host "${host}" (mobile, AMP, ad-ops, staging or feed copy)` });
  }
  const segments = u.pathname.toLowerCase().split('/');
  if (
    segments.some((s) => s === 'amp' || s === 'amp_articleshow' || s.endsWith('.amp')) ||
    u.searchParams.has('amp') ||
    u.searchParams.get('outputType') === 'amp'
  ) {
    out.push({ rule: 'amp', message: `AMP copy of a page: ${url}` });
  }
  const tracking = [...u.searchParams].filter(([k, v]) => isTrackingParam(k, v, host)).map(([k]) => k);
  if (tracking.length)
    out.push({ rule: 'tracking', message: `tracking parameter${tracking.length > 1 ? 's' : ''} ${tracking.join(', ')}: ${url}` });
  if (inSet(CONTENT_FARMS, host)) out.push({ rule: 'content-farm', message: `content farm or AI-written site: ${host}` });
  if (inSet(MIRROR_HOSTS, host)) out.push({ rule: 'mirror', message: `a mirror of another site's page: ${host}` });
  // Opening it asks the Wayback Machine for a new capture: not a copy anyone read (its copies are at /web/).
  if (host === 'web.archive.org' && u.pathname.startsWith('/save/'))
    out.push({ rule: 'host', message: `a request to archive a page again, not an archived copy: ${url}` });
  return out;
}

/** Lower-case letters and digits only; "&" read as "and". */
const squash = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

/** Words that may follow a publisher's name in its domain ("documentedny.com", "nbcnews.com"). */
const DOMAIN_TAILS = new Set([
  '',
  'ny',
  'news',
  'online',
  'mag',
  'magazine',
  'daily',
  'hq',
  'media',
  'tv',
  'us',
  'uk',
  'global',
  'group',
  'tech',
  'inc',
]);

/** Does a name (the publisher before any bracket) name this site? */
function nameFitsHost(name: string, host: string, path: string): boolean {
  const n = squash(name);
  const bare = n.replace(/^the/, '');
  if (!n) return false;
  const p = psl().parse(host, DOMAIN_OPTIONS);
  const domain = p.domain ?? host;
  const label = squash(p.domainWithoutSuffix ?? domain);
  // The table first: a host-and-path entry, then the host and each parent domain.
  const firstSegment = path.split('/')[1] ?? '';
  const tableKeys = [`${host}/${firstSegment}`, ...hostKeys(host)];
  for (const k of tableKeys) {
    const names = PUBLISHER_NAMES[k];
    if (names?.some((x) => squash(x) === n)) return true;
  }
  // The name an importer gives a site (SITE_NAMES) is accepted for its subdomains too, as PUBLISHER_NAMES' are:
  // one list per name, so a site named there is not listed again here.
  if (
    hostKeys(host).some((k) => {
      const site = SITE_NAMES[k];
      return site !== undefined && squash(site) === n;
    })
  )
    return true;
  // A bare host as the name ("theverge.com", "en.wikipedia.org"): the importers' label.
  if (squash(host.replace(/^www\./, '')) === n || squash(domain) === n) return true;
  // Blogs on a platform are named by their subdomain ("TaxProf Blog" on taxprof.typepad.com).
  const labels = [label, ...(p.subdomain && p.subdomain !== 'www' ? [squash(p.subdomain.split('.').pop()!)] : [])];
  const initials = name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return labels.some(
    (l) =>
      l.length > 0 &&
      (l === n ||
        l === bare ||
        l === initials ||
        (l.length >= 4 && (n.includes(l) || bare.includes(l))) ||
        (bare.length >= 4 && l.startsWith(bare) && DOMAIN_TAILS.has(l.slice(bare.length)))),
  );
}

/** The name a site gives itself (SITE_NAMES), for a host with or without "www."; undefined when we have none. */
export function siteName(host: string): string | undefined {
  return SITE_NAMES[host.toLowerCase().replace(/^www\./, '')];
}

/** The publisher as named before any bracket: "Yahoo News (The Daily Beast copy)" → "Yahoo News". */
export function publisherHead(publisher: string): string {
  return publisher.split(/\s\(/)[0]!.trim();
}

/** Rule 5: the publisher named is the site the link is on; a web archive's copy is labelled as such. */
export function publisherProblems(s: Pick<Source, 'url' | 'publisher'>): SourceProblem[] {
  let u: URL;
  try {
    u = new URL(s.url);
  } catch {
    return [];
  }
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  const head = publisherHead(s.publisher);
  if (nameFitsHost(head, host, u.pathname)) return [];
  const archive = inSet(ARCHIVE_HOSTS, host) ? ' (a web archive: name the archive and what it copies)' : '';
  return [
    {
      rule: 'publisher',
      message: `publisher "${s.publisher}" does not name the site ${host}${archive}; a repost names the site it is on, e.g. "Yahoo News (The Daily Beast copy)"`,
    },
  ];
}

/** Every rule over one source. */
export function sourceProblems(s: Pick<Source, 'url' | 'publisher'>): SourceProblem[] {
  return [...urlProblems(s.url), ...publisherProblems(s)];
}

/** Problems of a note's or ownership link's sources as a set: weak sites never stand alone. */
export function sourceSetProblems(sources: readonly Pick<Source, 'url'>[]): SourceProblem[] {
  if (sources.length && sources.every((s) => isWeakSource(s.url))) {
    return [
      {
        rule: 'publisher',
        message: `only weak sources (${sources.map((s) => new URL(s.url).hostname).join(', ')}): add a primary source or a major outlet`,
      },
    ];
  }
  return [];
}

/** The same link without its tracking parameters (and a trailing dot on the host): the same page. */
export function stripTracking(url: string): string {
  const u = new URL(url);
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.slice(0, -1);
  const host = u.hostname.toLowerCase();
  for (const [k, v] of [...u.searchParams]) if (isTrackingParam(k, v, host)) u.searchParams.delete(k);
  const out = u.toString();
  return out.endsWith('?') ? out.slice(0, -1) : out;
}

export type CleanedSource = { ok: true; source: Source; cleaned: boolean } | { ok: false; problems: SourceProblem[] };

/**
 * For importers, whose sources come from other people's lists: what can be repaired without changing
 * the page (tracking parameters, a trailing dot) is repaired; anything else drops the source. Never
 * guesses a canonical URL (a mobile or AMP link is dropped, not rewritten).
 */
export function cleanImportedSource(s: Source): CleanedSource {
  let source = s;
  let cleaned = false;
  if (urlProblems(s.url).some((p) => p.rule === 'tracking' || p.rule === 'host')) {
    try {
      const url = stripTracking(s.url);
      if (url !== s.url) {
        source = { ...s, url };
        cleaned = true;
      }
    } catch {
      /* reported below */
    }
  }
  const problems = sourceProblems(source);
  return problems.length ? { ok: false, problems } : { ok: true, source, cleaned };
}
