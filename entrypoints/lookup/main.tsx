import { App } from './App';
import { mountPage } from '@/components/mount';
import { loadI18n } from '@/data/browser/i18n';
import { askLookup } from '@/data/browser/ask';
import '@/components/styles.css';
import '@/components/lookup/lookup.css';

// A query in the address (the context menu's) is asked of the background at once, while the language loads
// and React mounts: the first view needs all three.
const q = new URLSearchParams(location.search).get('q');
const first = q?.trim() ? askLookup(q) : undefined;
first?.catch(() => undefined); // the App shows the error
void loadI18n().then((i18n) => mountPage(i18n, <App {...(first ? { first } : {})} />));
