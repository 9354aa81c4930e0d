/**
 * The public suffix list as data: tldts's own packed trie (the file the build writes as `psl.json`,
 * scripts/psl-under.ts `pslTrieFile`) matched by a port of tldts's lookup, behind tldts-core's `parseImpl`
 * (the host checks, IP detection, domain and subdomain tldts itself runs). Why: the service worker must not
 * hold tldts's code. Chromium compiles a service worker's whole script, so tldts's 117 KB trie cost the
 * worker ~240 KB of heap on every wake-up though only a typed query or a sync ever used it
 * (bench/results/2026-11-30-worker.md). The worker fetches the file when one of those first needs it
 * (data/browser/psl.ts) and drops it when idle; pages, the CLIs and the pipeline keep tldts (./psl.cjs).
 * Same data and same code path as tldts, so the answers are tldts's: the unit tests compare them over every
 * rule of the list, every shipped domain, awkward URLs and thousands of random hosts.
 */
import {
  fastPathLookup,
  getEmptyResult,
  parseImpl,
  type FLAG,
  type IOptions,
  type IPublicSuffix,
  type IResult,
  type ISuffixLookupOptions,
} from 'tldts-core';

/** tldts's trie (`dist/cjs/src/data/trie.js`) as JSON: a node's edges are edgeStart[node] … edgeStart[node + 1] - 1. */
export interface PslTrie {
  /** The tldts version the trie comes from. */
  tldts: string;
  /** Per node: 1 where an ICANN rule ends, 2 where a private one does. */
  nodeFlags: number[];
  edgeStart: number[];
  edgeLength: number[];
  edgeChild: number[];
  /** Every edge's label, one after another (labels right to left, as the lookup walks a host). */
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

/** What the project asks of the list: tldts's `parse` and `getDomain`. */
export interface Psl {
  parse(host: string, options?: Partial<IOptions>): IResult;
  getDomain(host: string, options?: Partial<IOptions>): string | null;
}

const ICANN = 1;
const PRIVATE = 2;
// tldts-core's steps (a const enum, so written out): a domain, or everything.
const STEP_DOMAIN = 3 as FLAG;
const STEP_ALL = 5 as FLAG;

/** Checks a trie's shape before use: a damaged file fails here with its cause, not as a wrong answer later. */
function checked(t: PslTrie): PslTrie {
  const ints = (a: unknown, max: number) => Array.isArray(a) && a.every((n) => Number.isInteger(n) && n >= 0 && n <= max);
  const nodes = Array.isArray(t?.nodeFlags) ? t.nodeFlags.length : 0;
  const edges = Array.isArray(t?.edgeLength) ? t.edgeLength.length : -1;
  const problem =
    typeof t !== 'object' || t === null
      ? 'not an object'
      : !nodes || !ints(t.nodeFlags, ICANN | PRIVATE)
        ? 'nodeFlags'
        : !ints(t.edgeStart, edges) || t.edgeStart.length !== nodes + 1 || t.edgeStart[nodes] !== edges
          ? 'edgeStart'
          : !ints(t.edgeLength, 255)
            ? 'edgeLength'
            : !ints(t.edgeChild, nodes - 1) || t.edgeChild.length !== edges
              ? 'edgeChild'
              : typeof t.labelText !== 'string' || t.labelText.length !== t.edgeLength.reduce((a, b) => a + b, 0)
                ? 'labelText'
                : !ints([t.rulesRoot, t.exceptionsRoot], nodes - 1)
                  ? 'roots'
                  : t.edgeStart.some((s, i) => i > 0 && s < t.edgeStart[i - 1]!)
                    ? 'edgeStart order'
                    : null;
  if (problem) throw new Error(`the public suffix list's data is damaged (${problem}): reinstall the extension`);
  return t;
}

/** A `Psl` over a trie (the same lookup as tldts's `dist/cjs/src/suffix-trie.js`, which says why it is built so). */
export function pslFromTrie(trie: PslTrie): Psl {
  const { nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot } = checked(trie);
  const edges = edgeLength.length;
  // Derived once, as tldts derives them: where each label starts, its djb2 hash (edges are sorted by it) and
  // each node's wildcard edge.
  const edgeOffset = new Uint32Array(edges);
  const edgeHash = new Uint32Array(edges);
  const wildcardEdge = new Int32Array(nodeFlags.length).fill(-1);
  for (let node = 0, offset = 0; node < nodeFlags.length; node++) {
    for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge++) {
      edgeOffset[edge] = offset;
      const end = offset + edgeLength[edge]!;
      let hash = 5381;
      for (let i = end - 1; i >= offset; i--) hash = (hash * 33) ^ labelText.charCodeAt(i);
      edgeHash[edge] = hash >>> 0;
      if (edgeLength[edge] === 1 && labelText.charCodeAt(offset) === 42) wildcardEdge[node] = edge;
      offset = end;
    }
  }

