/**
 * Reading a stream to its end with a size cap enforced while it streams in: a lying Content-Length, an endless
 * body or a gzip bomb is cut off, not buffered. Shared by the list sync (data/sync: a list's bytes, a gzip
 * stream's expansion) and the pipeline's API client (data/pipeline/fetch: a page of USAspending's answers), which
 * had each their own copy of this loop. Web streams only: the same in a browser and in Node.
 */

/** Signals that a capped read went over its limit; the caller turns it into the message that fits. */
export class OverLimit extends Error {}

/** Reads a stream to its end into one buffer, throwing OverLimit as soon as more than `maxBytes` arrive. */
export async function readCapped(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new OverLimit();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}
