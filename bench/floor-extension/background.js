/* global chrome -- the extension API, in the service worker this file runs in */
// The floor for `npm run bench:browser`: the least an extension can do to badge a site. The badge comes
// from a hard-coded Map (the benchmark writes the known sites into SITES when it builds this folder); the
// install only fetches, gunzips and parses the bundled dataset Tieline ships, as JSON (bench/browser/build.ts
// gives it the same records as one JSON document; Tieline ships them framed, each part deflated) (then, after
// its mark, writes the rows Tieline stores to IndexedDB once — the parts deflated, cut from a copy of
// Tieline's own file — to time the write alone: the floor of storing them).
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
  // Then what storing it cannot cost less than: the same rows in the same layout (Tieline's db.ts: its parts
  // deflated, as its bundle ships them), with the plain IndexedDB API, in one transaction; timed alone, from
  // the rows in hand to the transaction's completion.
  const rows = { parts: await deflatedParts(), domains: data.domains, agencies: data.agencies };
  const start = performance.now();
  await writeRows(rows);
  performance.measure('tieline:floor-write', { start, end: performance.now() });
}

/** Tieline's file (data/store/framed.ts, layout 4): the header line, then each part's deflated bytes; each cut into a buffer of its own. */
async function deflatedParts() {
  const bytes = new Uint8Array(await (await fetch(chrome.runtime.getURL('/dataset.bin'))).arrayBuffer());
  const nl = bytes.indexOf(10);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, nl)));
  let at = nl + 1;
  return header.parts.map(([key, length]) => ({ key, deflated: bytes.slice(at, (at += length)) }));
}

const STORES = { parts: ['gen', 'key'], domains: ['gen', 'domain'], agencies: ['gen', 'id'] };

async function writeRows(data) {
  const db = await new Promise((ok, fail) => {
    const open = indexedDB.open('floor', 1);
    open.onupgradeneeded = () => {
      for (const [name, keyPath] of Object.entries(STORES)) open.result.createObjectStore(name, { keyPath }).createIndex('gen', 'gen');
    };
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
  });
  await new Promise((ok, fail) => {
    const tx = db.transaction(Object.keys(STORES), 'readwrite');
    for (const name of Object.keys(STORES)) {
      const store = tx.objectStore(name);
      for (const row of data[name]) store.put({ ...row, gen: 1 });
    }
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
  db.close();
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
// The second page floor (asking.html): a tab's badge text, in one message.
chrome.runtime.onMessage.addListener((req, _sender, reply) => {
  if (req?.type !== 'floor-headline') return false;
  chrome.tabs.get(req.tabId).then(
    (tab) => reply(badgeText(tab.url)),
    () => reply(''),
  );
  return true;
});
performance.mark('tieline:listening');
