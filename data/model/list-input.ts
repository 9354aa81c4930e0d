/**
 * Reading a donor or vendor list: bytes → text → table → which columns hold names, emails, websites.
 * Every way a file can be wrong gets a message a person can act on, never a crash or a hang. Pure; the
 * lookup page's worker and the `check` CLI share it.
 */
import Papa from 'papaparse';
import { inputKind } from './input-kind';

export const MAX_ROWS = 50_000;
export const MAX_BYTES = 25 * 1024 * 1024;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export type Role = 'name' | 'email' | 'website' | 'ignore';

export interface Table {
  /** Column names when the first line is a header, else null. */
  header: string[] | null;
  rows: string[][];
  delimiter: string;
  /** Number of columns (the widest row). */
  width: number;
}

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** Bytes to text: UTF-8 (with or without a byte-order mark) or UTF-16 with one; anything else is refused. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new InputError('The file is empty.');
  if (bytes.byteLength > MAX_BYTES) {
    throw new InputError(
      `The file is ${mb(bytes.byteLength)}; Tieline reads lists of up to ${mb(MAX_BYTES)}. Split it into smaller files.`,
    );
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new InputError(
      'This is a zip file, such as an Excel workbook (.xlsx), not a CSV. In your spreadsheet, use "Save as" → "CSV UTF-8" and choose that file.',
    );
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new InputError('This is a PDF, not a CSV. Export the list from its source as CSV (UTF-8).');
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const head = bytes.subarray(0, 65536);
    if (head.includes(0)) {
      throw new InputError(
        'This looks like a binary file (an image, a database or a spreadsheet?), not text. Save the list as CSV (UTF-8) and try again.',
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new InputError(
        'The file is not UTF-8 text (it may be in Windows-1252 or another older encoding). Open it in your spreadsheet and save it as "CSV UTF-8", then try again.',
      );
    }
  }
  return checkText(text);
}

/** Text pasted or decoded: control characters other than tabs and line breaks mean it is not a list. */
export function checkText(text: string): string {
  const t = text.replace(/^\uFEFF/, '');
  if (!t.trim()) throw new InputError('The list is empty.');
  const sample = t.slice(0, 65536);
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (controls > sample.length * 0.01) {
    throw new InputError(
      'The text is full of control characters: this looks like a binary file, not a list. Save the list as CSV (UTF-8) and try again.',
    );
  }
  return t;
}

/**
 * The line where a quoted field opens and never closes. RFC 4180: a quote starts a quoted field only at
 * the start of a field; inside one, "" is a literal quote.
 */
export function unclosedQuoteLine(text: string, delimiter: string): number | null {
  let line = 1;
  let inQuotes = false;
  let openedAt = 0;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true;
      openedAt = line;
      atFieldStart = false;
      continue;
    }
    if (ch === '\n') {
      line++;
      atFieldStart = true;
    } else if (ch === delimiter) atFieldStart = true;
    else if (ch !== '\r') atFieldStart = false;
  }
  return inQuotes ? openedAt : null;
}

const HEADER_WORDS =
  /^(name|names|company|company name|organi[sz]ation|org|employer|donor|donor name|vendor|supplier|recipient|business|email|e-mail|email address|mail|website|web site|web|url|domain|site|homepage|contact|first name|last name|full name|city|state|country|amount|gift|phone|id|notes?)$/i;
const looksEmail = (s: string) => inputKind(s) === 'email';
const looksSite = (s: string) => inputKind(s) === 'site';

/** A first line is a header when its cells read like column names, or unlike the cells below them. */
function hasHeader(rows: string[][]): boolean {
  const first = rows[0] ?? [];
  if (!first.length || first.some((c) => looksEmail(c) || looksSite(c))) return false;
  if (first.some((c) => HEADER_WORDS.test(c.trim()))) return true;
  const body = rows.slice(1, 51);
  return first.some((_, i) => {
    const col = body.map((r) => r[i] ?? '').filter(Boolean);
    return col.length > 0 && col.filter((c) => looksEmail(c) || looksSite(c)).length / col.length > 0.5;
  });
}

