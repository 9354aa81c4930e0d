/**
 * Source links taken from the importers' inputs (CAIT's and the Labor Action Tracker's report links),
 * made canonical before users see them: https only, no tracking parameters, no mobile or AMP copies,
 * and archive copies labelled as archive copies — never as the publisher whose page they copy. A link
 * that cannot be made canonical without guessing is dropped, not repaired.
 */
import type { Source } from '../model/schema';
import { isTrackingParam, siteName } from '../model/source-policy';

/** Archives that serve every copy over https; their http links are the same pages. */
const ARCHIVE_HOSTS = new Set(['web.archive.org', 'archive.ph', 'archive.today', 'archive.is', 'archive.org']);

/** Mobile hosts with a known canonical host serving the same paths. */
const MOBILE_TO_CANONICAL: Record<string, string> = {
  'mobile.twitter.com': 'twitter.com',
  'mobile.x.com': 'x.com',
  'm.facebook.com': 'www.facebook.com',
  'm.youtube.com': 'www.youtube.com',
};

/** The canonical https form of a link, or undefined when it has none we can name without guessing. */
export function canonicalUrl(raw: string): URL | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (u.username || u.password) return undefined;
  const host = u.hostname.toLowerCase();
  if (u.protocol === 'http:' && ARCHIVE_HOSTS.has(host)) u.protocol = 'https:';
  if (u.protocol !== 'https:' || !host.includes('.')) return undefined;
  if (MOBILE_TO_CANONICAL[host]) u.hostname = MOBILE_TO_CANONICAL[host]!;
  else if (/^(m|mobile|amp|adops)\./.test(host)) return undefined;
  // "?outputType=amp" only switches the page at the same address to its AMP layout (Advance Local's and Gray's
  // news sites): without it, the link is the article itself (audit pass 7 #11: the Staten Island Advance's report
  // of an Amazon Labor Union rally was dropped). An archive's copy keeps its address, so it is still dropped.
  if (u.searchParams.get('outputType') === 'amp' && !ARCHIVE_HOSTS.has(host)) u.searchParams.delete('outputType');
  if (/(^|\/)amp(\/|$)|\.amp(\.html?)?$/i.test(u.pathname) || u.searchParams.has('amp') || u.searchParams.has('outputType'))
    return undefined;
  const drop = [...new Set([...u.searchParams].filter(([k, v]) => isTrackingParam(k, v, u.hostname)).map(([k]) => k))];
  if (drop.length && ARCHIVE_HOSTS.has(u.hostname)) {
    // The archive's address of a copy includes the copied page's own query: changing it would point at
    // another copy, or none.
    return undefined;
  }
  for (const k of drop) u.searchParams.delete(k);
  u.hash = '';
  // "web.archive.org/save/<page>" asks the Wayback Machine to capture the page again each time it is opened (the
  // tracker's 82 such links; labour residual O): "/web/<page>" is its address for the copies it holds, the newest shown.
  if (u.hostname === 'web.archive.org' && u.pathname.startsWith('/save/')) u.pathname = `/web/${u.pathname.slice('/save/'.length)}`;
  return u;
}

/** The page an archive copy is of: "https://web.archive.org/web/2023/https://www.nytimes.com/x" → nytimes.com. */
function archivedHost(u: URL): string | undefined {
  // With or without the copy's timestamp ("/web/<page>": the newest copy).
  const m = /^\/web\/(?:[^/]+\/)?(https?:\/\/[^/]+)/.exec(u.pathname);
  if (!m) return undefined;
  try {
    return new URL(m[1]!).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * A Source for a link an importer's input cites (`citedBy`: "Collective Action in Tech (action 12)"); undefined when the
 * link is not usable. `how` words how the link came to the note: "cited by" the input, or, for a report one of our audits
 * added (audit-fixes.ts `links`), "found by a Tieline audit of" — a title never credits a source with a link it did not give.
 */
export function sourceFromUrl(raw: string, citedBy: string, how = 'cited by'): Source | undefined {
  const u = canonicalUrl(raw);
  if (!u) return undefined;
  const host = u.hostname.replace(/^www\./, '');
  if (ARCHIVE_HOSTS.has(u.hostname)) {
    const of = archivedHost(u);
    return {
      url: u.toString(),
      publisher: u.hostname === 'web.archive.org' ? 'Internet Archive (Wayback Machine)' : host,
      // "a page from afacwa.org", not "a afacwa.org page": a host's first letter does not say whether "a" or "an" reads
      // before it (23 of 232 titles read "a apnews.com", "a inverse.com"; words sweep, docs/words-sweep.md).
      title: `Archived copy of ${of ? `a page from ${of}` : 'a report'} ${how} ${citedBy}`.slice(0, 400),
    };
  }
  return { url: u.toString(), publisher: siteName(host) ?? host, title: `Report ${how} ${citedBy}`.slice(0, 400) };
}
