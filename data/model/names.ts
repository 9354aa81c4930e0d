/**
 * Company-name normalisation shared by the importers and the lookup page. Contract and labour records
 * spell one company many ways ("SALESFORCE.COM, INC.", "Salesforce, Inc"); these keys make them meet.
 */

const NON_ASCII = /[^ -~\t\n\r]/;

/** Upper case, accents removed, "&" as AND, punctuation dropped, spaces collapsed. */
export function normalizeName(name: string): string {
  // Decomposing changes only text beyond ASCII, and most names are printable ASCII: the costly step is skipped for them.
  return (NON_ASCII.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name)
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/['’`]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

// prettier-ignore
const LEGAL_SUFFIXES = new Set([
  'INC', 'INCORPORATED', 'LLC', 'L L C', 'LLP', 'LP', 'L P', 'LTD', 'LIMITED', 'CORP', 'CORPORATION', 'CO', 'COMPANY',
  'PLC', 'PC', 'PLLC', 'GMBH', 'AG', 'SA', 'NV', 'BV', 'SE', 'HOLDINGS', 'GROUP', 'THE', 'DBA', 'USA', 'US', 'NA',
]);

/**
 * The name without legal suffixes and a leading "THE": "THE GEO GROUP, INC." → "GEO". Used for search,
 * where recall matters; importers match on `normalizeName` so distinct legal entities stay apart.
 */
const ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    CORP: 'CORPORATION',
    INTL: 'INTERNATIONAL',
    SVCS: 'SERVICES',
    SVC: 'SERVICE',
    MGMT: 'MANAGEMENT',
    TECH: 'TECHNOLOGY',
    TECHS: 'TECHNOLOGIES',
    ASSN: 'ASSOCIATION',
    BROS: 'BROTHERS',
    NATL: 'NATIONAL',
    SYS: 'SYSTEMS',
    AMER: 'AMERICA',
  }),
);

export function coreName(name: string): string {
  return coreOfNormalized(normalizeName(name));
}

/** coreName of text already through normalizeName (the screening matcher normalises once per cell). */
export function coreOfNormalized(normalized: string): string {
  // (The two spelled-out forms are rare: the patterns run only on text that can hold them.)
  const words = (
    normalized.includes('L L C') || normalized.includes('L P')
      ? normalized.replace(/\bL L C\b/g, 'LLC').replace(/\bL P\b/g, 'LP')
      : normalized
  )
    .split(' ')
    // "Corrections Corp. of America" and "Corrections Corporation of America" are one name.
    .map((w) => ABBREVIATIONS.get(w) ?? w);
  // ".COM" in "SALESFORCE.COM, INC." is part of the brand as written, not of the company's identity.
  while (words.length > 1 && (LEGAL_SUFFIXES.has(words[words.length - 1]!) || words[words.length - 1] === 'COM')) words.pop();
  while (words.length > 1 && words[0] === 'THE') words.shift();
  return words.join(' ');
}

/** A stable kebab-case id for a company known only by name. */
export function slugify(name: string): string {
  return normalizeName(name).toLowerCase().replace(/ /g, '-').slice(0, 80).replace(/-+$/, '') || 'unnamed';
}
