import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeMessages } from '@/data/pipeline/locale-files';

// fakeBrowser has no i18n: answer as a browser set to English would, from the messages the build packages.
const english = chromeMessages('en');

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((name: string) => english[name]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
});
