/* global chrome -- the extension API, in the page this file runs in */
// The second page floor for `npm run bench:browser`: the least a page can do to show an answer that lives in
// its background, as Tieline's popup must (extension pages cannot inline a script, and the data is the
// worker's). One module script asks the worker, in one message, for the badge text of the tab named by
// `?tab=`; the worker answers from its hard-coded Map; the script writes the answer into the page's headline
// and marks its paint the way Tieline's pages do (data/model/marks.ts, markPainted: after the frame that drew
// it). Beside the trivial page (no script at all), it shows how much of a page's time is a script's context,
// its load and the round trip to the worker rather than anything Tieline does.
const tabId = Number(new URLSearchParams(location.search).get('tab'));
chrome.runtime.sendMessage({ type: 'floor-headline', tabId }).then((text) => {
  const h1 = document.querySelector('h1');
  h1.textContent = text ? `Floor — ${text}` : 'Floor — no known company ties for this site';
  h1.dataset.testid = 'tie';
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName('tieline:content-painted', 'mark').length === 0) performance.mark('tieline:content-painted');
    }, 0),
  );
});
