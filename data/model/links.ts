/**
 * Links between companies beyond "who owns whom, upwards": which other companies' notes a company's result
 * shows. A subsidiary or joint venture with no website of its own would otherwise show on no site at all,
 * so its ties show on the site of the company it belongs to (and of that company's owners' subsidiaries
 * likewise). A joint venture's result shows its members. The in-memory matcher and the IndexedDB queries
 * both walk links with `followsLink`, so both show the same companies.
 */
import type { Company, JvMember, ParentKind, Source } from './schema';

/** A link as stored: `from` points to `to` (a subsidiary to its parent, a joint venture to a member). */
export interface CompanyLink {
  from: string;
  to: string;
  kind: ParentKind | 'member';
}

/** The links a company declares: its parent link and its memberships as a joint venture. */
export function linksOf(c: Company): CompanyLink[] {
  return [
    ...(c.parent ? [{ from: c.id, to: c.parent.id, kind: c.parent.kind ?? 'owner' } as const] : []),
    ...(c.members ?? []).map((m) => ({ from: c.id, to: m.id, kind: 'member' as const })),
  ];
}

/**
 * Whether the result of a link's target shows the linking company: a subsidiary or a joint venture that has
 * no domain of its own. (A foundation or PAC has no contracts to show; a company with its own domain shows
 * on its own site.)
 */
export function followsLink(link: CompanyLink, from: Company | undefined): boolean {
  return !!from && (link.kind === 'owner' || link.kind === 'member') && from.domains.length === 0;
}

/** At most this many companies are added to one result: bounded work whatever the data says. */
export const MAX_RELATED = 40;

/** How a company in a result is tied to the company the result is for. */
export type RelatedKind = 'subsidiary' | 'joint-venture' | 'member';

export interface RelatedCompany {
  company: Company;
  kind: RelatedKind;
  /** The company in the result it is linked to (the matched one, or a subsidiary of it). */
  through: Company;
  sources: Source[];
  asOf?: string;
  basis?: string;
}

const memberOf = (jv: Company, id: string): JvMember | undefined => jv.members?.find((m) => m.id === id);

/**
 * The companies a result for `start` shows besides its ownership chain, breadth first: for a joint
 * venture, its members; then every subsidiary and joint venture without a domain reached from `start`
 * through such companies. `linksTo(id)` lists the links pointing at a company.
 */
export function relatedCompanies(
  start: Company,
  get: (id: string) => Company | undefined,
  linksTo: (id: string) => readonly CompanyLink[],
  exclude: ReadonlySet<string> = new Set(),
): RelatedCompany[] {
  const out: RelatedCompany[] = [];
  const seen = new Set([start.id, ...exclude]);
  for (const m of start.members ?? []) {
    const member = get(m.id);
    if (!member || seen.has(m.id) || out.length >= MAX_RELATED) continue;
    seen.add(m.id);
    out.push({ company: member, kind: 'member', through: start, sources: m.sources, ...asOfAndBasis(m) });
  }
  let level = [start];
  while (level.length && out.length < MAX_RELATED) {
    const next: Company[] = [];
    for (const to of level) {
      for (const link of [...linksTo(to.id)].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
        const from = get(link.from);
        if (seen.has(link.from) || !followsLink(link, from) || out.length >= MAX_RELATED) continue;
        seen.add(link.from);
        const member = link.kind === 'member' ? memberOf(from!, to.id) : undefined;
        out.push({
          company: from!,
          kind: link.kind === 'member' ? 'joint-venture' : 'subsidiary',
          through: to,
          sources: member?.sources ?? from!.parent?.sources ?? [],
          ...(member ? asOfAndBasis(member) : from!.parent?.asOf ? { asOf: from!.parent.asOf } : {}),
        });
        next.push(from!);
      }
    }
    level = next;
  }
  return out;
}

function asOfAndBasis(m: JvMember): { asOf?: string; basis?: string } {
  return { ...(m.asOf ? { asOf: m.asOf } : {}), ...(m.basis ? { basis: m.basis } : {}) };
}
