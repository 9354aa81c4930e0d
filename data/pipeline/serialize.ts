/**
 * Deterministic JSON for committed data files: object keys in schema order as written by our code,
 * one record per line inside each top-level array, so the same input gives byte-identical output and
 * diffs show which records changed.
 */
export function serializeDataset(d: Record<string, unknown>): string {
  const parts = Object.entries(d).map(([key, value]) => {
    if (Array.isArray(value)) {
      const rows = value.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
      return `  ${JSON.stringify(key)}: [${value.length ? `\n${rows}\n  ` : ''}]`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}
