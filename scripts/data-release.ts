/**
 * npm run data:release -- [--dry-run] [options]
 * The scheduled publish, step by step, as the npm scripts a maintainer can also run one at a time:
 *   build stage:   data:fetch → data:build → data:bump           (no secret needed)
 *   publish stage: data:publish → read the site back as the extension will (root, signature, every shard)
 * The GitHub Actions workflow (.github/workflows/publish-list.yml) runs the two stages in separate jobs
 * (only the second sees the signing key; the root key is never needed) and then deploys the site;
 * `--dry-run` runs both here (with throw-away keys and root unless given) and deploys nothing.
 *
 *   --work <dir>            where inputs/, dataset.json and site/ go (default .tmp/release)
 *   --inputs <dir>          the other inputs (cait/, nlrb/ … in the layout of ../shared/data; default
 *                           ../shared/data); their usaspending/ is replaced by fresh data:fetch output
 *   --skip-fetch            use the inputs' own usaspending/ instead (offline dry runs)
 *   --agency <id>, --fy <spec>, --api <url>   passed to data:fetch
 *   --list-url <url>        where the list is served: its manifest.json there is the version to publish above
 *   --previous <url|file>   the manifest users have now, if not at --list-url
 *   --key <file>            the manifest signing key (PEM); required unless --dry-run
 *   --root <dir>            the list's root of trust, root.json and <N>.root.json, copied into the site
 *                           (default data/dataset/root; a dry run without one makes a throw-away root)
 *   --public-key <base64>   the root public key builds pin: the site must chain to it
 *   --expires-days <n>      passed to data:publish
 *   --base <file>, --max-drop <share>   passed to data:bump (what the new dataset is checked against)
 *   --stage build|publish   one stage only (the workflow's jobs)
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Manifest, MANIFEST_FILE, SIGNATURE_SUFFIX } from '../data/model/manifest';
import { linkInputs, readPreviousManifest } from '../data/pipeline/release';
import { envelopeSignedBy, parseRootFile, signedByAny, verifyShard } from '../data/sync/verify';
import { ROOT_FILE, listBaseUrl, rootFile } from '../data/model/root';
import { fail, runCli, runMain, type Io } from './cli';

/** Runs `npm run -s <script> -- <args>`, passing its output through; resolves to its exit code. */
export type StepRunner = (script: string, args: string[], io: Io) => Promise<number>;

export const npmStep: StepRunner = (script, args, io) =>
  new Promise((ok, reject) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => io.stdout(b.toString()));
    child.stderr.on('data', (b: Buffer) => io.stderr(b.toString()));
    child.on('error', reject);
    child.on('close', (code) => ok(code ?? 1));
  });

/** What a static host that reads `_headers` (Cloudflare Pages, Netlify) needs to serve the list well. */
const HEADERS = `/*
  Access-Control-Allow-Origin: *
  Access-Control-Allow-Headers: If-None-Match
  Access-Control-Expose-Headers: ETag
/${MANIFEST_FILE}
  Cache-Control: public, max-age=300
/${MANIFEST_FILE}${SIGNATURE_SUFFIX}
  Cache-Control: public, max-age=300
/${ROOT_FILE}
  Cache-Control: public, max-age=300
/shards/*
  Cache-Control: public, max-age=31536000, immutable
`;

/**
 * Whether the site's roots chain from `pinned` to version `newest` as the extension walks them: a root that
 * names the pinned key and is signed by it, then each N+1 signed by a root key of N and by one of its own.
 */
async function chainsTo(site: string, pinned: string, newest: number): Promise<boolean> {
  const read = (v: number) => {
    const file = join(site, rootFile(v));
    return existsSync(file) ? parseRootFile(readFileSync(file), rootFile(v)) : null;
  };
  let v = 1;
  let current = read(v);
  while (current && !(current.root.rootKeys.includes(pinned) && (await envelopeSignedBy(current.env, [pinned])))) current = read(++v);
  while (current && current.root.version < newest) {
    const next = read(current.root.version + 1);
    if (!next || !(await envelopeSignedBy(next.env, current.root.rootKeys)) || !(await envelopeSignedBy(next.env, next.root.rootKeys)))
      return false;
    current = next;
  }
  return current?.root.version === newest;
}

