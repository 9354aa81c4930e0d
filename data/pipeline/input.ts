/**
 * Streaming readers for the importers: a local path or an https URL, optionally gzip-compressed, read as
 * CSV rows or as the elements of a top-level JSON array — never as a whole file in memory.
 */
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';

/** Opens a path or an https URL as a byte stream; `.gz` inputs are decompressed on the fly. */
export async function openInput(source: string): Promise<Readable> {
  let stream: Readable;
  if (/^https:\/\//i.test(source)) {
    const res = await fetch(source);
    if (!res.ok || !res.body) throw new Error(`${source}: HTTP ${res.status}`);
    stream = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new Error(`${source}: only local paths and https URLs are read`);
  } else {
    stream = createReadStream(source);
  }
  return /\.gz($|\?)/i.test(source) ? stream.pipe(createGunzip()) : stream;
}

export type CsvRow = Record<string, string>;

/**
 * Yields CSV rows as objects keyed by the header, with backpressure. Checks that `required` columns are
 * present and names the file and line of malformed rows.
 */
export async function* readCsv(source: string, required: readonly string[] = []): AsyncGenerator<CsvRow> {
  const input = await openInput(source);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: true });
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  let checked = false;
  for await (const row of parser as AsyncIterable<CsvRow>) {
    if (!checked) {
      const missing = required.filter((c) => !(c in row));
      if (missing.length) throw new Error(`${source}: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}`);
      checked = true;
    }
    yield row;
  }
}

/**
 * Yields CSV rows as arrays of cells, for files whose header changes part-way (sections, each with its
 * own header row). Malformed quoting is reported by line.
 */
export async function* readCsvRows(source: string): AsyncGenerator<string[]> {
  const input = await openInput(source);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: false, skipEmptyLines: true });
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  for await (const row of parser as AsyncIterable<string[]>) yield row;
}

/**
 * Yields the elements of a top-level JSON array one at a time. Only the current element's text is held:
 * a small scanner tracks strings and nesting and hands each complete element to JSON.parse.
 */
export async function* readJsonArray(source: string): AsyncGenerator<unknown> {
  const input = await openInput(source);
  input.setEncoding('utf8');
  let state: 'start' | 'between' | 'element' | 'end' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buf = '';
  let index = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (state === 'element') {
        buf += ch;
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === '\\') escaped = true;
          else if (ch === '"') inString = false;
          continue;
        }
        if (ch === '"') {
          inString = true;
        } else if (depth > 0) {
          if (ch === '{' || ch === '[') depth++;
          else if (ch === '}' || ch === ']') depth--;
        } else if (ch === ',' || ch === ']') {
          // The element ended just before this separator.
          const text = buf.slice(0, -1).trim();
          try {
            yield JSON.parse(text);
          } catch (err) {
            throw new Error(`${source}: element ${index} is not valid JSON (${(err as Error).message})`);
          }
          index++;
          buf = '';
          depth = 0;
          state = ch === ']' ? 'end' : 'between';
        }
        continue;
      }
      if (/\s/.test(ch)) continue;
      if (state === 'start') {
        if (ch !== '[') throw new Error(`${source}: expected a JSON array`);
        state = 'between';
      } else if (state === 'between') {
        if (ch === ']' && index === 0) state = 'end';
        else if (ch === ',') throw new Error(`${source}: unexpected "," after element ${index}`);
        else {
          state = 'element';
          buf = ch;
          if (ch === '"') inString = true;
          else if (ch === '{' || ch === '[') depth = 1;
        }
      } else if (state === 'end') {
        throw new Error(`${source}: unexpected data after the array`);
      }
    }
  }
  if (state !== 'end') throw new Error(`${source}: the JSON array is not closed (truncated file?)`);
}
