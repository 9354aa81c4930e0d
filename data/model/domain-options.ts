/**
 * Options every registrable-domain computation in the project uses, so that all agree. Apart from ./schema.ts
 * (which re-exports them) so that ./domain.ts, in the service worker's badge code, does not load Zod with it.
 */
export const DOMAIN_OPTIONS = { allowPrivateDomains: true } as const;
