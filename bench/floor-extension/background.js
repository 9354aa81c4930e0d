/* global chrome -- the extension API, in the service worker this file runs in */
// The floor for `npm run bench:browser`: the least an extension can do to badge a site. The badge comes
// from a hard-coded Map (the benchmark writes the known sites into SITES when it builds this folder); the
// install only fetches, gunzips and parses the same bundled dataset Tieline ships, and keeps nothing.
// It sets the same performance marks as Tieline (data/model/marks.ts), at the same points.
performance.mark('tieline:script-start');

/** Registrable domain → badge text. */
const SITES = new Map(/* SITES */ []);

/** The host, then each parent domain: www.salesforce.com → salesforce.com. */
function badgeText(url) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return '';
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const text = SITES.get(h);
    if (text !== undefined) return text;
  }
  return '';
}

/** The same three calls Tieline makes for every update. */
function updateBadge(tabId, url) {
  performance.mark('tieline:badge-requested', { detail: { tabId } });
  const text = url ? badgeText(url) : '';
  const color = text ? '#9f1d20' : '#3b5b92';
  const title = text ? `Floor — ${text}` : 'Floor — no known company ties for this site';
  Promise.all([
    chrome.action.setBadgeText({ tabId, text }),
    chrome.action.setBadgeBackgroundColor({ tabId, color }),
    chrome.action.setTitle({ tabId, title }),
  ]).then(
    () => performance.mark('tieline:badge-set', { detail: { tabId, text } }),
    () => undefined,
  );
}

/** The install floor: the bundle fetched, gunzipped and parsed, nothing validated or stored. */
async function install() {
  const res = await fetch(chrome.runtime.getURL('/dataset.json.gz'));
  const data = await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).json();
  performance.mark('tieline:dataset-ready', { detail: { keys: Object.keys(data).length } });
}

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install' || reason === 'update') void install();
});
chrome.tabs.onActivated.addListener(({ tabId }) => {
  chrome.tabs.get(tabId).then(
    (tab) => updateBadge(tabId, tab.url),
    () => undefined,
  );
});
chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined || change.status === 'loading') updateBadge(tabId, change.url ?? tab.url);
});
performance.mark('tieline:listening');
