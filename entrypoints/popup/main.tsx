import { App } from './App';
import { mountPage } from '@/components/mount';
import { loadI18n } from '@/data/browser/i18n';
import { loadPopup, popupTarget } from '@/data/browser/popup';
import '@/components/styles.css';

// The data is asked for at once, while the language loads and React mounts: the headline needs both.
const first = loadPopup(popupTarget(location.search));
first.catch(() => undefined); // the App shows the error
void loadI18n().then((i18n) => mountPage(i18n, <App first={first} />));
