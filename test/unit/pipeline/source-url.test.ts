import { describe, expect, it } from 'vitest';
import { canonicalUrl, sourceFromUrl } from '@/data/pipeline/source-url';
import { SITE_NAMES } from '@/data/model/source-hosts';
import { publisherProblems } from '@/data/model/source-policy';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { CAIT_FIXES } from '@/data/pipeline/audit-fixes';

const canon = (u: string) => canonicalUrl(u)?.toString();

describe('source links from the importers', () => {
  it('keeps https links and drops tracking parameters', () => {
    expect(canon('https://www.example.org/a?utm_source=x&id=3&fbclid=y#top')).toBe('https://www.example.org/a?id=3');
    expect(canon('https://twitter.com/u/status/1?s=20&t=abc')).toBe('https://twitter.com/u/status/1');
    expect(canon('https://www.youtube.com/watch?v=abc&utm_medium=share')).toBe('https://www.youtube.com/watch?v=abc');
  });

  it('drops the click parameters of the sites CAIT links to, and keeps what names the page (audit pass 12)', () => {
    // Real CAIT links (actions 7, 9, 200, 155, 454, 279, 341, 511, 523, 234): the same address without them is the page.
    const cases: [string, string][] = [
      [
        'https://www.nytimes.com/1985/07/17/us/union-plans-drive-to-organize-ibm.html?rref=collection%2ftimestopic%2fcommunications%20workers%20of%20america',
        'https://www.nytimes.com/1985/07/17/us/union-plans-drive-to-organize-ibm.html',
      ],
      [
        'https://www.nytimes.com/2019/10/28/technology/facebook-mark-zuckerberg-letter.html?action=click&module=RelatedLinks&pgtype=Article',
        'https://www.nytimes.com/2019/10/28/technology/facebook-mark-zuckerberg-letter.html',
      ],
      [
        'https://www.businessinsider.com/amazon-employees-letter-protest-palantir-ice-camps-2019-7?r=US&IR=T',
        'https://www.businessinsider.com/amazon-employees-letter-protest-palantir-ice-camps-2019-7',
      ],
      [
        'https://www.bloomberg.com/news/articles/2021-05-07/google-childcare-workers-circulate-petition-for-commute-stipends?sref=i8nBPoz1',
        'https://www.bloomberg.com/news/articles/2021-05-07/google-childcare-workers-circulate-petition-for-commute-stipends',
      ],
      [
        'https://gizmodo.com/1-600-googlers-call-for-an-end-to-all-contracts-with-c-1844124793?rev=1592864623516',
        'https://gizmodo.com/1-600-googlers-call-for-an-end-to-all-contracts-with-c-1844124793',
      ],
      [
        'https://blog.coinbase.com/coinbase-is-a-mission-focused-company-af882df8804?gi=e4cb4315d1e5',
        'https://blog.coinbase.com/coinbase-is-a-mission-focused-company-af882df8804',
      ],
      [
        'https://current.org/2021/04/npr-plans-to-recognize-digital-staffers-union/?wallit_nosession=1',
        'https://current.org/2021/04/npr-plans-to-recognize-digital-staffers-union/',
      ],
      [
        'https://actionnetwork.org/petitions/demand-transparency-for-washingtons-workers-pass-sb-5130?source=direct_link',
        'https://actionnetwork.org/petitions/demand-transparency-for-washingtons-workers-pass-sb-5130',
      ],
    ];
    for (const [raw, page] of cases) expect(canon(raw)).toBe(page);
    // A parameter that names the page stays: an ABC News story's id, a YouTube video.
    expect(canon('https://abcnews.go.com/Business/uber-drivers-strike/story?id=96238296')).toBe(
      'https://abcnews.go.com/Business/uber-drivers-strike/story?id=96238296',
    );
  });

  it('drops the share and session codes a sweep of the bundle found on real CAIT and tracker links (2026-12-02)', () => {
    const cases: [string, string][] = [
      [
        'https://taipeitimes.com/News/front/archives/2021/12/27/2003770256?s=09',
        'https://taipeitimes.com/News/front/archives/2021/12/27/2003770256',
      ],
      [
        'https://www.marketwatch.com/story/exclusive-san-francisco-city-attorney-looking-into-loss-of-twitter-janitors-jobs-11670381386?siteid=yhoof2',
        'https://www.marketwatch.com/story/exclusive-san-francisco-city-attorney-looking-into-loss-of-twitter-janitors-jobs-11670381386',
      ],
      [
        'https://www.nytimes.com/2021/11/16/business/media/new-york-times-union-protest.html?auth=link-dismiss-google1tap',
        'https://www.nytimes.com/2021/11/16/business/media/new-york-times-union-protest.html',
      ],
      [
        'https://www.tiktok.com/@drdreduzin/video/7154415250467474734?_r=1&_t=8WfQlnYrKRy',
        'https://www.tiktok.com/@drdreduzin/video/7154415250467474734',
      ],
      [
        'https://www.facebook.com/story.php?story_fbid=3145275205797138&id=1403503969974279&m_entstream_source=timeline',
        'https://www.facebook.com/story.php?story_fbid=3145275205797138&id=1403503969974279',
      ],
      [
        'https://www.vice.com/en_us/article/pa7qny/60-amazon-workers-walked-out-over-warehouse-working-conditions?f',
        'https://www.vice.com/en_us/article/pa7qny/60-amazon-workers-walked-out-over-warehouse-working-conditions',
      ],
      [
        'https://docs.google.com/forms/d/1QVvb6YX_X82pjh97X_EbTJG16YsWRY_cslF2lLYA5CM/viewform?edit_requested=true',
        'https://docs.google.com/forms/d/1QVvb6YX_X82pjh97X_EbTJG16YsWRY_cslF2lLYA5CM/viewform',
      ],
    ];
    for (const [raw, page] of cases) expect(canon(raw)).toBe(page);
    // The same short name elsewhere may name the page: kept.
    expect(canon('https://www.example.org/search?s=09')).toBe('https://www.example.org/search?s=09');
  });

  it('refuses http, credentials, AMP and mobile copies it cannot map, and maps the ones it can', () => {
    expect(canon('http://example.org/a')).toBeUndefined();
    expect(canon('https://user:pw@example.org/a')).toBeUndefined();
    expect(canon('https://amp.example.org/story')).toBeUndefined();
    expect(canon('https://www.example.org/story/amp/')).toBeUndefined();
    expect(canon('https://m.example.org/story')).toBeUndefined();
    expect(canon('https://mobile.twitter.com/u/status/1')).toBe('https://twitter.com/u/status/1');
    expect(canon('https://m.facebook.com/story.php?story_fbid=1&id=2')).toBe('https://www.facebook.com/story.php?story_fbid=1&id=2');
    expect(canon('not a url')).toBeUndefined();
  });

  it('takes the AMP switch off an article’s own address, as the tracker cites them, but not off an archive’s copy', () => {
    // Real tracker links (actions 3417 and 2978): the same path without "?outputType=amp" is the article.
    expect(
      canon(
        'https://www.silive.com/news/2024/10/staten-island-amazon-union-makes-latest-call-for-company-to-begin-bargaining.html?outputType=amp',
      ),
    ).toBe('https://www.silive.com/news/2024/10/staten-island-amazon-union-makes-latest-call-for-company-to-begin-bargaining.html');
    expect(canon('https://www.wistv.com/2024/03/29/usc-workers-union-holds-rally-delivers-petition-raise-wages/?outputType=amp')).toBe(
      'https://www.wistv.com/2024/03/29/usc-workers-union-holds-rally-delivers-petition-raise-wages/',
    );
    expect(canon('https://www.example.org/a?outputType=print')).toBeUndefined();
    expect(
      canon(
        'https://web.archive.org/web/20241214195212/https://www.masslive.com/westernmass/2024/12/hundreds-expected-at-umass-amherst-rally-thursday-over-union-wages-staffing.html?outputType=amp',
      ),
    ).toBeUndefined();
  });

  it('labels archive copies as archive copies, never as the publisher they copy', () => {
    expect(sourceFromUrl('https://archive.ph/AbC12', 'the Labor Action Tracker (action 1)')).toEqual({
      url: 'https://archive.ph/AbC12',
      publisher: 'archive.ph',
      title: 'Archived copy of a report cited by the Labor Action Tracker (action 1)',
    });
    expect(sourceFromUrl('http://web.archive.org/web/2023/https://www.nytimes.com/x.html', 'X')).toEqual({
      url: 'https://web.archive.org/web/2023/https://www.nytimes.com/x.html',
      publisher: 'Internet Archive (Wayback Machine)',
      title: 'Archived copy of a page from nytimes.com cited by X',
    });
    // A "save" link asks for a new capture each time it is opened (labour residual O: 8 shipped links): its copies' address.
    expect(sourceFromUrl('https://web.archive.org/save/https://www.unitedafa.org/news/recap', 'X')).toEqual({
      url: 'https://web.archive.org/web/https://www.unitedafa.org/news/recap',
      publisher: 'Internet Archive (Wayback Machine)',
      title: 'Archived copy of a page from unitedafa.org cited by X',
    });
    // The copied page's own query is part of the copy's address: it is not edited, the link is left out.
    expect(sourceFromUrl('https://web.archive.org/web/2023/https://example.org/x?utm_source=y', 'X')).toBeUndefined();
    expect(sourceFromUrl('https://www.nytimes.com/x.html', 'X')).toMatchObject({
      publisher: 'The New York Times',
      title: 'Report cited by X',
    });
  });

  it('names a site by the name it gives itself where we know it, else by its host', () => {
    expect(sourceFromUrl('https://www.theverge.com/2019/1/1/x', 'X')?.publisher).toBe('The Verge');
    expect(sourceFromUrl('https://abcnews.go.com/US/story?id=1', 'X')?.publisher).toBe('ABC News');
    // Several publications, or other people's posts: the host, not a name that would credit the wrong one.
    expect(sourceFromUrl('https://www.bizjournals.com/seattle/news/x.html', 'X')?.publisher).toBe('bizjournals.com');
    expect(sourceFromUrl('https://twitter.com/someone/status/1', 'X')?.publisher).toBe('twitter.com');
    expect(sourceFromUrl('https://www.msn.com/en-us/news/x', 'X')?.publisher).toBe('msn.com');
    expect(sourceFromUrl('https://example.org/x', 'X')?.publisher).toBe('example.org');
  });
});