const OPTIONS = new Set([
  '--work',
  '--inputs',
  '--agency',
  '--fy',
  '--api',
  '--list-url',
  '--previous',
  '--key',
  '--root',
  '--public-key',
  '--expires-days',
  '--stage',
  '--base',
  '--max-drop',
]);
const FLAGS = new Set(['--dry-run', '--skip-fetch']);

export async function main(args: string[], io: Io, step: StepRunner = npmStep): Promise<number> {
  const one: Record<string, string> = {};
  const many: Record<string, string[]> = { '--agency': [], '--fy': [] };
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (FLAGS.has(a)) flags.add(a);
    else if (OPTIONS.has(a)) {
      const v = args[++i] ?? fail(`${a} needs a value`);
      if (many[a]) many[a].push(v);
      else one[a] = v;
    } else fail(`unknown option ${a}`);
  }
  const dry = flags.has('--dry-run');
  const stage = one['--stage'] ?? 'all';
  if (!['all', 'build', 'publish'].includes(stage)) fail('--stage is build or publish');
  if (!dry && stage !== 'build' && !one['--key']) fail('--key <signing key file> is required (or --dry-run for a throw-away key)');
  const work = resolve(one['--work'] ?? '.tmp/release');
  const inputs = resolve(one['--inputs'] ?? '../shared/data');
  const dataset = join(work, 'dataset.json');
  const previousFile = join(work, 'previous-manifest.json');
  const site = join(work, 'site');

  const run = async (script: string, stepArgs: string[]) => {
    io.stdout(`\n$ npm run ${script} -- ${stepArgs.join(' ')}\n`);
    const code = await step(script, stepArgs, io);
    if (code !== 0) fail(`${script} failed (exit ${code}); nothing was published`, 1);
  };

  if (stage !== 'publish') {
    const fetchFresh = !flags.has('--skip-fetch');
    const linked = linkInputs(inputs, join(work, 'inputs'), fetchFresh ? ['usaspending'] : []);
    io.stdout(`data:release: inputs from ${inputs}: ${linked.join(', ') || 'none'}${fetchFresh ? ' + usaspending/ fetched now' : ''}\n`);
    if (fetchFresh) {
      const pass = [...many['--agency']!.flatMap((a) => ['--agency', a]), ...many['--fy']!.flatMap((f) => ['--fy', f])];
      await run('data:fetch', ['--out', join(work, 'inputs', 'usaspending'), ...(one['--api'] ? ['--api', one['--api']] : []), ...pass]);
    }
    await run('data:build', ['--inputs', join(work, 'inputs'), '--out', dataset, '--report', join(work, 'report.json')]);
    rmSync(previousFile, { force: true });
    const previousAt = one['--previous'] ?? (one['--list-url'] ? new URL(MANIFEST_FILE, listBaseUrl(one['--list-url'])).href : undefined);
    if (previousAt) {
      let previous: unknown;
      try {
        previous = await readPreviousManifest(previousAt);
      } catch (err) {
        fail((err as Error).message, 1);
      }
      if (previous !== null) writeFileSync(previousFile, JSON.stringify(previous));
      io.stdout(`data:release: the published manifest: ${previous === null ? `none yet at ${previousAt}` : previousAt}\n`);
    }
    const check = ['--base', '--max-drop'].flatMap((k) => (one[k] ? [k, one[k]] : []));
    await run('data:bump', ['--dataset', dataset, ...(existsSync(previousFile) ? ['--previous', previousFile] : []), ...check]);
  }
  if (stage === 'build') return 0;

  // The root of trust travels with every publish: copied from the repository into the fresh site.
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const rootDir = resolve(one['--root'] ?? 'data/dataset/root');
  const rootFiles = existsSync(rootDir) ? readdirSync(rootDir).filter((f) => f === ROOT_FILE || /^\d+\.root\.json$/.test(f)) : [];
  for (const f of rootFiles) copyFileSync(join(rootDir, f), join(site, f));
  let key = one['--key'];
  const firstRoot: string[] = [];
  if (!key || !rootFiles.includes(ROOT_FILE)) {
    if (!dry)
      fail(
        `no ${ROOT_FILE} in ${rootDir}: create the list's root of trust once with your root key and commit it (README, "Publishing your own list")`,
      );
    const keys = join(work, 'throwaway-keys');
    rmSync(keys, { recursive: true, force: true });
    await run('data:keygen', ['--out', keys]);
    key = join(keys, 'tieline-signing-key.pem');
    for (const f of rootFiles) rmSync(join(site, f));
    const url = listBaseUrl(one['--list-url'] ?? 'https://example.org/tieline-dry-run/');
    firstRoot.push('--root-key', join(keys, 'tieline-root-key.pem'), '--list-id', 'dry-run', '--url', url);
    io.stdout(`data:release: dry run — a throw-away root of trust and keys for ${url}\n`);
  }
  await run('data:publish', [
    '--out',
    site,
    '--key',
    key,
    '--dataset',
    dataset,
    ...firstRoot,
    ...(one['--expires-days'] ? ['--expires-days', one['--expires-days']] : []),
  ]);
  writeFileSync(join(site, '_headers'), HEADERS);

  // Read the site back as the extension will: the root (chained to the pinned key when one is given), the
  // manifest signed by a signing key the root names and bound to its list, and every shard.
  const { env, root } = parseRootFile(readFileSync(join(site, ROOT_FILE)), ROOT_FILE);
  if (!(await envelopeSignedBy(env, root.rootKeys))) fail(`${ROOT_FILE} is not signed by its own root key`, 1);
  const pinned = one['--public-key'];
  if (pinned && !(await chainsTo(site, pinned, root.version))) fail(`the list's root does not chain to the pinned public key ${pinned}`, 1);
  const manifestBytes = readFileSync(join(site, MANIFEST_FILE));
  if (!(await signedByAny(root.signingKeys, readFileSync(join(site, MANIFEST_FILE + SIGNATURE_SUFFIX)), manifestBytes)))
    fail(`the published manifest is not signed by a signing key of ${ROOT_FILE} version ${root.version}`, 1);
  const manifest = Manifest.parse(JSON.parse(manifestBytes.toString('utf8')));
  if (manifest.listId !== root.listId || manifest.url !== root.url) fail('the manifest names another list than its root', 1);
  let records = 0;
  for (const entry of manifest.shards) {
    const { row } = await verifyShard(readFileSync(join(site, entry.path)), entry, manifest.shardCount, root.listId, 64 * 2 ** 20);
    records += row.companies.length + row.notes.length + row.agencies.length;
  }
  const previous = existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as { shards?: { sha256?: string }[] }) : null;
  const had = new Set((previous?.shards ?? []).map((s) => s.sha256));
  const changed = manifest.shards.filter((s) => !had.has(s.sha256));
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  io.stdout(
    `\ndata:release: ${site} verified: list "${root.listId}" (root version ${root.version}), version ${manifest.version}, ${manifest.shards.length} shards, ${records} records; ` +
      `${changed.length} shard(s) new since the published list (${kb(changed.reduce((s, x) => s + x.size, 0))} for each install to download; manifest ${kb(manifestBytes.length)})\n`,
  );
  io.stdout(dry ? 'data:release: dry run — nothing deployed\n' : 'data:release: ready to deploy\n');
  return 0;
}

export const run = (args: string[], io: Io, step?: StepRunner) => runMain('data:release', (a, i) => main(a, i, step), args, io);
await runCli(import.meta, 'data:release', main);
