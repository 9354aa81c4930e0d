// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useMenuSetting } from '@/hooks/useMenuSetting';
import type { BackgroundRequest } from '@/data/browser/ask';

afterEach(cleanup);

/** The browser's side: the permission as it holds it, what a request answers, what the worker was asked. */
let held: boolean;
let grants: boolean;
const calls: string[] = [];
const asked: BackgroundRequest[] = [];

function browserWith(optional: string[]) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Tieline',
    version: '0.1.0',
    optional_permissions: optional,
  } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => {
    calls.push(`contains ${p.permissions?.join()}`);
    return held;
  });
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
    calls.push(`request ${p.permissions?.join()}`);
    held ||= grants;
    return grants;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
    calls.push(`remove ${p.permissions?.join()}`);
    const was = held;
    held = false;
    return was;
  });
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => void calls.push('removeAll'));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
    asked.push(m as BackgroundRequest);
    return { ok: true };
  });
}

beforeEach(() => {
  held = false;
  grants = true;
  calls.length = 0;
  asked.length = 0;
});

describe('useMenuSetting (the opt-in right-click menu on the settings page)', () => {
  it('is off until switched on: the permission is asked for, and once granted the worker is told', async () => {
    browserWith(['contextMenus']);
    const { result } = renderHook(() => useMenuSetting());
    expect(result.current.shown).toBe(true);
    await waitFor(() => expect(result.current.on).toBe(false));
    act(() => result.current.toggle(true));
    // Asked inside the click: before toggle returned.
    expect(calls).toContain('request contextMenus');
    await waitFor(() => expect(result.current.on).toBe(true));
    expect(asked).toEqual([{ type: 'menus-on' }]);
    expect(result.current.note).toBeNull();
    expect(held).toBe(true);
  });

  it('stays off and says so when the browser refuses the permission; the worker is not told', async () => {
    browserWith(['contextMenus']);
    grants = false;
    const { result } = renderHook(() => useMenuSetting());
    await waitFor(() => expect(result.current.on).toBe(false));
    act(() => result.current.toggle(true));
    await waitFor(() => expect(result.current.note).toEqual({ kind: 'denied' }));
    expect(result.current.on).toBe(false);
    expect(asked).toEqual([]);
  });

  it('reads a held permission as on; switched off, removes the menus and then the permission', async () => {
    browserWith(['contextMenus']);
    held = true;
    const { result } = renderHook(() => useMenuSetting());
    await waitFor(() => expect(result.current.on).toBe(true));
    calls.length = 0;
    act(() => result.current.toggle(false));
    await waitFor(() => expect(calls).toHaveLength(4));
    expect(calls).toEqual(['contains contextMenus', 'removeAll', 'remove contextMenus', 'contains contextMenus']);
    expect(result.current.on).toBe(false);
    expect(held).toBe(false);
    expect(result.current.note).toBeNull();
  });

  it('shows the failure when the worker could not create the menus, and the switch as the permission stands', async () => {
    browserWith(['contextMenus']);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'the context menus are not allowed' });
    const { result } = renderHook(() => useMenuSetting());
    await waitFor(() => expect(result.current.on).toBe(false));
    act(() => result.current.toggle(true));
    await waitFor(() => expect(result.current.note).toEqual({ kind: 'failed', error: 'the context menus are not allowed' }));
    expect(result.current.on).toBe(true);
  });

  it('has no switch where the permission is not optional (Firefox keeps the menus always on)', async () => {
    browserWith([]);
    const { result } = renderHook(() => useMenuSetting());
    expect(result.current.shown).toBe(false);
    await Promise.resolve();
    expect(calls).toEqual([]);
  });
});
