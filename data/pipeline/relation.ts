/**
 * How a labour note's company stood to the people who acted (`LaborRelation`, data/model/schema.ts), set from
 * the same facts that word the note: the views show it apart, so that a shopper never reads contract workers'
 * or gig drivers' action, or outsiders' protest, as the company's own employees'. Measured on labelled notes in
 * docs/labour-relations.md (test/unit/pipeline/relation.test.ts).
 */
import type { LaborActor, LaborRelation } from '../model/schema';
import type { ImportFix } from './audit-fixes';

/**
 * Registry companies whose business puts the workers they employ at other companies' sites or on their work:
 * outsourcers, staffing and services firms, contract manufacturers. In a contract workers' action naming one of
 * them beside its client (Accenture's and Cpl's content moderators for Facebook, Compass Group's cafeteria
 * workers at Google, Pegatron's temporary workers making Apple's phones), it is the employer and the other the
 * client. Only companies that CAIT records of contract workers name; a new one is added when a record names it.
 */
export const CONTRACTORS: ReadonlySet<string> = new Set([
  'accenture',
  'adecco',
  'allied-universal',
  'bds-connected-solutions',
  'bds-solutions-group',
  'compass-group',
  'cpl',
  'filter-digital',
  'foxconn',
  'g4s',
  'lionbridge',
  'loop-transportation',
  'modis',
  'pegatron',
  'sama',
]);

/**
 * Ride-hail and delivery apps whose rows in the Labor Action Tracker are their drivers' and couriers' actions, who
 * work through the app, not as its employees (every such row in the tracker to March 2026 was read: drivers'
 * associations, gig workers' unions, Justice for App Workers, Los Deliveristas Unidos, the Gig Workers Collective).
 * The tracker lists the app as the employer; the note is the platform's.
 */
export const APPS: ReadonlySet<string> = new Set(['doordash', 'grubhub', 'instacart', 'lyft', 'uber']);

const overridden = (companyId: string, fix: ImportFix | undefined) => fix?.relation?.[companyId];

/**
 * A CAIT note's relation. `types`: CAIT's `employment_types`, cleaned (cait.ts); `outside`: the note says
 * "directed at" (students, the public, academics, or an audit's `outside`); `contracted`: the note says another
 * company employed the workers (contracted.ts, or an audit's `contracted`).
 *   - directed at it by others: target;
 *   - gig workers: the platform's (drivers and couriers on its app; a contractor named beside it too). Right for 109 of
 *     the 118 CAIT notes of gig workers (test/fixtures/cait/cait-relation-labels.csv); the 9 others, riders hired as
 *     employees and another company's workers, each have an audit's `relation`: CAIT's fields do not decide them (the
 *     same app hires riders in one country and contracts them in another), docs/labour-relations.md;
 *   - a contractor's workers at its own client: employer for the contractor (CONTRACTORS), client for the others,
 *     unless in-house workers acted with them (a union of employees and contractors: the company's own workers);
 *   - anything else (its own workers, or CAIT does not record who): employer.
 * An audit's `relation` for the company comes first.
 */
export function caitRelation(
  companyId: string,
  o: { actor: LaborActor | undefined; types: readonly string[]; outside: boolean; contracted: boolean; fix?: ImportFix },
): LaborRelation {
  const fixed = overridden(companyId, o.fix);
  if (fixed) return fixed;
  if (o.outside) return 'target';
  if (CONTRACTORS.has(companyId)) return 'employer';
  if (o.types.includes('gig workers')) return 'platform';
  if (o.contracted) return 'client';
  const inhouse = o.types.some((t) => /inhouse|in-house/.test(t));
  if (o.types.includes('contract workers') && !inhouse) return 'client';
  return 'employer';
}

/**
 * A tracker note's relation: the tracker lists employers, so employer, unless the note says otherwise (an audit's
 * `outside` or `contracted`) or the company is an app whose drivers and couriers acted (APPS).
 */
export function latRelation(companyId: string, fix: ImportFix | undefined): LaborRelation {
  const fixed = overridden(companyId, fix);
  if (fixed) return fixed;
  if (fix?.outside) return 'target';
  if (fix?.contracted) return 'client';
  if (APPS.has(companyId)) return 'platform';
  return 'employer';
}
