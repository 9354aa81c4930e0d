import { describe, expect, it, vi } from 'vitest';
import { cached } from '@/data/model/cached';

describe('cached', () => {
  it('reads once and keeps the value until cleared', async () => {
    const load = vi.fn(async () => load.mock.calls.length);
    const c = cached(load);
    expect(await c.get()).toBe(1);
    expect(await c.get()).toBe(1);
    c.clear();
    expect(await c.get()).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps no failed read: the next get reads again', async () => {
    let fail = true;
    const c = cached(async () => {
      if (fail) throw new Error('storage unavailable');
      return 'read';
    });
    await expect(c.get()).rejects.toThrow('storage unavailable');
    fail = false;
    expect(await c.get()).toBe('read');
  });

  it('does not forget a newer read when an older one, cleared meanwhile, fails', async () => {
    let reject!: (e: Error) => void;
    const first = new Promise<string>((_, no) => (reject = no));
    const load = vi.fn<() => Promise<string>>().mockReturnValueOnce(first).mockResolvedValue('second');
    const c = cached(load);
    const older = c.get();
    c.clear();
    expect(await c.get()).toBe('second');
    reject(new Error('late failure'));
    await expect(older).rejects.toThrow('late failure');
    expect(await c.get()).toBe('second');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
