import { useCallback, useEffect, useState } from 'react';
import { menusOn, menusOptional, switchMenusOff, switchMenusOn } from '@/data/browser/menu-setting';

/** What the last switch of the menus came to, when it was not what the user asked for. */
export type MenuNote = { kind: 'denied' } | { kind: 'failed'; error: string } | null;

export interface MenuSetting {
  /** Whether the menus can be switched here (not in Firefox, where they are always on). */
  shown: boolean;
  /** Whether they are on (the permission is held); null until read. */
  on: boolean | null;
  note: MenuNote;
  /** Must be called straight from the click: switching on asks for a permission. */
  toggle: (on: boolean) => void;
}

/**
 * The opt-in context menus on the settings page. The switch shows the user's choice at once, then the
 * permission as the browser holds it (read back after every change), so a refusal leaves it off.
 */
export function useMenuSetting(): MenuSetting {
  const [shown] = useState(menusOptional);
  const [on, setOn] = useState<boolean | null>(null);
  const [note, setNote] = useState<MenuNote>(null);
  const readBack = useCallback(
    () =>
      menusOn().then(setOn, (err: unknown) => {
        setOn(false);
        setNote({ kind: 'failed', error: (err as Error)?.message ?? String(err) });
      }),
    [],
  );
  useEffect(() => void (shown && readBack()), [shown, readBack]);
  const toggle = (want: boolean) => {
    setNote(null);
    setOn(want);
    // The request is made before this returns, inside the click's gesture.
    const done = want ? switchMenusOn() : switchMenusOff().then(() => true);
    void done
      .then(
        (ok) => void (want && !ok && setNote({ kind: 'denied' })),
        (err: unknown) => setNote({ kind: 'failed', error: (err as Error)?.message ?? String(err) }),
      )
      .finally(() => void readBack());
  };
  return { shown, on, note, toggle };
}
