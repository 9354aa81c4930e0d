/**
 * The popup in React: imported by main.tsx once the headline has been painted without it (or at once when
 * there is nothing to paint yet). Not preloaded from the HTML: it is not part of the first view.
 */
import type { I18n } from '@/data/model/i18n';
import type { PopupState } from '@/data/browser/popup';
import { mountPage } from '@/components/mount';
import { App } from './App';

export const mountPopup = (i18n: I18n, first: Promise<PopupState>, answered?: PopupState) =>
  mountPage(i18n, <App first={first} {...(answered ? { answered } : {})} />);
