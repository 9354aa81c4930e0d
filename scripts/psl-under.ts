/**
 * npm run -s psl:table — writes data/model/psl-under.ts: the public-suffix rules that lie under a
 * registrable domain, from the tldts the project installs. The badge finds a site's registrable domain by
 * walking its host's labels against the domains in use (data/model/known-site.ts) and needs the full list
 * only where a rule sits under such a domain: `*.my.salesforce.com` under salesforce.com, `s3.amazonaws.com`
 * under amazonaws.com (187 domains of the whole list). A unit test fails when the file is out of date with
 * the installed tldts (test/unit/model/known-site.test.ts): run this after upgrading it.
 *
 * The rules are read from tldts's own trie (`dist/cjs/src/data/trie.js`: labels right to left, a flag on
 * each node that ends a rule, wildcard edges labelled `*`), so the table agrees with the getDomain every
 * other part of the project uses. Only exact paths matter: no wildcard node of the list has children.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { getDomain } from 'tldts';
import { DOMAIN_OPTIONS } from '../data/model/schema';
import type { PslNode, PslUnder } from '../data/model/known-site';
import type { PslTrie } from '../data/model/psl-trie';

interface Trie {
  nodeFlags: Uint8Array;
  edgeStart: ArrayLike<number>;
  edgeLength: ArrayLike<number>;
  edgeChild: ArrayLike<number>;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

export const TABLE_FILE = resolve('data/model/psl-under.ts');
/** The whole list as the service worker loads it (data/model/psl-trie.ts), written by the build beside background.js. */
export const PSL_FILE = 'psl.json';

const tldtsTrie = () => createRequire(import.meta.url)('tldts/dist/cjs/src/data/trie.js') as Trie;

/**
 * The whole public suffix list as data: tldts's own trie, unchanged, as JSON (120 KB; 44 KB in the zip). The
 * build writes it from the installed tldts (wxt.config.ts), so it cannot fall behind the tldts the rest of
 * the project uses.
 */
export function pslTrieFile(): string {
  const t = tldtsTrie();
  const trie: PslTrie = {
    tldts: tldtsVersion(),
    nodeFlags: Array.from(t.nodeFlags),
    edgeStart: Array.from(t.edgeStart),
    edgeLength: Array.from(t.edgeLength),
    edgeChild: Array.from(t.edgeChild),
    labelText: t.labelText,
    rulesRoot: t.rulesRoot,
    exceptionsRoot: t.exceptionsRoot,
  };
  return JSON.stringify(trie);
}

/** The table: for each registrable domain with rules under it, those rules' sub-tries (see known-site.ts). */
export function pslUnderTable(): PslUnder {
  const t = tldtsTrie();
  const offsets: number[] = [];
  for (let e = 0, at = 0; e < t.edgeLength.length; at += t.edgeLength[e]!, e++) offsets.push(at);
  const children = (node: number): [string, number][] => {
    const out: [string, number][] = [];
    for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
      out.push([t.labelText.slice(offsets[e], offsets[e]! + t.edgeLength[e]!), t.edgeChild[e]!]);
    }
    return out;
  };
  /** A sub-trie as the table keeps it: the flag alone for a leaf, [flag, children] otherwise. */
  const subtrie = (node: number): PslNode => {
    const kids = children(node);
    if (!kids.length) return t.nodeFlags[node]!;
    if (kids.some(([label, child]) => label === '*' && children(child).length)) {
      throw new Error('a wildcard rule of the public suffix list has rules under it: known-site.ts does not handle that');
    }
    return [t.nodeFlags[node]!, Object.fromEntries(kids.sort(([a], [b]) => (a < b ? -1 : 1)).map(([l, c]) => [l, subtrie(c)]))];
  };
  const table: PslUnder = {};
  // Every node reached by exact labels, in both tries; a registrable domain there is a key of the table.
  const visit = (node: number, labels: string[], kind: 'r' | 'e') => {
    const domain = labels.join('.');
    // Domains in the data are ASCII (punycode; the schema's RegistrableDomain): a key in Unicode is never looked up.
    if (labels.length >= 2 && /^[a-z0-9.-]+$/.test(domain) && getDomain(domain, DOMAIN_OPTIONS) === domain) {
      const kids = children(node);
      if (kind === 'r' && kids.length) {
        (table[domain] ??= {}).r = Object.fromEntries(kids.sort(([a], [b]) => (a < b ? -1 : 1)).map(([l, c]) => [l, subtrie(c)]));
      }
      if (kind === 'e' && (kids.length || t.nodeFlags[node])) (table[domain] ??= {}).e = subtrie(node);
    }
    for (const [label, child] of children(node)) if (label !== '*') visit(child, [label, ...labels], kind);
  };
  visit(t.rulesRoot, [], 'r');
  visit(t.exceptionsRoot, [], 'e');
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Rules longer than this (as JSON) are left out and only their domain listed: a host under it is then
 * looked up with tldts itself. Eight domains, none in the registry (amazonaws.com alone is 13 KB, on.aws
 * 2.5 KB); the rest of the table is 7 KB instead of 25 KB, in background.js and in the worker's heap.
 */
export const MAX_INLINE = 300;

export function tableSource(table: PslUnder): string {
  const lines = Object.entries(table).map(([domain, rules]) => {
    const json = JSON.stringify(rules);
    return `\n${domain}\t${json.length > MAX_INLINE ? '' : json}`;
  });
  return `/**
 * Generated by \`npm run -s psl:table\` (scripts/psl-under.ts) from tldts ${tldtsVersion()}: do not edit.
 * The public-suffix rules under registrable domains, for data/model/known-site.ts: one line per domain, the
 * domain, a tab and its rules as JSON (nothing where they are too long to ship: tldts answers there). Returned by a function, so that the text becomes a string only when a
 * domain in the data is first looked up (a literal at the top level is made when the script starts), and
 * searched, not parsed whole: only a domain's own line is parsed. In ASCII, like every shipped script.
 */
export const pslUnderLines = (): string =>
  ${literal(lines.join('') + '\n')};
`;
}

/** A single-quoted string literal in ASCII, as Prettier writes it. */
function literal(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

function tldtsVersion(): string {
  return (createRequire(import.meta.url)('tldts/package.json') as { version: string }).version;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/psl-under.ts')) {
  const table = pslUnderTable();
  writeFileSync(TABLE_FILE, tableSource(table));
  console.error(`${TABLE_FILE}: ${Object.keys(table).length} domains`);
}
