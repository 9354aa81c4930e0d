/**
 * One rule for what a piece of text is: an email address, a site (a domain or URL), or a name. The popup's
 * search box, the lookup page, the name matcher and the list reader's column guesses all ask this. Both
 * checks are linear in the text's length (a 200 KB cell costs one pass, not its square).
 */

export type InputKind = 'empty' | 'email' | 'site' | 'name';

/** Characters an address may not hold: white space, a second "@", angle brackets, parentheses. */
const NOT_IN_ADDRESS = /[\s<>()]/;

/** local@host.tld → the host, else null. One "@", a dot inside the host, no spaces or brackets. */
export function emailHost(s: string): string | null {
  const at = s.indexOf('@');
  if (at <= 0 || at !== s.lastIndexOf('@') || NOT_IN_ADDRESS.test(s)) return null;
  const host = s.slice(at + 1);
  const dot = host.indexOf('.', 1);
  return dot > 0 && dot < host.length - 1 ? host : null;
}

/**
 * A domain or URL rather than a name: no spaces, a dot, a last label of letters, an optional port and path.
 * The host part stops at the first "/", "?" or "#", so no part of the pattern can re-read another's characters.
 */
const SITE_HOST = /^(?:https?:\/\/)?[^\s/?#@]*[^\s/?#@.]\.[a-z][a-z-]{1,62}\.?(?::\d{1,5})?$/i;

export function inputKind(raw: string): InputKind {
  const s = raw.trim();
  if (!s) return 'empty';
  if (emailHost(s)) return 'email';
  if (/\s/.test(s)) return 'name';
  const scheme = /^https?:\/\//i.exec(s)?.[0].length ?? 0;
  const cut = s.slice(scheme).search(/[/?#]/);
  if (SITE_HOST.test(s.slice(0, cut < 0 ? s.length : scheme + cut))) return 'site';
  return 'name';
}
