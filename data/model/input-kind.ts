/**
 * One rule for what a piece of text is: an email address, a site (a domain or URL), or a name. The popup's
 * search box, the lookup page, the name matcher and the list reader's column guesses all ask this.
 */

export type InputKind = 'empty' | 'email' | 'site' | 'name';

/** local@host.tld; the host part is captured. No spaces, no angle brackets or parentheses. */
export const EMAIL = /^[^\s@<>()]+@([^\s@<>()]+\.[^\s@<>()]+)$/;
/** A domain or URL rather than a name: no spaces, a dot, a last label of letters, an optional port and path. */
const SITE = /^(?:https?:\/\/)?[^\s/@]+\.[a-z][a-z-]{1,62}\.?(?::\d+)?(?:[/?#]\S*)?$/i;

export function inputKind(raw: string): InputKind {
  const s = raw.trim();
  if (!s) return 'empty';
  if (EMAIL.test(s)) return 'email';
  if (SITE.test(s)) return 'site';
  return 'name';
}
