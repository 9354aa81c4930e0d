import { describe, expect, it } from 'vitest';
import { canonicalUrl, sourceFromUrl } from '@/data/pipeline/source-url';

const canon = (u: string) => canonicalUrl(u)?.toString();

describe('source links from the importers', () => {
  it('keeps https links and drops tracking parameters', () => {
    expect(canon('https://www.example.org/a?utm_source=x&id=3&fbclid=y#top')).toBe('https://www.example.org/a?id=3');
    expect(canon('https://twitter.com/u/status/1?s=20&t=abc')).toBe('https://twitter.com/u/status/1');
    expect(canon('https://www.youtube.com/watch?v=abc&utm_medium=share')).toBe('https://www.youtube.com/watch?v=abc');
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
      title: 'Archived copy of a nytimes.com page cited by X',
    });
    // The copied page's own query is part of the copy's address: it is not edited, the link is left out.
    expect(sourceFromUrl('https://web.archive.org/web/2023/https://example.org/x?utm_source=y', 'X')).toBeUndefined();
    expect(sourceFromUrl('https://www.nytimes.com/x.html', 'X')).toMatchObject({ publisher: 'nytimes.com', title: 'Report cited by X' });
  });
});