describe('SITE_NAMES', () => {
  it('gives each site a name the source policy accepts for it, and never a host that serves other publishers', () => {
    for (const [host, name] of Object.entries(SITE_NAMES)) {
      expect(host).toBe(host.toLowerCase());
      expect(host.startsWith('www.')).toBe(false);
      expect(publisherProblems({ url: `https://www.${host}/a`, publisher: name })).toEqual([]);
    }
    for (const shared of ['bizjournals.com', 'twitter.com', 'x.com', 'medium.com', 'youtube.com', 'msn.com', 'yahoo.com', 'archive.ph'])
      expect(SITE_NAMES[shared]).toBeUndefined();
  });
});

/** The CAIT records an audit gave links to, with those links. */
const CAIT_FIXES_LINKED = [...CAIT_FIXES].flatMap(([id, fix]) => (fix.links?.length ? [[id, fix.links] as const] : []));

describe('a report an audit added to an imported note', () => {
  it('is titled as our audit found it, never as cited by the input', () => {
    expect(
      sourceFromUrl('https://www.vox.com/recode/x', "Collective Action in Tech's action 222", 'found by a Tieline audit of'),
    ).toMatchObject({
      publisher: 'Vox',
      title: "Report found by a Tieline audit of Collective Action in Tech's action 222",
    });
  });

  it('reads so in the built dataset: every CAIT note’s link an audit added (audit-fixes.ts `links`)', () => {
    const notes = readBundledDataset().notes;
    const added = CAIT_FIXES_LINKED.flatMap(([id, urls]) =>
      notes
        .filter((n) => n.id.startsWith(`cait-${id}-`))
        .flatMap((n) => n.sources.filter((s) => urls.some((u) => canon(u) === s.url)).map((s) => `${n.id} ${s.title}`)),
    );
    expect(added.length).toBeGreaterThan(0);
    for (const line of added) expect(line).toMatch(/ Report found by a Tieline audit of Collective Action in Tech's action \d+$/);
  });
});
