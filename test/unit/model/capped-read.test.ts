/** The capped stream reader the list sync and the pipeline's API client share (data/model/capped-read.ts). */
import { describe, expect, it } from 'vitest';
import { OverLimit, readCapped } from '@/data/model/capped-read';

/** A stream of the given chunks; `pulled` counts the chunks read, `cancelled` says whether the reader gave up. */
function chunked(chunks: Uint8Array[], endless = false) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(ctrl) {
      const next = chunks[state.pulled % chunks.length]!;
      state.pulled++;
      if (!endless && state.pulled > chunks.length) ctrl.close();
      else ctrl.enqueue(next);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('a capped read', () => {
  it('joins the chunks of a stream within the cap, byte for byte', async () => {
    const { stream } = chunked([new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])]);
    expect([...(await readCapped(stream, 6))]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads an empty stream as no bytes', async () => {
    expect((await readCapped(chunked([]).stream, 0)).byteLength).toBe(0);
  });

  it('stops an endless stream at the first chunk past the cap and cancels it', async () => {
    const { stream, state } = chunked([new Uint8Array(1000)], true);
    await expect(readCapped(stream, 10_000)).rejects.toBeInstanceOf(OverLimit);
    expect(state.pulled).toBeLessThanOrEqual(12); // 11 chunks make 11,000 bytes; the stream may have pulled one ahead
    expect(state.cancelled).toBe(true);
  });
});
