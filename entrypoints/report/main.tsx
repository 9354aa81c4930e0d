import { App } from './App';
import { mountPage } from '@/components/mount';
import { loadI18n } from '@/data/browser/i18n';
import '@/components/styles.css';

void loadI18n().then((i18n) => mountPage(i18n, <App />, i18n.t('wrongClaim.title')));
