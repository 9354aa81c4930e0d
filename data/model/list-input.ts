/**
 * Reading a donor or vendor list: bytes → text → table → which columns hold names, emails, websites.
 * Every way a file can be wrong gets a message a person can act on (a message key and its values, put in
 * words by the page or the CLI), never a crash or a hang. Cells are kept as written (a leading tab or
 * space is the list's own, and the export writes it back); whoever matches a cell trims it. Pure; the
 * lookup page's worker and the `check` CLI share it.
 */
import Papa from 'papaparse';
import { inputKind } from './input-kind';
import type { I18n, MessageKey, MessageParams } from './i18n';

/** Donor databases run to a quarter of a million rows; the worker streams them and the table is virtualised. */
export const MAX_ROWS = 250_000;
export const MAX_BYTES = 100 * 1024 * 1024;

type InputKey = Extract<MessageKey, `input.${string}`>;

/** An unusable list: a message key of `locales/*.yml` and its values; `message` is the key, for logs. */
export class InputError extends Error {
  readonly params: Record<string, string | number>;
  constructor(
    readonly key: InputKey,
    params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'InputError';
    this.params = params;
  }

  /** The message in the reader's language. */
  text(i18n: I18n): string {
    return inputErrorText(this.key, this.params, i18n);
  }
}

/** An InputError's message from its key and values (numbers in the locale's grouping), e.g. after a worker sent them. */
export function inputErrorText(key: string, params: Record<string, string | number>, i18n: I18n): string {
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? i18n.fmt.number(v) : v]));
  return (i18n.t as (k: InputKey, p: MessageParams<InputKey>) => string)(key as InputKey, values as MessageParams<InputKey>);
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

/** Megabytes to one decimal, as a number: the reader's formatter writes it ("104.9" in English, "104,9" in Spanish). */
const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

/**
 * UTF-16 written without a byte-order mark: in text that is mostly ASCII, every other byte is zero —
 * the odd ones for little-endian, the even ones for big-endian.
 */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Bytes to text: UTF-8 (with or without a byte-order mark) or UTF-16 (with one or without); anything else is refused. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new InputError('input.emptyFile');
  if (bytes.byteLength > MAX_BYTES) throw new InputError('input.tooBig', { size: mb(bytes.byteLength), max: mb(MAX_BYTES) });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) throw new InputError('input.zip');
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) throw new InputError('input.pdf');
  let text: string;
  const head = bytes.subarray(0, 65536);
  const bomless = utf16WithoutBom(head);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (bomless) text = new TextDecoder(bomless).decode(bytes);
  else {
    if (head.includes(0)) throw new InputError('input.binary');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new InputError('input.notUtf8');
    }
  }
  return checkText(text);
}

/** Text pasted or decoded: control characters other than tabs and line breaks mean it is not a list. */
export function checkText(text: string): string {
  const t = text.replace(/^\uFEFF/, '');
  if (!t.trim()) throw new InputError('input.empty');
  const sample = t.slice(0, 65536);
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (controls > sample.length * 0.01) throw new InputError('input.controls');
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
    const col = body.map((r) => r[i] ?? '').filter((c) => c.trim());
    return col.length > 0 && col.filter((c) => looksEmail(c) || looksSite(c)).length / col.length > 0.5;
  });
}

const blank = (r: readonly string[]) => !r.some((c) => c.trim());

/** The table from rows as parsed: blank lines dropped, header found, row limit enforced. */
function tableOf(all: string[][], delimiter: string): Table {
  const rows = all.filter((r) => !blank(r));
  if (!rows.length) throw new InputError('input.empty');
  const header = hasHeader(rows) ? rows[0]!.map((h) => h.trim()) : null;
  const body = header ? rows.slice(1) : rows;
  if (body.length > MAX_ROWS) throw new InputError('input.tooManyRows', { rows: body.length, max: MAX_ROWS });
  if (!body.length) throw new InputError('input.headerOnly');
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  return { header, rows: body, delimiter, width };
}

/** Parses CSV or TSV (the delimiter is detected), finds the header, enforces the row limit. */
export function parseTable(text: string): Table {
  const clean = checkText(text);
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] });
  const delimiter = parsed.meta.delimiter || ',';
  const quoteLine = unclosedQuoteLine(clean, delimiter);
  if (quoteLine !== null) throw new InputError('input.unclosedQuote', { line: quoteLine });
  const bad = parsed.errors.find((e) => e.type === 'Quotes');
  if (bad) throw new InputError('input.badQuotes', { row: (bad.row ?? 0) + 1 });
  return tableOf(parsed.data, delimiter);
}

/** Papa Parse streams a string in chunks too (synchronously, with no worker); its types only list files for it. */
const streamParse = Papa.parse as unknown as (
  input: string,
  config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (r: Papa.ParseResult<string[]>, p: Papa.Parser) => void },
) => void;

/**
 * The same as parseTable, for a long text, in steps: Papa Parse's streaming reader hands over rows a chunk
 * at a time, and `onRows` hears how many have been read (the worker reports it). Stops at once, with the
 * row-limit message, past MAX_ROWS (+1 for a header).
 */
export function parseTableInSteps(text: string, onRows?: (read: number) => void): Table {
  const clean = checkText(text);
  const rows: string[][] = [];
  let delimiter = ',';
  let quotes: Papa.ParseError | undefined;
  let over = false;
  streamParse(clean, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
    chunkSize: 1 << 20,
    chunk: (res, parser) => {
      delimiter = res.meta.delimiter || delimiter;
      quotes ??= res.errors.find((e) => e.type === 'Quotes');
      for (const r of res.data) rows.push(r);
      onRows?.(rows.length);
      if (rows.length > MAX_ROWS + 1) {
        over = true;
        parser.abort();
      }
    },
  });
  if (over) throw new InputError('input.tooManyRows', { rows: `${MAX_ROWS + 1}+`, max: MAX_ROWS });
  const quoteLine = unclosedQuoteLine(clean, delimiter);
  if (quoteLine !== null) throw new InputError('input.unclosedQuote', { line: quoteLine });
  if (quotes) throw new InputError('input.badQuotes', { row: (quotes.row ?? 0) + 1 });
  return tableOf(rows, delimiter);
}

/** A role for each column, from its header name, else from what its cells look like. */
/** Columns whose cells are sampled to guess a role; past these, only a column's name says what it holds. */
const SAMPLED_COLUMNS = 1000;

export function guessRoles(t: Table): Role[] {
  const roles: Role[] = [];
  const sample = t.rows.slice(0, 200);
  for (let i = 0; i < t.width; i++) {
    const h = (t.header?.[i] ?? '').toLowerCase();
    const cells = i < SAMPLED_COLUMNS ? sample.map((r) => r[i] ?? '').filter((c) => c.trim()) : [];
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
    const byName = t.header?.findIndex((h) => h.toLowerCase() === c.trim().toLowerCase()) ?? -1;
    const byNumber = /^\d+$/.test(c) ? Number(c) - 1 : -1;
    const at = byName >= 0 ? byName : byNumber >= 0 && byNumber < t.width ? byNumber : -1;
    if (at < 0) {
      if (t.header) throw new InputError('input.noColumn', { column: c, columns: t.header.map((h) => `"${h}"`).join(', ') });
      throw new InputError('input.noColumnNumber', { column: c, width: t.width });
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
