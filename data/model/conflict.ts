/**
 * Provenance without silent override. Lists are laid over the data in a fixed order of trust: the bundled
 * dataset, then the built-in list (the same publisher's newer data, which replaces the bundle's records),
 * then each list the user added, in the order added. A user-added list may add companies, domains and
 * notes; where it would change or remove a record held by the data before it, the record held wins and a
 * `Conflict` records what the list says instead, to be shown on the settings page and beside the record.
 * A list never re-points a domain another company holds.
 *
 * Pure: records in, records and conflicts out. data/sync/merge.ts runs it on every merge.
 */
import { z } from './zod';
import type { Agency, Company, Note } from './schema';

/** At most this many conflicts are kept (the rest are counted): a list that contradicts everything stays bounded. */
export const MAX_CONFLICTS = 500;

export const Conflict = z.lazy(() =>
  z.object({
    /** The list that says otherwise (its URL). */
    list: z.string(),
    /** Where the record kept comes from: a list's URL, or absent for the bundled dataset. */
    keptFrom: z.optional(z.string()),
    /**
     * What the list says instead, by kind: a company's `name`, `parent` (its owner's name; empty for "none"),
     * `domainsMissing` / `domainsAdded` (comma-separated), `aliases` (names it adds); a `domain` it gives to
     * another company (`value`: that company's name); a `note` it describes otherwise (`value`: its text);
     * a second contract `tie` for the same company and agency (`value`: the agency); an `agency` it names
     * otherwise (`value`: the name).
     */
    kind: z.enum(['name', 'parent', 'domainsMissing', 'domainsAdded', 'aliases', 'domain', 'note', 'tie', 'agency']),
    /** The company concerned (its id and the name kept), when there is one. */
    companyId: z.optional(z.string()),
    companyName: z.optional(z.string()),
    noteId: z.optional(z.string()),
    agencyId: z.optional(z.string()),
    domain: z.optional(z.string()),
    value: z.string().check(z.maxLength(300)),
  }),
);
export type Conflict = z.infer<typeof Conflict>;

export const Conflicts = z.lazy(() =>
  z.object({
    /** Every conflict found, including those past MAX_CONFLICTS. */
    total: z.number().check(z.int(), z.nonnegative()),
    items: z.array(Conflict).check(z.maxLength(MAX_CONFLICTS)),
  }),
);
export type Conflicts = z.infer<typeof Conflicts>;

export interface Layer {
  /** The list's URL; absent for the bundled dataset. */
  url?: string;
  /** The built-in list replaces the bundle's records; any other list may only add. */
  authoritative: boolean;
  agencies: readonly Agency[];
  companies: readonly Company[];
  notes: readonly Note[];
}

export interface Layered {
  agencies: Agency[];
  companies: Company[];
  notes: Note[];
  conflicts: Conflicts;
}

const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

/** A note's content, its provenance aside: two lists that say the same thing do not conflict. */
function sameNote(a: Note, b: Note): boolean {
  const { list: _a, ...x } = a;
  const { list: _b, ...y } = b;
  return JSON.stringify(x) === JSON.stringify(y);
}

/** How a note reads, in a line: what a conflict shows of the list's version. */
function noteGist(n: Note): string {
  if (n.kind === 'context') return clip(`${n.title}: ${n.summary}`);
  if (n.kind === 'labor') return clip(n.summary);
  return clip(n.summary ?? `${n.awards.length} awards`);
}

