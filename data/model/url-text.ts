/**
 * How links and lists are shown: plain URL parsing, apart from domain.ts so the pages' views show them
 * without loading the public suffix list (tldts) and the dataset schema.
 */

/**
 * The host a link leads to, as shown beside its publisher ("The New York Times · nytimes.com"): a list
 * can write any publisher name, but not make a link to evil.example read as nytimes.com.
 */
export function linkHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A list as people recognise it: its host and path ("lists.example.org/tieline"), from its URL. */
export function listLabel(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/manifest\.json$/, '').replace(/\/$/, '');
    return `${u.host}${path}`;
  } catch {
    return url;
  }
}
