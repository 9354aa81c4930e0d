/**
 * The settings page's side of the opt-in menus (menus.ts): the setting is the permission itself, read with
 * `permissions.contains`, so no stored flag can disagree with what the browser grants.
 */
import { browser } from 'wxt/browser';
import { askBackground } from './ask';
import { MENUS_PERMISSION } from './menus';

/**
 * Whether the menus can be switched on and off here: Chrome accepts `contextMenus` as an optional permission;
 * Firefox does not (its build keeps it required, the menus always on: wxt.config.ts), and there is no switch.
 */
export function menusOptional(): boolean {
  return (browser.runtime.getManifest().optional_permissions ?? []).includes('contextMenus');
}

/** Whether the menus are on: the permission is held. */
export const menusOn = async (): Promise<boolean> => await browser.permissions.contains(MENUS_PERMISSION);

/**
 * Asks for the permission: must be called straight from the click (browsers grant a request only inside a user
 * gesture). Granted, the worker creates the menus and listens for their clicks from now on (it found no
 * permission when it started). Resolves with whether the permission was granted.
 */
export async function switchMenusOn(): Promise<boolean> {
  const granted: boolean = await browser.permissions.request(MENUS_PERMISSION);
  if (granted) await askBackground({ type: 'menus-on' });
  return granted;
}

/**
 * Removes the menus, then the permission: without it the menus' API is gone, and the worker, at its next start,
 * registers no listener for their clicks. Resolves with whether the permission was removed.
 */
export async function switchMenusOff(): Promise<boolean> {
  // Asked first: a page that had the permission keeps the namespace after its removal, its functions throwing.
  if (await menusOn()) await browser.contextMenus.removeAll();
  return await browser.permissions.remove(MENUS_PERMISSION);
}
