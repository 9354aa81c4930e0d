/**
 * Synthetic USAspending transactions in the real CSV layout, for the pipeline benchmark: deterministic (a
 * seeded generator), streamed with backpressure, any number of rows over a pool of `awards` awards.
 * `tsx bench/synthetic.ts <path> <rows> <awards>` writes them to a path — a file, /dev/null, or a named
 * pipe that the measured process reads, so ten million rows never touch the disk.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { USASPENDING_COLUMNS } from '../data/pipeline/usaspending';

/** A deterministic pseudo-random generator, so every run writes the same rows. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export async function writeRows(out: Writable, rows: number, awards: number, recipients = 3_000): Promise<void> {
  const rand = rng(42);
  out.write(`${USASPENDING_COLUMNS.join(',')}\n`);
  // Modification numbers per award, in a typed array: a Map of a million awards would cost the generator
  // more memory than the importer it feeds.
  const mods = new Uint32Array(awards);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const award = Math.floor(rand() * awards);
    const mod = mods[award]!++;
    const recipient = `"SYNTHETIC CONTRACTOR ${award % recipients}, LLC"`;
    const amount = (rand() * 2_000_000 - 200_000).toFixed(2);
    const day = `20${21 + Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    const agency = award % 3 ? 'CBP' : 'ICE';
    chunk += `${agency},70X${award},${recipient},${amount},${day},${mod ? `P${String(mod).padStart(5, '0')}` : '0'},IT AND TELECOM- OTHER IT AND TELECOMMUNICATIONS,COMPUTER SYSTEMS DESIGN SERVICES,"SUPPORT SERVICES, OPTION YEAR ${mod}",CONT_AWD_70X${award}_7014_-NONE-_-NONE-\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

export async function writeSynthetic(path: string, rows: number, awards: number): Promise<void> {
  await writeRows(createWriteStream(path), rows, awards);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path, rows, awards] = process.argv.slice(2);
  const start = performance.now();
  await writeSynthetic(path!, Number(rows), Number(awards));
  console.log(JSON.stringify({ rows: Number(rows), ms: performance.now() - start }));
}
