import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

describe('bundle budget', () => {
  it('keeps the zipped Chrome extension, full dataset included, under 3 MB', () => {
    const zip = readdirSync('.output').find((f) => /-chrome\.zip$/.test(f));
    expect(zip, 'run `wxt zip` first (npm run test:e2e does)').toBeDefined();
    const bytes = statSync(join('.output', zip!)).size;
    console.log(`zipped Chrome extension: ${(bytes / 1024).toFixed(0)} KB of 3,072 KB`);
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  });
});
