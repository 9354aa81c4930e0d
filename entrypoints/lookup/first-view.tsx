/**
 * The lookup page's views and React, imported by main.tsx once it has asked for the answer to `?q=`. The build
 * preloads a page's `first-view.tsx` from its HTML (scripts/preload-first-view.ts): it is part of the first view.
 */
import type { I18n } from '@/data/model/i18n';
import type { QueryAnswer } from '@/data/browser/ask';
import { mountPage } from '@/components/mount';
import { App } from './App';

export const mountLookup = (i18n: I18n, first: Promise<QueryAnswer> | undefined, answered?: QueryAnswer) =>
  mountPage(i18n, <App {...(first ? { first } : {})} {...(answered ? { answered } : {})} />);
