/**
 * The badge's way from a tab's URL to a domain in the data, without the public suffix list. The service
 * worker keeps the few hundred registrable domains in use in memory (data/store/queries.ts, InUse); a host
 * matches one of them exactly when getDomain(host) — tldts, as targetFromInput (./domain.ts) computes it —
 * is that domain. Walking the host's labels finds the longest suffix that is a domain in use, d; since d is
 * registrable (the schema checks every domain with getDomain), getDomain(host) is d unless a rule of the
 * list lies under d (the host is then a suffix's subdomain, `x.s3.amazonaws.com`, or an exception's). Those
 * rules are few (165 domains of the whole list, one in the registry: salesforce.com) and shipped in
 * ./psl-under.ts, but for eight domains with many (amazonaws.com), where tldts answers; the walk applies
 * them as tldts does. No suffix in use: no domain in the data, whatever
 * the list says. So the whole list (./psl.cjs; the service worker loads it as data) is not needed for a badge; the unit
 * tests compare both answers over every shipped domain and a list of awkward hosts.
 *
 * Only what a tab shows is taken this way: an http(s) URL with a plain host name (ASCII letters, digits,
 * hyphens; punycode for the rest), or a browser's or an extension's own page (no site, as targetFromInput says).
 * Anything else answers `undefined`, and the caller asks targetFromInput.
 */
import { notAWebPage, type Target } from './domain';
import { pslUnderLines } from './psl-under';

/** A node of the list's trie under a domain: its flag (non-zero where a rule ends) and its children by label. */
export type PslNode = number | [flag: number, children: Record<string, PslNode>];
/** Per registrable domain: the rules' children under it (`r`) and the exceptions' node at it (`e`). */
export type PslUnder = Record<string, { r?: Record<string, PslNode>; e?: PslNode }>;

/**
 * A domain's rules: undefined when none lie under it, 'tldts' when there are too many to ship (a host under
 * it is left to tldts: amazonaws.com and seven more, none in the registry). Each domain's answer is kept
 * once looked up: at most one entry per domain in the data.
 */
const looked = new Map<string, PslUnder[string] | 'tldts' | null>();
function under(domain: string): PslUnder[string] | 'tldts' | undefined {
  let rules = looked.get(domain);
  if (rules === undefined) {
    const lines = pslUnderLines();
    const at = lines.indexOf(`\n${domain}\t`);
    const json = at < 0 ? undefined : lines.slice(at + domain.length + 2, lines.indexOf('\n', at + 1));
    rules = json === undefined ? null : json ? (JSON.parse(json) as PslUnder[string]) : 'tldts';
    looked.set(domain, rules);
  }
  return rules ?? undefined;
}

const flagOf = (n: PslNode) => (typeof n === 'number' ? n : n[0]);
/** tldts's step: the label's own edge, else the wildcard's (never for an empty label). */
const childOf = (n: PslNode | undefined, label: string): PslNode | undefined =>
  n === undefined || typeof n === 'number' ? undefined : (n[1][label] ?? (label ? n[1]['*'] : undefined));

/**
 * getDomain(host) for a host whose labels `left` (left to right) precede `domain`, a registrable domain
 * with rules under it. Exceptions win (the domain is the exception's rule itself); else the deepest rule
 * is the suffix, and the domain one label more (none when the host is that suffix).
 */
export function domainUnder(left: readonly string[], domain: string, rules: PslUnder[string]): string | null {
  const at = (depth: number) => [...left.slice(left.length - depth), domain].join('.');
  if (rules.e !== undefined) {
    let node: PslNode | undefined = rules.e;
    let match = flagOf(node) ? 0 : -1;
    for (let depth = 1; depth <= left.length && (node = childOf(node, left[left.length - depth]!)) !== undefined; depth++) {
      if (flagOf(node)) match = depth;
    }
    if (match >= 0) return at(match);
  }
  let node: PslNode | undefined = [0, rules.r ?? {}];
  let suffix = 0;
  for (let depth = 1; depth <= left.length && (node = childOf(node, left[left.length - depth]!)) !== undefined; depth++) {
    if (flagOf(node)) suffix = depth;
  }
  if (suffix === 0) return domain;
  return suffix < left.length ? at(suffix + 1) : null;
}

/**
 * The registrable domain of `hostname` if it is one of the `known` domains, else null; undefined when only
 * tldts can tell (see `under`). `hostname` must be a plain host name (see knownTarget), `known` only
 * registrable domains.
 */
export function knownDomainOf(hostname: string, known: (domain: string) => boolean): string | null | undefined {
  const labels = hostname.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const d = i ? labels.slice(i).join('.') : hostname;
    if (!known(d)) continue;
    const rules = under(d);
    if (!rules) return d;
    if (rules === 'tldts') return i ? undefined : d;
    return domainUnder(labels.slice(0, i), d, rules) === d ? d : null;
  }
  return null;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * targetFromInput(input) restricted to the `known` domains, for a tab's URL: a target whose domain is
 * known, null when the URL has none of them (another site, an IP address, a local host, a browser's or an
 * extension's own page), or undefined when the input is not a plain http(s) URL and targetFromInput must decide.
 */
export function knownTarget(input: string, known: (domain: string) => boolean): Target | null | undefined {
  // The lookup page's own tab, chrome://, about:blank, files: no site, said without the list (a tab opened on
  // one of them made the badge load psl.json for nothing).
  if (notAWebPage(input)) return null;
  if (input.length > 4096 || !/^https?:\/\//i.test(input) || /\s/.test(input)) return undefined;
  let hostname: string;
  try {
    hostname = new URL(input).hostname.replace(/\.+$/, '');
  } catch {
    return undefined;
  }
  if (hostname.length > 253) return undefined;
  const labels = hostname.split('.');
  if (!labels.every((l) => LABEL.test(l))) return undefined;
  // One label (localhost, intranet) or an IPv4 address (the URL parser writes every form of one as a.b.c.d
  // and refuses a numeric last label otherwise): no company's site.
  if (labels.length < 2 || /^\d+$/.test(labels.at(-1)!) || hostname.endsWith('.localhost')) return null;
  const domain = knownDomainOf(hostname, known);
  if (domain === undefined) return undefined;
  return domain ? { hostname, domain } : null;
}
