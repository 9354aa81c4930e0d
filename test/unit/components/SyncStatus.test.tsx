// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { es, renderIn } from '../../helpers/i18n';
import { SyncStatus } from '@/components/SyncStatus';
import { DatasetFooter } from '@/components/DatasetFooter';
import { dataFreshness } from '@/data/model/freshness';
import type { ActiveDataset } from '@/data/model/state';

afterEach(cleanup);

const active: ActiveDataset = {
  gen: 2,
  version: 5,
  generatedAt: '2026-11-01T00:00:00.000Z',
  origin: 'lists',
  activatedAt: '2026-11-02T00:00:00.000Z',
  counts: { companies: 10, notes: 20, agencies: 2, domains: 12 },
  checksum: 'x',
  bundledVersion: 3,
  lists: [{ id: 'built-in', url: 'https://lists.example.org/tieline/', version: 5 }],
};
const base = { active, hasLists: true, hasBuiltInList: true, busy: false, lastAction: null, failures: [] };

describe('SyncStatus', () => {
  it('names a failed list and its cause, and that the data in use is unchanged', () => {
    renderIn(
      <SyncStatus
        {...base}
        failures={[
          {
            url: 'https://lists.example.org/tieline/',
            error: 'the manifest: the server answered HTTP 500',
            at: '2026-11-29T10:05:00.000Z',
          },
        ]}
      />,
    );
    expect(screen.getByTestId('sync-status').textContent).toContain(
      'Sync failed for lists.example.org/tieline (29 Nov 2026 10:05 UTC): the manifest: the server answered HTTP 500. The data in use is unchanged',
    );
  });

  it('reports what "Sync now" really did: a refused update is a failure, not "done"', () => {
    renderIn(
      <SyncStatus
        {...base}
        lastAction={{
          what: 'Sync',
          reports: [{ id: 'a', url: 'https://lists.example.org/tieline/', status: 'failed', error: 'refused (rollback)' }],
        }}
      />,
    );
    expect(screen.getByTestId('sync-result').textContent).toBe('Sync failed for lists.example.org/tieline: refused (rollback)');
    cleanup();
    renderIn(
      <SyncStatus
        {...base}
        lastAction={{ what: 'Sync', reports: [{ id: 'a', url: 'https://lists.example.org/tieline/', status: 'updated', version: 6 }] }}
      />,
    );
    expect(screen.getByTestId('sync-result').textContent).toBe('Sync: lists.example.org/tieline updated to version 6.');
  });

  it('shows a run that failed outside any list, with what started it', () => {
    renderIn(
      <SyncStatus {...base} lastRun={{ trigger: 'alarm', at: '2026-11-29T03:00:00.000Z', error: 'bundled dataset missing: HTTP 404' }} />,
    );
    expect(screen.getByTestId('sync-failure').textContent).toBe(
      'The last sync, started by the schedule (29 Nov 2026 03:00 UTC), could not run: bundled dataset missing: HTTP 404',
    );
  });
});

describe('DatasetFooter and freshness', () => {
  const list = {
    url: 'https://lists.example.org/tieline/',
    publishedAt: '2026-11-01T00:00:00.000Z',
    expiresAt: '2026-12-01T00:00:00.000Z',
  };
  const at = (iso: string) => Date.parse(iso);

  it('shows the data’s date and age, and no warning while the list is current', () => {
    const f = dataFreshness(active.generatedAt, [{ ...list, lastSuccessAt: '2026-11-20T00:00:00.000Z' }], at('2026-11-21T12:00:00.000Z'));
    expect(f).toEqual({ asOf: '2026-11-01', ageDays: 20, warnings: [] });
    renderIn(<DatasetFooter dataset={active} freshness={f} />);
    expect(screen.getByTestId('data-age').textContent).toBe(
      'Data as of version 5 (1 Nov 2026, 20 days old), from lists.example.org/tieline. Matching runs on your device.',
    );
    expect(screen.getByTestId('data-age').dataset.ageDays).toBe('20');
    expect(screen.queryByTestId('data-warning')).toBeNull();
  });

  it('warns when the list in use has expired', () => {
    const f = dataFreshness(active.generatedAt, [{ ...list, lastSuccessAt: '2026-11-20T00:00:00.000Z' }], at('2026-12-10T00:00:00.000Z'));
    renderIn(<DatasetFooter dataset={active} freshness={f} />);
    expect(screen.getByTestId('data-warning').textContent).toBe(
      'The list lists.example.org/tieline expired on 1 Dec 2026: its notes may be out of date, and Tieline cannot get a newer version.',
    );
  });

  it('warns when the list has not synced for longer than its updates stay valid', () => {
    // Valid for 30 days; the last success was 35 days ago (a newer manifest, renewed meanwhile, is in use).
    const renewed = { ...list, publishedAt: '2026-11-25T00:00:00.000Z', expiresAt: '2026-12-25T00:00:00.000Z' };
    const f = dataFreshness(
      active.generatedAt,
      [{ ...renewed, lastSuccessAt: '2026-11-01T00:00:00.000Z' }],
      at('2026-12-06T00:00:00.000Z'),
    );
    expect(f.warnings).toEqual([{ kind: 'stale', url: list.url, lastSuccessAt: '2026-11-01T00:00:00.000Z', validDays: 30 }]);
    renderIn(<DatasetFooter dataset={active} freshness={f} />);
    expect(screen.getByTestId('data-warning').textContent).toMatch(
      /has not synced since 1 Nov 2026, longer than its updates stay valid \(30 days\)/,
    );
  });
});

describe('in Spanish', () => {
  it('names the failure and the expired list in Spanish (the cause stays as the sync wrote it)', () => {
    renderIn(
      <SyncStatus
        {...base}
        failures={[{ url: 'https://lists.example.org/tieline/', error: 'HTTP 500', at: '2026-11-29T10:05:00.000Z' }]}
      />,
      es,
    );
    expect(screen.getByTestId('sync-failure').textContent).toMatch(
      /^La sincronización de lists\.example\.org\/tieline falló \(.*\): HTTP 500\./,
    );
    cleanup();
    const f = dataFreshness(
      active.generatedAt,
      [{ url: 'https://lists.example.org/tieline/', expiresAt: '2026-12-01T00:00:00.000Z' }],
      Date.parse('2026-12-10T00:00:00.000Z'),
    );
    renderIn(<DatasetFooter dataset={active} freshness={f} />, es);
    expect(screen.getByTestId('data-warning').textContent).toMatch(/^La lista lists\.example\.org\/tieline caducó el /);
    expect(screen.getByTestId('data-age').textContent).toMatch(/de hace 39 días/);
  });
});