/** Lays `layers` over one another in order (the first is the base) and records every contradiction. */
export function layerLists(layers: readonly Layer[]): Layered {
  const agencies = new Map<string, Agency>();
  const companies = new Map<string, Company>();
  const notes = new Map<string, Note>();
  const domainOwner = new Map<string, string>();
  const ties = new Map<string, string>(); // company\0agency → note id
  const conflicts: Conflict[] = [];
  let total = 0;
  const conflict = (c: Conflict) => {
    total++;
    if (conflicts.length < MAX_CONFLICTS) conflicts.push(c);
  };
  const tieKey = (n: Note) => (n.kind === 'contract' ? `${n.companyId}\u0000${n.agencyId}` : undefined);
  const withList = <T extends object>(x: T, url: string | undefined): T => (url ? { ...x, list: url } : x);

  const putCompany = (c: Company) => {
    const old = companies.get(c.id);
    for (const d of old?.domains ?? []) if (domainOwner.get(d) === c.id) domainOwner.delete(d);
    companies.set(c.id, c);
    for (const d of c.domains) domainOwner.set(d, c.id);
  };
  const putNote = (n: Note) => {
    notes.set(n.id, n);
    const k = tieKey(n);
    if (k) ties.set(k, n.id);
  };
  const dropNote = (id: string) => {
    const n = notes.get(id);
    if (!n) return;
    notes.delete(id);
    const k = tieKey(n);
    if (k && ties.get(k) === id) ties.delete(k);
  };

  for (const layer of layers) {
    const url = layer.url;
    if (layer.authoritative) {
      // The bundle, or the built-in list over it: a company it describes is replaced whole, notes and all.
      for (const a of layer.agencies) agencies.set(a.id, a);
      const described = new Set(layer.companies.map((c) => c.id));
      for (const n of [...notes.values()]) if (described.has(n.companyId)) dropNote(n.id);
      for (const c of layer.companies) {
        // A domain the list moves to another company leaves its old owner.
        for (const d of c.domains) {
          const owner = domainOwner.get(d);
          if (owner && owner !== c.id && !described.has(owner)) {
            const o = companies.get(owner)!;
            putCompany({ ...o, domains: o.domains.filter((x) => x !== d) });
          }
        }
        putCompany(withList(c, url));
      }
      for (const n of layer.notes) putNote(withList(n, url));
      continue;
    }
    // A list the user added: it may add, never change or remove what is held.
    for (const a of layer.agencies) {
      const held = agencies.get(a.id);
      if (!held) agencies.set(a.id, a);
      else if (held.name !== a.name || held.acronym !== a.acronym || held.department !== a.department)
        conflict({ list: url!, kind: 'agency', agencyId: a.id, value: clip(`${a.name} (${a.acronym})`) });
    }
    for (const c of layer.companies) {
      const held = companies.get(c.id);
      if (!held) {
        const domains = c.domains.filter((d) => {
          const owner = domainOwner.get(d);
          if (!owner) return true;
          const o = companies.get(owner)!;
          conflict({
            list: url!,
            ...(o.list ? { keptFrom: o.list } : {}),
            kind: 'domain',
            companyId: o.id,
            companyName: o.name,
            domain: d,
            value: clip(c.name),
          });
          return false;
        });
        putCompany(withList({ ...c, domains }, url));
        continue;
      }
      const base = { list: url!, ...(held.list ? { keptFrom: held.list } : {}), companyId: held.id, companyName: held.name };
      if (held.name !== c.name) conflict({ ...base, kind: 'name', value: clip(c.name) });
      if (held.parent?.id !== c.parent?.id)
        conflict({ ...base, kind: 'parent', value: c.parent ? clip(companies.get(c.parent.id)?.name ?? c.parent.id) : '' });
      const missing = held.domains.filter((d) => !c.domains.includes(d));
      const added = c.domains.filter((d) => !held.domains.includes(d));
      if (missing.length) conflict({ ...base, kind: 'domainsMissing', value: clip(missing.join(', ')) });
      if (added.length) conflict({ ...base, kind: 'domainsAdded', value: clip(added.join(', ')) });
      const aliases = c.aliases.filter((a) => !held.aliases.includes(a));
      if (aliases.length) conflict({ ...base, kind: 'aliases', value: clip(aliases.join(', ')) });
    }
    for (const n of layer.notes) {
      const held = notes.get(n.id);
      const owner = companies.get(n.companyId);
      const base = {
        list: url!,
        companyId: n.companyId,
        ...(owner ? { companyName: owner.name } : {}),
      };
      if (held) {
        if (!sameNote(held, n))
          conflict({ ...base, ...(held.list ? { keptFrom: held.list } : {}), kind: 'note', noteId: held.id, value: noteGist(n) });
        continue;
      }
      const k = tieKey(n);
      const heldTie = k ? ties.get(k) : undefined;
      if (heldTie && n.kind === 'contract') {
        const t = notes.get(heldTie)!;
        conflict({
          ...base,
          ...(t.list ? { keptFrom: t.list } : {}),
          kind: 'tie',
          noteId: heldTie,
          agencyId: n.agencyId,
          value: noteGist(n),
        });
        continue;
      }
      putNote(withList(n, url));
    }
  }
  return {
    agencies: [...agencies.values()],
    companies: [...companies.values()],
    notes: [...notes.values()],
    conflicts: { total, items: conflicts },
  };
}
