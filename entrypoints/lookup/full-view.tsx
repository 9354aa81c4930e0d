/**
 * The lookup page in React: imported by main.tsx once the answer to `?q=` has been painted without it (or at
 * once when there is none to paint). Not preloaded from the HTML: it is not part of the first view.
 */
import type { I18n } from '@/data/model/i18n';
import type { QueryAnswer } from '@/data/browser/ask';
import { mountPage } from '@/components/mount';
import { App } from './App';

export const mountLookup = (i18n: I18n, first: Promise<QueryAnswer> | undefined, answered?: QueryAnswer) =>
  mountPage(i18n, <App {...(first ? { first } : {})} {...(answered ? { answered } : {})} />);