  const labelEquals = (edge: number, host: string, start: number, length: number): boolean => {
    if (edgeLength[edge] !== length) return false;
    const offset = edgeOffset[edge]!;
    for (let i = 0; i < length; i++) if (labelText.charCodeAt(offset + i) !== host.charCodeAt(start + i)) return false;
    return true;
  };
  /** The edge of `node` labelled host[start, start + length), by binary search on the hash; -1 if none. */
  const findEdge = (node: number, hash: number, host: string, start: number, length: number): number => {
    let lo = edgeStart[node]!;
    let hi = edgeStart[node + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const value = edgeHash[mid]!;
      if (value < hash) lo = mid + 1;
      else if (value > hash) hi = mid;
      else {
        for (let e = mid; e >= lo && edgeHash[e] === hash; e--) if (labelEquals(e, host, start, length)) return e;
        for (let e = mid + 1; e < hi && edgeHash[e] === hash; e++) if (labelEquals(e, host, start, length)) return e;
        return -1;
      }
    }
    return -1;
  };

  /** The deepest node under `root` along the host's labels (right to left) whose flag `mask` allows. */
  const walk = (host: string, root: number, mask: number): { node: number; start: number; end: number } | null => {
    let match: { node: number; start: number; end: number } | null = null;
    let node = root;
    let end = host.length;
    let hash = 5381;
    for (let i = host.length - 1; i >= -1; i--) {
      const code = i >= 0 ? host.charCodeAt(i) : 46;
      if (code !== 46) {
        hash = (hash * 33) ^ code;
        continue;
      }
      const start = i + 1;
      let edge = findEdge(node, hash >>> 0, host, start, end - start);
      // An empty label (a leading dot, "..") never takes the wildcard.
      if (edge === -1 && end !== start) edge = wildcardEdge[node]!;
      if (edge === -1) return match;
      node = edgeChild[edge]!;
      if ((nodeFlags[node]! & mask) !== 0) match = { node, start, end };
      end = i;
      hash = 5381;
    }
    return match;
  };

  const suffixLookup = (host: string, options: ISuffixLookupOptions, out: IPublicSuffix): boolean => {
    if (fastPathLookup(host, options, out)) return false;
    const mask = (options.allowPrivateDomains ? PRIVATE : 0) | (options.allowIcannDomains ? ICANN : 0);
    // Exceptions first; one strips its own left-most label (the rule "!www.ck" makes www.ck's suffix "ck").
    const exception = walk(host, exceptionsRoot, mask);
    const rule = exception ?? walk(host, rulesRoot, mask);
    out.isIcann = rule ? (nodeFlags[rule.node]! & ICANN) !== 0 : false;
    out.isPrivate = rule ? (nodeFlags[rule.node]! & PRIVATE) !== 0 : false;
    if (exception) out.publicSuffix = host.slice(exception.end + 1);
    else if (rule) out.publicSuffix = host.slice(rule.start);
    else {
      // No rule: the prevailing "*" makes the right-most label the suffix.
      const lastDot = host.lastIndexOf('.');
      out.publicSuffix = lastDot === -1 ? host : host.slice(lastDot + 1);
    }
    return exception !== null;
  };

  return {
    parse: (host, options) => parseImpl(host, STEP_ALL, suffixLookup, options, getEmptyResult()),
    getDomain: (host, options) => parseImpl(host, STEP_DOMAIN, suffixLookup, options, getEmptyResult()).domain,
  };
}
