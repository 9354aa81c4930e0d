/**
 * A value read once and kept in memory until `clear`: what a context reads on its first need and keeps for
 * the rest of its life (the service worker's language and badge controls, the data in use's record), dropped
 * when the stored value changes. A failed read is not kept: the next `get` reads again.
 */
export function cached<T>(load: () => Promise<T>): { get: () => Promise<T>; clear: () => void } {
  let value: Promise<T> | undefined;
  const get = (): Promise<T> => {
    const reading = (value ??= load());
    reading.catch(() => {
      // Only this read's own failure is forgotten: a `clear` meanwhile may have started a newer one.
      if (value === reading) value = undefined;
    });
    return reading;
  };
  return { get, clear: () => (value = undefined) };
}
