/** Opening the extension's own pages in a tab: the about page, the first-run page. */
import { browser } from 'wxt/browser';

export type OwnPage = '/about.html' | '/welcome.html';

export function openPage(path: OwnPage, hash = ''): Promise<unknown> {
  // Pages added by our entrypoints are in WXT's PublicPath type only after a build; a plain string is fine here.
  return browser.tabs.create({ url: (browser.runtime.getURL as (p: string) => string)(`${path}${hash}`) });
}
