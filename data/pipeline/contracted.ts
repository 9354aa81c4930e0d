/**
 * Workers an action's own record shows were employed by another company than the one the note is listed
 * under: drivers delivering Amazon's packages (employed by its Delivery Service Partners, or independent
 * contractors on its Flex app), janitors and cafeteria workers of a contractor at a tech campus, a vendor's
 * contractors in a client's office. The note stays under the company the record names — that is where the
 * action was directed — but says who acted, and, for the tracker, that the tracker lists the company as the
 * employer. Measured and labelled in docs/audit-pass-6-open-items.md (item 2); what the reports add (which
 * Delivery Service Partner) is corrected record by record in audit-fixes.ts.
 */

/** "amazon-drivers-walk-job-avenel", "illinois-amazon-drivers-strike": the record's words or its reports' addresses. */
const DRIVERS = /\bdrivers?\b/i;

/**
 * Whether an Amazon action's record tells of drivers. Amazon's last-mile drivers in the United States are not
 * its employees (Delivery Service Partners employ them, or they contract through Flex), so the note says
 * "delivery drivers", not "workers", and that the record lists Amazon; audit-fixes.ts names the employer
 * where the reports do. `record` is the tracker's notes and its
 * sources' addresses, or CAIT's sources' addresses (CAIT's descriptions name drivers in passing: "Amazon has
 * also said it will raise pay for … delivery drivers" of an action by warehouse workers).
 */
export function amazonDrivers(companyId: string, record: string): boolean {
  return companyId === 'amazon' && DRIVERS.test(record.replace(/[-_/+.%]+/g, ' '));
}

/** A service contractor's name: "SBM Management Services", "Canon Business" — not an owner ("Alphabet") or a site ("United Center"). */
const SERVICE = /\b(?:services?|management|business|facilit(?:y|ies)|staffing|janitorial|maintenance|security)\b/i;

/**
 * The tracker's "<company> - <contractor>" employer ("Meta Platforms - SBM Management Services"): the contractor,
 * where the part after the dash names a service company that is not itself in the registry (an owner or a
 * site is not a contractor: "Waymo - Alphabet", "Compass Group - United Center").
 */
export function contractorAfterDash(employer: string, inRegistry: (name: string) => boolean): string | undefined {
  const parts = employer.split(' - ');
  if (parts.length < 2) return undefined;
  const tail = parts.slice(1).join(' - ').trim();
  return tail && SERVICE.test(tail) && !inRegistry(tail) ? tail : undefined;
}

/** "contractors employed by an independent company called HCL Technologies", "technically not employed by Verizon Media". */
const CONTRACTED =
  /\b(?:contractors?|contract (?:workers|employees))\b[^.]{0,80}?\bemployed by\b|\bnot (?:directly |technically )?employed by\b/i;
const NAMED =
  /\bemployed by (?:an? (?:independent |third[- ]party )?(?:company|firm|contractor) (?:called |named )?)?([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})/;
/** A record where the company's own employees acted for contractors ("A group of Google employees has sent a memo"). */
const EMPLOYEES_ACTED = /\bemployees (?:has |have )?(?:sent|signed|wrote|started|published|organi[sz]ed|launched)\b/i;

/**
 * Who acted, where a CAIT description says the workers were a contractor's: "contract workers employed by HCL
 * Technologies", or "contract workers" where it names no employer (or names only the company they were not
 * employed by). Undefined where it does not say so, or says the company's employees acted for them.
 */
export function caitContracted(description: string | null | undefined): string | undefined {
  const text = (description ?? '').replace(/\s+/g, ' ');
  const m = text.match(CONTRACTED);
  if (!m || EMPLOYEES_ACTED.test(text)) return undefined;
  if (/^not\b/i.test(m[0])) return 'contract workers';
  const name = text.slice(m.index!).match(NAMED)?.[1];
  return name ? `contract workers employed by ${name}` : 'contract workers';
}
