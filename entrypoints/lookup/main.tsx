import { App } from './App';
import { mountPage } from '@/components/mount';
import { loadI18n } from '@/data/browser/i18n';
import { prepareLookups } from '@/data/browser/lookup-page';
import '@/components/styles.css';
import '@/components/lookup/lookup.css';

// The name index is built while the language loads and React mounts: a query in the address needs it first.
if (new URLSearchParams(location.search).has('q')) prepareLookups();
void loadI18n().then((i18n) => mountPage(i18n, <App />));
