/**
 * From whatever the user or the browser hands us (a tab URL, a typed domain, a pasted link) to the
 * registrable domain we match on. Pure: no browser APIs, no I/O.
 */
import { psl } from './psl.cjs';
import { DOMAIN_OPTIONS } from './domain-options';

export interface Target {
  /** Normalised host: lower case, punycode, no trailing dot, no port. */
  hostname: string;
  /** Registrable domain (eTLD+1, private suffixes such as herokuapp.com count as suffixes). */
  domain: string;
}

export type TargetResult =
  | { ok: true; target: Target }
  /** A well-formed input that can never name a company's site: browser pages, files, IPs, localhost. */
  | { ok: false; unusable: false; reason: string }
  /** Input we cannot read at all: the CLI exits 2 on it, the UI shows the reason. */
  | { ok: false; unusable: true; reason: string };

const WEB_SCHEMES = new Set(['http:', 'https:']);
// Schemes that are URLs but never a company's web site. Listed so that "about:blank" is not mistaken
// for the host "about" with the port "blank".
const KNOWN_SCHEME =
  /^(about|blob|chrome|chrome-extension|chrome-search|data|devtools|edge|file|filesystem|ftp|javascript|mailto|moz-extension|opera|resource|view-source|ws|wss|http|https):/i;

const none = (reason: string): TargetResult => ({ ok: false, unusable: false, reason });
const bad = (reason: string): TargetResult => ({ ok: false, unusable: true, reason });

/**
 * A page of a scheme that is never a company's site (a browser's or an extension's own page, a file, a
 * `view-source:`): targetFromInput answers no target for it, before it asks the public suffix list.
 */
export function notAWebPage(raw: string): boolean {
  const input = raw.trim();
  return KNOWN_SCHEME.test(input) && !/^https?:/i.test(input);
}

export function targetFromInput(raw: string): TargetResult {
  const input = raw.trim();
  if (!input) return bad('empty input');
  if (input.length > 4096) return bad('input longer than 4096 characters');
  if (/\s/.test(input)) return bad(`"${input}" contains spaces: expected a URL or a domain`);
  // A bare "salesforce.com" or "salesforce.com/path" is read as an https URL.
  const withScheme = KNOWN_SCHEME.test(input) ? input : `https://${input}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return bad(`"${input}" is not a URL or a domain`);
  }
  if (!WEB_SCHEMES.has(url.protocol)) return none(`${url.protocol} pages belong to no company`);
  // URL has already lower-cased the host and turned Unicode (IDN) labels into punycode.
  const hostname = url.hostname.replace(/\.+$/, '');
  if (!hostname) return bad(`"${input}" has no host name`);
  if (hostname.startsWith('[')) return none('an IP address belongs to no listed company');
  const parsed = psl().parse(hostname, DOMAIN_OPTIONS);
  if (parsed.isIp) return none('an IP address belongs to no listed company');
  if (!hostname.includes('.') || hostname === 'localhost' || hostname.endsWith('.localhost')) {
    return none('a local host belongs to no company');
  }
  const domain = psl().getDomain(hostname, DOMAIN_OPTIONS);
  if (!domain) return none(`"${hostname}" has no registrable domain`);
  return { ok: true, target: { hostname, domain } };
}
