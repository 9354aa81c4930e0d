import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { partJson, storedBundle } from '@/data/store/bundle';
import { BUNDLE_FORMAT, BundleError, MAX_HEADER_BYTES, partText, unpackBundle, type StoredPart } from '@/data/store/framed';
import { miniDataset } from '../../fixtures/datasets';
import { parseDataset } from '@/data/model/schema';
import { deflate, joinBytes, packedBytes, splitHeader } from '../../helpers/bundle';

const mini = () => storedBundle(parseDataset(miniDataset()));
const encode = (text: string) => new TextEncoder().encode(text);
const texts = (parts: readonly StoredPart[]) => Promise.all(parts.map((p) => partText(p)));

describe('the bundle file (layout 4: a header line, then each part deflated on its own)', () => {
  it('round trip: the header and every part come back as the build packed them, still deflated until read', async () => {
    const stored = storedBundle(readBundledDataset());
    const bytes = packedBytes(stored);
    // Its parts are all Latin-1 (partJson escapes the rest), so each is a one-byte string in the engine.
    expect(stored.parts.filter((p) => /[\u0100-\uffff]/.test(p.json))).toEqual([]);
    const { header, parts } = unpackBundle(bytes);
    const { parts: storedParts, ...rest } = stored;
    expect(header).toEqual({ ...rest, parts: storedParts.map((p, i) => [p.key, parts[i]!.deflated.length, p.json.length]) });
    expect(parts.map((p) => p.key)).toEqual(storedParts.map((p) => p.key));
    // Each part is deflated (the text is several times its size) in a buffer of its own, not a view of the file:
    // IndexedDB clones a typed array with its whole buffer.
    for (const p of parts) expect(p.deflated.buffer.byteLength).toBe(p.deflated.length);
    expect(parts.reduce((s, p) => s + p.deflated.length, 0) * 4).toBeLessThan(storedParts.reduce((s, p) => s + p.json.length, 0));
    expect(await texts(parts)).toEqual(storedParts.map((p) => p.json));
    // A part with characters of two, three and four bytes in UTF-8 (lengths count UTF-16 units), and an empty one.
    const small = mini();
    small.parts.push({ key: 'n:odd', json: '["— “quoted” 😀 é"]' }, { key: 'n:empty', json: '' });
    const read = unpackBundle(packedBytes(small));
    expect(read.header.parts.slice(-2).map((p) => p[2])).toEqual([small.parts.at(-2)!.json.length, 0]);
    expect(await texts(read.parts)).toEqual(small.parts.map((p) => p.json));
    // A part stored as text (a sync's generation, an earlier version's) reads as it is.
    expect(await partText({ key: 'c:1', json: '{"x":1}' })).toBe('{"x":1}');
  });
  it('partJson: JSON in Latin-1, meaning the same', () => {
    const value = { name: 'Ünïcode — “quotes” 😀', list: ['\u2019', 'plain'], n: 1 };
    const text = partJson(value);
    expect(/[\u0100-\uffff]/.test(text)).toBe(false);
    expect(text).toContain('\\u2014');
    expect(JSON.parse(text)).toEqual(value);
  });
  it('refuses a damaged header', () => {
    const bytes = packedBytes(mini());
    const { rest } = splitHeader(bytes);
    const line = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a)));
    const withLine = (l: string) => joinBytes(encode(`${l}\n`), rest);
    expect(() => unpackBundle(withLine(line.replace('"counts":{', '"counts":{{')))).toThrow(/header is unreadable: SyntaxError/);
    // Bytes that are not UTF-8 in the header.
    const latin = withLine(line);
    latin[40] = 0xff;
    expect(() => unpackBundle(latin)).toThrow(/header is unreadable: TypeError/);
    // A header whose part lengths are not lengths, or that names no parts.
    const negative = line.replace(/"parts":\[\["companies",\d+,/, '"parts":[["companies",-1,');
    expect(() => unpackBundle(withLine(negative))).toThrow(/lacks some of its parts/);
    const twoFields = line.replace(/"parts":\[\["companies",(\d+),\d+\]/, '"parts":[["companies",$1]');
    expect(() => unpackBundle(withLine(twoFields))).toThrow(/lacks some of its parts/);
    // A header that never ends: refused after MAX_HEADER_BYTES.
    const endless = encode(`{"format":${BUNDLE_FORMAT},"x":"${'x'.repeat(MAX_HEADER_BYTES)}`);
    expect(() => unpackBundle(endless)).toThrow(/no end in its first 1000000 bytes/);
    expect(() => unpackBundle(bytes.subarray(0, 200))).toThrow(/the file ends inside it/);
  });
  it('refuses a truncated part and bytes after the last part', () => {
    const stored = mini();
    const bytes = packedBytes(stored);
    const n = stored.parts.length;
    expect(() => unpackBundle(bytes.subarray(0, bytes.length - 5))).toThrow(
      new RegExp(`truncated: it ends in part ${n} of ${n} \\("${stored.parts.at(-1)!.key}"\\), \\d+ of its \\d+ bytes read`),
    );
    expect(() => unpackBundle(joinBytes(bytes, encode('{}')))).toThrow(/goes on for 2 bytes after its last part/);
    expect(() => unpackBundle(bytes.subarray(0, bytes.indexOf(0x0a) + 1))).toThrow(/truncated: it ends in part 1 of/);
  });
  it('a part whose bytes do not inflate: a BundleError naming it, when it is read', async () => {
    const good = deflate(encode('["a note"]'));
    await expect(partText({ key: 'n:s3', deflated: good })).resolves.toBe('["a note"]');
    // Cut short, or not DEFLATE at all.
    await expect(partText({ key: 'n:s3', deflated: good.subarray(0, good.length - 3) })).rejects.toThrow(
      /the stored part "n:s3" of the dataset in use does not inflate/,
    );
    await expect(partText({ key: 'c:7', deflated: new Uint8Array([0xff, 0xff, 0xff, 0xff]) })).rejects.toThrow(BundleError);
  });
  it('refuses another layout from its first bytes: layout 3 (gzipped), a framed file of another number, something else', () => {
    const stored = mini();
    const { format: _f, parts, ...rest } = stored;
    const layout3 = gzipSync(`${JSON.stringify({ format: 3, ...rest, parts: parts.map((p) => [p.key, p.json.length]) })}\n`);
    expect(() => unpackBundle(new Uint8Array(layout3))).toThrow(/gzipped, as layouts 1–3 shipped it; this version reads layout 4/);
    expect(() => unpackBundle(encode(`{"format":3,"schemaVersion":2,"x":1}\n`))).toThrow(
      /has layout 3 and schema 2; this version reads layout 4, schema \d+/,
    );
    expect(() => unpackBundle(packedBytes({ ...stored, format: 5 as typeof BUNDLE_FORMAT }))).toThrow(/has layout 5 and schema/);
    expect(() => unpackBundle(encode('<html>not a bundle</html>\n'))).toThrow(/not a Tieline bundle/);
    expect(() => unpackBundle(new Uint8Array(0))).toThrow(/not a Tieline bundle/);
  });
});
