/**
 * The truth audit's sample: a reproducible random draw of claims from the bundle — notes, ownership and
 * joint-venture links, and domains — each with the sources a person needs to check it. The same dataset and
 * seed always give the same sample (a seeded generator over records sorted by id), so an audit can be
 * repeated and its verdicts compared.
 */
import type { Company, Dataset, Note, Source } from '../model/schema';
import { formatDate, formatNumber, formatUsd } from '../model/format';
import type { DomainEvidence } from './authored';

export type AuditKind = 'note' | 'ownership' | 'joint-venture' | 'domain';

export interface AuditItem {
  /** Stable across runs for the same data: what the claim is about. */
  key: string;
  kind: AuditKind;
  /** The claim in words, as the extension makes it. */
  claim: string;
  sources: Source[];
  /** What to open when the claim has no source of its own (a domain: the site itself). */
  check?: string;
}

export interface AuditOptions {
  seed: number;
  /** How many items of each kind. */
  notes: number;
  links: number;
  domains: number;
}

export const DEFAULT_AUDIT: AuditOptions = { seed: 20261129, notes: 36, links: 14, domains: 10 };

/** mulberry32: a small, well-mixed 32-bit generator; enough for a reproducible sample. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` items drawn without replacement (a partial Fisher–Yates shuffle of a copy). */
function draw<T>(items: readonly T[], n: number, random: () => number): T[] {
  const a = [...items];
  const k = Math.min(n, a.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function noteClaim(n: Note, name: string): string {
  if (n.kind === 'labor') {
    const how = n.participantsAre === 'more-than' ? 'more than ' : n.participantsAre === 'about' ? 'about ' : '';
    const who = n.participants ? `, ${how}${formatNumber(n.participants)} participants` : '';
    // A day that is a report's, not the action's (CAIT_REPORTED_DATES), is checked as the note shows it (audit pass 13).
    const day = `${n.dateIs === 'reported' ? 'reported ' : ''}${formatDate(n.date)}`;
    return `${name} — ${n.action} (${day}${who}): ${n.summary}`;
  }
  if (n.kind === 'context') return `${name} — ${n.title}${n.date ? ` (${formatDate(n.date)})` : ''}: ${n.summary}`;
  const total = n.awards.reduce((s, a) => s + (a.reseller ? 0 : a.amountUsd), 0);
  return `${name} — contracts with ${n.agencyId.toUpperCase()}: ${n.summary ?? `${formatUsd(total)} in ${n.awards.length} awards`}`;
}

const PARENT_WORDS = {
  owner: 'is owned by',
  foundation: 'is the corporate foundation of',
  pac: 'is the political action committee of',
} as const;

/**
 * The claims a person can check against sources: every note except contract ties that only restate
 * USAspending records (those recompute exactly from the public data), every parent link and joint-venture
 * membership, and every domain of a curated company (contractors known only by name have none), with the
 * registry's evidence for it where it records some (the site itself is always there to open).
 */
export function auditPopulation(
  d: Pick<Dataset, 'companies' | 'notes'>,
  evidence: ReadonlyMap<string, DomainEvidence> = new Map(),
): Record<'note' | 'link' | 'domain', AuditItem[]> {
  const companies = new Map(d.companies.map((c) => [c.id, c]));
  const name = (id: string) => companies.get(id)?.name ?? id;
  const notes: AuditItem[] = d.notes
    .filter((n) => n.kind !== 'contract' || n.sources.some((s) => !s.url.startsWith('https://www.usaspending.gov/')))
    .map((n) => ({ key: `note:${n.id}`, kind: 'note', claim: noteClaim(n, name(n.companyId)), sources: n.sources }));
  const links: AuditItem[] = d.companies.flatMap((c: Company) => [
    ...(c.parent
      ? [
          {
            key: `parent:${c.id}`,
            kind: 'ownership' as const,
            claim: `${c.name} ${PARENT_WORDS[c.parent.kind ?? 'owner']} ${name(c.parent.id)}${c.parent.asOf ? ` (since ${formatDate(c.parent.asOf)})` : ''}`,
            sources: c.parent.sources,
          },
        ]
      : []),
    ...(c.members ?? []).map((m) => ({
      key: `member:${c.id}:${m.id}`,
      kind: 'joint-venture' as const,
      claim: `${c.name} is a joint venture including ${name(m.id)}${m.basis ? ` — basis: ${m.basis}` : ''}`,
      sources: m.sources,
    })),
  ]);
  const domains: AuditItem[] = d.companies.flatMap((c) =>
    c.domains.map((dom) => {
      const e = evidence.get(dom);
      return {
        key: `domain:${dom}`,
        kind: 'domain' as const,
        claim: `${dom} is the website of ${c.name}${e?.basis ? ` — basis: ${e.basis}` : ''}`,
        sources: e?.sources ?? [],
        check: `https://${dom}/`,
      };
    }),
  );
  return { note: notes.sort(byKey), link: links.sort(byKey), domain: domains.sort(byKey) };
}

/** The sample: `notes` notes, `links` links and `domains` domains, drawn with one seeded generator. */
export function auditSample(
  d: Pick<Dataset, 'companies' | 'notes'>,
  o: AuditOptions = DEFAULT_AUDIT,
  evidence: ReadonlyMap<string, DomainEvidence> = new Map(),
): AuditItem[] {
  const pop = auditPopulation(d, evidence);
  const random = seededRandom(o.seed);
  return [...draw(pop.note, o.notes, random), ...draw(pop.link, o.links, random), ...draw(pop.domain, o.domains, random)];
}
