/**
 * The popup's views and React, imported by main.tsx once it has asked for the data. The build preloads a
 * page's `first-view.tsx` from its HTML (scripts/preload-first-view.ts): it is part of the first view.
 */
import type { I18n } from '@/data/model/i18n';
import type { PopupState } from '@/data/browser/popup';
import { mountPage } from '@/components/mount';
import { App } from './App';

export const mountPopup = (i18n: I18n, first: Promise<PopupState>, answered?: PopupState) =>
  mountPage(i18n, <App first={first} {...(answered ? { answered } : {})} />);
