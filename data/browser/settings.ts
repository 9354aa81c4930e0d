/**
 * Every setting, in one registry of WXT storage items. Settings live in `storage.sync` so they follow the
 * user to other devices (8 KB an item, 100 KB in all: settings only, never the dataset).
 */
import { storage } from 'wxt/utils/storage';
import type { Subscription } from '../sync/list';
import type { Locale } from '../model/i18n';
import { TIE_KINDS, type TieKind } from '../model/headline';

export const INTERVAL_CHOICES_HOURS = [6, 12, 24, 72, 168] as const;
export const DEFAULT_INTERVAL_HOURS = 24;
/** Paused sites are registrable domains (~15 bytes each): 300 stay well inside one 8 KB item. */
export const MAX_PAUSED_SITES = 300;

export const settings = {
  /** Lists the user added (URL + public key); the build-time list is not stored here. */
  subscriptions: storage.defineItem<Subscription[]>('sync:subscriptions', { fallback: [] }),
  /** Hours between syncs, 6 h to 7 days. */
  syncIntervalHours: storage.defineItem<number>('sync:syncIntervalHours', { fallback: DEFAULT_INTERVAL_HOURS }),
  /** The build-time list can be switched off (not removed). */
  builtInListEnabled: storage.defineItem<boolean>('sync:builtInListEnabled', { fallback: true }),
  /** The language of Tieline's pages, badge and menus: 'auto' follows the browser's. */
  language: storage.defineItem<'auto' | Locale>('sync:language', { fallback: 'auto' }),
  /** Which kinds of headline line light the badge (and lead the popup). */
  badgeKinds: storage.defineItem<TieKind[]>('sync:badgeKinds', { fallback: [...TIE_KINDS] }),
  /** Agencies (ids) whose lines neither light the badge nor lead the popup. */
  mutedAgencies: storage.defineItem<string[]>('sync:mutedAgencies', { fallback: [] }),
  /** Registrable domains where the badge stays off ("pause on this site"). */
  pausedSites: storage.defineItem<string[]>('sync:pausedSites', { fallback: [] }),
  /** Epoch milliseconds until which every badge stays off ("snooze"); 0 when not snoozed. */
  snoozedUntil: storage.defineItem<number>('sync:snoozedUntil', { fallback: 0 }),
};

export function clampInterval(hours: number): number {
  return Number.isFinite(hours) ? Math.min(168, Math.max(6, hours)) : DEFAULT_INTERVAL_HOURS;
}

export interface BuildConfig {
  datasetUrl?: string | undefined;
  datasetPublicKey?: string | undefined;
}

/** The list configured at build time (WXT_DATASET_URL + WXT_DATASET_PUBLIC_KEY), if any. */
export function builtInList(config: BuildConfig, enabled: boolean): Subscription | undefined {
  const url = config.datasetUrl?.trim();
  const publicKey = config.datasetPublicKey?.trim();
  if (!url || !publicKey) return undefined;
  return { id: 'built-in', url, publicKey, enabled, builtIn: true };
}

export async function allSubscriptions(config: BuildConfig): Promise<Subscription[]> {
  const builtIn = builtInList(config, await settings.builtInListEnabled.getValue());
  return [...(builtIn ? [builtIn] : []), ...(await settings.subscriptions.getValue())];
}
