/**
 * What the sync tests share: a real list server on 127.0.0.1, a fresh IndexedDB (fake-indexeddb) per test
 * with the mini dataset installed as the bundle, and publishing into list folders the way a publisher
 * would (one folder per list name, reused, so roots and versions accumulate). Call `syncFixture()` once
 * at the top of a test file: it registers the hooks.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TielineDb } from '@/data/store/db';
import { generateKeys, publish } from '@/data/pipeline/publish';
import { installDataset } from '@/data/store/install';
import { getActive } from '@/data/store/meta';
import type { Subscription, SyncDeps } from '@/data/sync/list';
import { parseDataset, type Dataset, type DatasetInput } from '@/data/model/schema';
import { startListServer, type ListServer } from './list-server';
import { miniDataset } from '../fixtures/datasets';

export interface PublishOpts {
  /** The manifest signing key (default: the fixture's key). */
  key?: string;
  /** The root key for the list's first root (default: the signing key). */
  rootKey?: string;
  expiresInDays?: number;
  publishedAt?: Date;
}

let n = 0;

export function syncFixture() {
  const keys = generateKeys();
  const otherKeys = generateKeys();
  const dirs = new Map<string, string>();
  const f = {
    server: undefined as unknown as ListServer,
    db: undefined as unknown as TielineDb,
    keys,
    otherKeys,

    /** The fixture dataset as a list would publish it: a newer version with one more company. */
    listDataset(version: number, extra: Partial<DatasetInput> = {}): Dataset {
      const d = miniDataset();
      d.version = version;
      d.companies.push({ id: 'newco', name: 'Newco', domains: ['newco.example'] });
      d.notes.push({
        id: 'newco-ice',
        kind: 'contract',
        companyId: 'newco',
        agencyId: 'ice',
        awards: [],
        sources: [{ url: 'https://news.example.org/newco', publisher: 'Example News', title: 'Newco and ICE' }],
      });
      return parseDataset({ ...d, ...extra });
    },

    /** The list's folder (made on first use). */
    dirOf(name: string): string {
      const dir = dirs.get(name) ?? mkdtempSync(join(tmpdir(), `tieline-list-${name}-`));
      dirs.set(name, dir);
      f.server.mount(name, dir);
      return dir;
    },

    /**
     * Publishes into the list's folder and serves it. The first publish writes the list's root: list id =
     * name, URL = where the server serves it.
     */
    publishTo(name: string, dataset: Dataset, opts: PublishOpts = {}): string {
      const dir = f.dirOf(name);
      const key = opts.key ?? keys.privatePem;
      publish(dataset, {
        outDir: dir,
        privateKey: key,
        root: { listId: name, url: f.urlOf(name), rootKey: opts.rootKey ?? key },
        expiresInDays: opts.expiresInDays ?? 30,
        ...(opts.publishedAt ? { publishedAt: opts.publishedAt } : {}),
      });
      return dir;
    },

    urlOf: (name: string) => `${f.server.url}/${name}/`,

    sub: (name: string, publicKey = keys.publicKeyBase64, id = name): Subscription => ({
      id,
      url: f.urlOf(name),
      publicKey,
      enabled: true,
    }),

    deps(extra: Partial<SyncDeps> = {}): SyncDeps {
      return {
        db: f.db,
        fetch: (input, init) => fetch(input, init),
        now: () => Date.now(),
        loadBundled: async () => miniDataset(),
        ...extra,
      };
    },

    /** What "the data in use is unchanged" means: same generation, counts and checksum. */
    async snapshot() {
      const a = (await getActive(f.db))!;
      return { gen: a.gen, counts: a.counts, checksum: a.checksum, version: a.version };
    },
  };

  beforeAll(async () => {
    f.server = await startListServer();
  });
  afterAll(async () => {
    await f.server.close();
  });
  beforeEach(async () => {
    f.db = new TielineDb(`sync-${++n}-${Math.random().toString(36).slice(2)}`);
    await installDataset(f.db, miniDataset(), 'bundled');
    f.server.clearFaults();
  });
  afterEach(async () => {
    await f.db.delete();
  });
  return f;
}