/** Parses CSV or TSV (the delimiter is detected), finds the header, enforces the row limit. */
export function parseTable(text: string): Table {
  const clean = checkText(text);
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] });
  const delimiter = parsed.meta.delimiter || ',';
  const quoteLine = unclosedQuoteLine(clean, delimiter);
  if (quoteLine !== null) {
    throw new InputError(`Line ${quoteLine} opens a quoted field (") that is never closed. Fix or remove that quote and try again.`);
  }
  const bad = parsed.errors.find((e) => e.type === 'Quotes');
  if (bad) throw new InputError(`Malformed quotes near row ${(bad.row ?? 0) + 1}: ${bad.message}.`);
  const rows = parsed.data.map((r) => r.map((c) => c.trim())).filter((r) => r.some(Boolean));
  if (!rows.length) throw new InputError('The list is empty.');
  const header = hasHeader(rows) ? rows[0]! : null;
  const body = header ? rows.slice(1) : rows;
  if (body.length > MAX_ROWS) {
    throw new InputError(
      `The list has ${body.length.toLocaleString('en-US')} rows; Tieline checks up to ${MAX_ROWS.toLocaleString('en-US')} at a time. Split it into smaller lists.`,
    );
  }
  if (!body.length) throw new InputError('The list has a header line but no rows.');
  const width = Math.max(...rows.map((r) => r.length));
  return { header, rows: body, delimiter, width };
}

/** A role for each column, from its header name, else from what its cells look like. */
export function guessRoles(t: Table): Role[] {
  const roles: Role[] = [];
  for (let i = 0; i < t.width; i++) {
    const h = (t.header?.[i] ?? '').toLowerCase();
    const cells = t.rows
      .slice(0, 200)
      .map((r) => r[i] ?? '')
      .filter(Boolean);
    const share = (f: (s: string) => boolean) => (cells.length ? cells.filter(f).length / cells.length : 0);
    if (/e-?mail/.test(h) || share(looksEmail) > 0.6) roles.push('email');
    else if (/web|url|domain|site|homepage/.test(h) || share(looksSite) > 0.6) roles.push('website');
    else if (/compan|organi[sz]ation|employer|donor|vendor|supplier|recipient|business|^name$|full name|org\b/.test(h)) roles.push('name');
    else roles.push(t.header ? 'ignore' : 'name');
  }
  // A list with no recognisable column is read by its first column.
  if (!roles.some((r) => r !== 'ignore')) roles[0] = 'name';
  // First and last names of people are not company names.
  return roles.map((r, i) => (r === 'name' && /first|last|given|surname/.test((t.header?.[i] ?? '').toLowerCase()) ? 'ignore' : r));
}

/** Roles from column names the user gave (`--column`), each read by what its cells look like. */
export function rolesForColumns(t: Table, columns: readonly string[]): Role[] {
  const guessed = guessRoles(t);
  const roles: Role[] = Array.from({ length: t.width }, () => 'ignore');
  for (const c of columns) {
    const byName = t.header?.findIndex((h) => h.toLowerCase() === c.toLowerCase()) ?? -1;
    const byNumber = /^\d+$/.test(c) ? Number(c) - 1 : -1;
    const at = byName >= 0 ? byName : byNumber >= 0 && byNumber < t.width ? byNumber : -1;
    if (at < 0) {
      const available = t.header ? t.header.map((h) => `"${h}"`).join(', ') : `1 to ${t.width} (the list has no header line)`;
      throw new InputError(`There is no column "${c}". Columns: ${available}.`);
    }
    roles[at] = guessed[at] === 'ignore' ? 'name' : guessed[at]!;
  }
  return roles;
}

export function rowFields(row: readonly string[], roles: readonly Role[]) {
  const f = { name: [] as string[], email: [] as string[], website: [] as string[] };
  roles.forEach((r, i) => {
    const v = row[i]?.trim();
    if (v && r !== 'ignore') f[r].push(v);
  });
  return f;
}
