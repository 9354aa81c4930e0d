import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { partJson, storedBundle, type Part } from '@/data/store/bundle';
import { BUNDLE_FORMAT, BundleError, frameBundle, MAX_HEADER_CHARS, unframe, unframeText, type Unframed } from '@/data/store/framed';
import { miniDataset } from '../../fixtures/datasets';
import { parseDataset } from '@/data/model/schema';

/** Decoded text in chunks of `size` characters: cuts the header's line break, multi-unit characters' surroundings and parts anywhere. */
const chunked = (text: string, size: number) =>
  new ReadableStream<string>({
    start(c) {
      for (let i = 0; i < text.length; i += size) c.enqueue(text.slice(i, i + size));
      c.close();
    },
  });

async function readAll(u: Unframed): Promise<Part[]> {
  const parts: Part[] = [];
  for (let got = await u.next(); got; got = await u.next()) parts.push(...got);
  return parts;
}

const mini = () => storedBundle(parseDataset(miniDataset()));

describe('the framed bundle (layout 3)', () => {
  it('round trip: the header and every part come back as the build packed them, however the text is cut', async () => {
    const stored = storedBundle(readBundledDataset());
    const text = frameBundle(stored);
    // Its parts are all Latin-1 (partJson escapes the rest), so each is a one-byte string in the engine.
    expect(stored.parts.filter((p) => /[\u0100-\uffff]/.test(p.json))).toEqual([]);
    const { parts, ...rest } = stored;
    for (const read of [
      () => unframe(new Uint8Array(gzipSync(text))),
      () => unframeText(chunked(text, 4093)),
      () => unframeText(chunked(text, 1_000_003)),
    ]) {
      const u = read();
      const header = await u.header;
      expect(header).toEqual({ ...rest, parts: parts.map((p) => [p.key, p.json.length]) });
      expect(await readAll(u)).toEqual(parts);
    }
    // Tiny chunks over a small bundle: the header's end and every part boundary fall inside chunks. A part with
    // characters of two and four bytes in UTF-8 (lengths count UTF-16 units, as the reader slices).
    const small = mini();
    small.parts.push({ key: 'n:odd', json: '["— “quoted” 😀 é"]' }, { key: 'n:empty', json: '' });
    for (const size of [1, 7]) expect(await readAll(unframeText(chunked(frameBundle(small), size)))).toEqual(small.parts);
    expect(await readAll(unframe(new Uint8Array(gzipSync(frameBundle(small)))))).toEqual(small.parts);
  });
  it('partJson: JSON in Latin-1, meaning the same', () => {
    const value = { name: 'Ünïcode — “quotes” 😀', list: ['\u2019', 'plain'], n: 1 };
    const text = partJson(value);
    expect(/[\u0100-\uffff]/.test(text)).toBe(false);
    expect(text).toContain('\\u2014');
    expect(JSON.parse(text)).toEqual(value);
  });
  it('is not JSON: a reader of layout 2 (Response.json() of the inflated file) refuses it', async () => {
    const gz = new Uint8Array(gzipSync(frameBundle(mini())));
    const inflated = new Response(gz as BodyInit).body!.pipeThrough(new DecompressionStream('gzip'));
    await expect(new Response(inflated).json()).rejects.toThrow(SyntaxError);
    expect(frameBundle(mini()).startsWith(`{"format":${BUNDLE_FORMAT},`)).toBe(true);
  });
  it('refuses a damaged header', async () => {
    const text = frameBundle(mini());
    const broken = text.replace('"counts":{', '"counts":{{');
    const u = unframeText(chunked(broken, 64));
    await expect(u.header).rejects.toThrow(/header is unreadable: SyntaxError/);
    await expect(u.next()).rejects.toThrow(BundleError);
    // A header that never ends: refused after MAX_HEADER_CHARS, not read to the end of the file.
    let pulled = 0;
    const endless = new ReadableStream<string>({
      pull(c) {
        pulled += 65_536;
        c.enqueue(pulled === 65_536 ? `{"format":${BUNDLE_FORMAT},"x":"` : 'x'.repeat(65_536));
      },
    });
    await expect(unframeText(endless).header).rejects.toThrow(/no end in its first/);
    expect(pulled).toBeLessThan(MAX_HEADER_CHARS + 200_000);
    // A header whose part lengths are not lengths.
    const bad = text.replace(/"parts":\[\["companies",\d+\]/, '"parts":[["companies",-1]');
    await expect(unframeText(chunked(bad, 64)).header).rejects.toThrow(/lacks some of its parts/);
  });
  it('refuses a truncated part and text after the last part, after handing out the parts before', async () => {
    const stored = mini();
    const text = frameBundle(stored);
    const cut = unframeText(chunked(text.slice(0, -5), 100));
    const got: Part[] = [];
    await expect(
      (async () => {
        for (let ps = await cut.next(); ps; ps = await cut.next()) got.push(...ps);
      })(),
    ).rejects.toThrow(
      new RegExp(`truncated: it ends in part ${stored.parts.length} of ${stored.parts.length} \\("${stored.parts.at(-1)!.key}"\\)`),
    );
    expect(got).toEqual(stored.parts.slice(0, -1));
    await expect(readAll(unframeText(chunked(`${text}{}`, 100)))).rejects.toThrow(/goes on for 2\+ characters after its last part/);
    // Cut inside the gzip stream: refused by the inflater.
    const gz = new Uint8Array(gzipSync(text));
    await expect(readAll(unframe(gz.slice(0, gz.length - 20)))).rejects.toThrow(/could not be unpacked|truncated/);
  });
  it('refuses another layout from its first characters: layout 2 (one JSON document), a future one, something else', async () => {
    const stored = mini();
    const legacy = JSON.stringify({ ...stored, format: 2 });
    const u = unframeText(chunked(legacy, 64));
    await expect(u.header).rejects.toThrow(/has layout 2 and schema \d+; this version reads layout 3, schema \d+/);
    await expect(unframeText(chunked(frameBundle({ ...stored, format: 4 as typeof BUNDLE_FORMAT }), 64)).header).rejects.toThrow(
      /has layout 4 and schema/,
    );
    await expect(unframeText(chunked('<html>not a bundle</html>\n', 64)).header).rejects.toThrow(/not a Tieline bundle/);
    await expect(unframeText(chunked('', 64)).header).rejects.toThrow(/not a Tieline bundle/);
  });
  it('stops when cancelled', async () => {
    const u = unframe(new Uint8Array(gzipSync(frameBundle(storedBundle(readBundledDataset())))));
    await u.header;
    u.cancel();
    await expect(u.next()).rejects.toThrow(BundleError);
  });
});
