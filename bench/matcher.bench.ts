/**
 * npm run bench — matcher lookups per second, beside two baselines measured in the same run:
 *  - linear scan: every company's domain list searched per lookup (how a flat-list extension matches);
 *  - bare Map.get on a precomputed key: the floor no index can beat.
 * Goal at 100,000 companies: at least 1,000× the linear scan and within 3× of the bare Map.
 */
import { performance } from 'node:perf_hooks';
import { DatasetIndex } from '../data/model/domain-matcher';
import { targetFromInput } from '../data/model/domain';
import { readBundledDataset } from '../data/pipeline/bundled';
import type { Company, Dataset } from '../data/model/schema';

/** Runs `fn` over the keys for about `ms` milliseconds; returns operations per second. */
function opsPerSecond(keys: readonly string[], fn: (key: string) => unknown, ms = 400): number {
  let sink = 0;
  const warm = performance.now();
  for (let i = 0; performance.now() - warm < 50; i++) sink += fn(keys[i % keys.length]!) ? 1 : 0;
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 256; i++) sink += fn(keys[(ops + i) % keys.length]!) ? 1 : 0;
    ops += 256;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
  return (ops / elapsed) * 1000;
}

function syntheticDataset(n: number): Pick<Dataset, 'companies' | 'agencies' | 'notes'> {
  const companies: Company[] = [];
  for (let i = 0; i < n; i++) {
    const id = `company-${i}`;
    companies.push({
      id,
      name: `Company ${i}`,
      aliases: [],
      domains: [`company${i}.com`, `company${i}-shop.net`],
      // One company in ten is a subsidiary, so chains are exercised too.
      ...(i % 10 === 9 ? { parent: { id: `company-${i - 1}`, sources: [] } } : {}),
    });
  }
  return { companies, agencies: [], notes: [] };
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US').padStart(14);
const ratio = (x: number) => (x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString('en-US'));

function run(label: string, data: Pick<Dataset, 'companies' | 'agencies' | 'notes'>) {
  const index = new DatasetIndex(data);
  // Half the lookups hit a listed domain, half miss: browsing is mostly sites we know nothing about.
  const domains = data.companies.flatMap((c) => c.domains);
  const keys: string[] = [];
  for (let i = 0; i < 2048; i++) {
    const d = domains[(i * 7919) % domains.length]!;
    keys.push(i % 2 ? d : `unlisted-${i}.org`);
  }
  const urls = keys.map((k, i) => `https://${i % 3 ? 'www.' : ''}${k}/path?q=${i}`);
  const floor = new Map(data.companies.flatMap((c) => c.domains.map((d) => [d, c] as const)));
  const flat = data.companies.map((c) => ({ c, domains: c.domains }));

  const bare = opsPerSecond(keys, (k) => floor.get(k));
  const indexed = opsPerSecond(keys, (k) => index.lookupDomain(k));
  const linear = opsPerSecond(keys, (k) => flat.find((x) => x.domains.includes(k)), 800);
  const fromUrl = opsPerSecond(urls, (u) => {
    const t = targetFromInput(u);
    return t.ok && index.lookupDomain(t.target.domain);
  });

  console.log(`\n${label}: ${data.companies.length.toLocaleString('en-US')} companies, ${domains.length.toLocaleString('en-US')} domains`);
  console.log(`  bare Map.get (floor)              ${fmt(bare)} lookups/s`);
  console.log(
    `  Tieline index (domain → chain)    ${fmt(indexed)} lookups/s   ${(bare / indexed).toFixed(2)}× slower than the floor (goal ≤ 3×)`,
  );
  console.log(
    `  linear scan (baseline)            ${fmt(linear)} lookups/s   index is ${ratio(indexed / linear)}× faster (goal ≥ 1,000× at 100k)`,
  );
  console.log(`  Tieline full URL match            ${fmt(fromUrl)} lookups/s   (URL parsing + public suffix list + index)`);
  console.log(`  full URL match vs linear scan     ${ratio(fromUrl / linear).padStart(14)}×`);
}

console.log('Matcher benchmark (node ' + process.version + ')');
run('bundled dataset', readBundledDataset());
run('synthetic index', syntheticDataset(100_000));
