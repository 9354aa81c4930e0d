/**
 * What a published update costs each install, measured on the bundled dataset: the day's changes are K
 * companies' contract ties changing (K = the median number of distinct recipients per action date in the
 * FY2026 CBP/ICE transactions, and per week, read from ../shared/data). Each changed company changes the
 * one shard its id hashes to; an install downloads the manifest (unless unchanged: a 304 to its
 * If-None-Match) and every shard whose SHA-256 changed. Printed for several shard counts.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractTie, Dataset } from '../data/model/schema';
import { readBundledDataset } from '../data/pipeline/bundled';
import { readCsv } from '../data/pipeline/input';
import { buildShards, generateKeys, publish } from '../data/pipeline/publish';

const FY2026 = '../shared/data/usaspending/cbp-ice-contract-transactions-FY2026.csv';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Distinct recipients per action date and per ISO week (Monday-based), or null without the inputs. */
async function changeRates(): Promise<{ day: number; week: number } | null> {
  const days = new Map<string, Set<string>>();
  try {
    for await (const r of readCsv(FY2026)) {
      const d = r['Action Date'] ?? '';
      if (!days.has(d)) days.set(d, new Set());
      days.get(d)!.add((r['Recipient Name'] ?? '').toUpperCase());
    }
  } catch {
    return null;
  }
  const weeks = new Map<string, Set<string>>();
  for (const [d, names] of days) {
    const t = new Date(`${d}T00:00:00Z`);
    const monday = new Date(t.getTime() - ((t.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    const w = weeks.get(monday) ?? new Set<string>();
    for (const n of names) w.add(n);
    weeks.set(monday, w);
  }
  return { day: median([...days.values()].map((s) => s.size)), week: median([...weeks.values()].map((s) => s.size)) };
}

/** The dataset with `k` companies' first contract award moved by a dollar (seeded choice). */
function withChanges(d: Dataset, k: number): Dataset {
  const ids = [...new Set(d.notes.filter((n) => n.kind === 'contract').map((n) => n.companyId))].sort();
  let seed = 7;
  const chosen = new Set<string>();
  while (chosen.size < Math.min(k, ids.length)) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    chosen.add(ids[seed % ids.length]!);
  }
  const done = new Set<string>();
  const notes = d.notes.map((n) => {
    if (n.kind !== 'contract' || !chosen.has(n.companyId) || done.has(n.companyId) || !n.awards.length) return n;
    done.add(n.companyId);
    const [first, ...rest] = n.awards;
    return { ...n, awards: [{ ...first!, amountUsd: first!.amountUsd + 1 }, ...rest] } satisfies ContractTie;
  });
  return { ...d, notes };
}

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
const gb = (n: number) => `${(n / 1e9).toFixed(n < 1e10 ? 2 : 0)} GB`;

export async function publishScale(log: (line: string) => void): Promise<void> {
  const d = readBundledDataset();
  const rates = await changeRates();
  const day = rates?.day ?? 0;
  const week = rates?.week ?? 0;
  log(
    `\nPublished shards: what an update costs each install (bundled dataset: ${d.companies.length.toLocaleString('en-US')} companies, ${d.notes.length.toLocaleString('en-US')} notes)`,
  );
  if (!rates) return log('  (skipped: ../shared/data is absent, so the number of companies changing per day cannot be measured)');
  log(`  companies changing: ${day} a day, ${week} a week (medians of distinct recipients in FY2026 CBP/ICE transactions)`);
  log('  shards   whole list   manifest   daily update: shards  bytes per install   per 1M installs | weekly: shards  per install');
  const dir = mkdtempSync(join(tmpdir(), 'tieline-shards-'));
  const signing = generateKeys().privatePem;
  const root = { listId: 'bench', url: 'https://example.org/bench/', rootKey: generateKeys().privatePem };
  try {
    for (const count of [16, 64, 256, 1024]) {
      const { shards } = publish(d, { outDir: join(dir, String(count)), privateKey: signing, root, shardCount: count });
      const manifestBytes =
        statSync(join(dir, String(count), 'manifest.json')).size + statSync(join(dir, String(count), 'manifest.json.sig')).size;
      const whole = shards.reduce((s, x) => s + x.bytes.length, 0);
      const cost = (k: number) => {
        const before = new Set(shards.map((s) => s.sha256));
        const changed = buildShards(withChanges(d, k), count).filter((s) => !before.has(s.sha256));
        return { n: changed.length, bytes: manifestBytes + changed.reduce((s, x) => s + x.bytes.length, 0) };
      };
      const a = cost(day);
      const w = cost(week);
      log(
        `  ${String(count).padStart(6)}   ${kb(whole).padStart(10)}   ${kb(manifestBytes).padStart(8)}   ${String(a.n).padStart(20)}  ${kb(a.bytes).padStart(17)}   ${gb(a.bytes * 1e6).padStart(15)} | ${String(w.n).padStart(14)}  ${kb(w.bytes).padStart(11)}`,
      );
    }
    log('  (an unchanged list costs an install one conditional request, a 304 with no body, and a 404 for the next root)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
