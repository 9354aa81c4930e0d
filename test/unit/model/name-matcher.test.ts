import { describe, expect, it } from 'vitest';
import { ScreenIndex, REVIEW_BELOW } from '@/data/model/name-matcher';
import { editDistance } from '@/data/model/name-rules';
import { MAX_MATCH_CHARS, affiliateOf, beforeAddress, joinLetterRuns, nameParts, sideBySide } from '@/data/model/name-forms';
import { emailHost, inputKind } from '@/data/model/input-kind';
import { parseDataset } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';

const d = parseDataset(miniDataset());
const idx = new ScreenIndex([
  ...d.companies,
  { id: 'bigname', name: 'Longbrandname Systems', aliases: ['LONGBRANDNAME SYSTEMS, INC.'], domains: ['longbrand.example'] },
  { id: 'booz', name: 'Boozey Allenby Hamilton', aliases: [], domains: ['boozeyallenby.example'] },
  { id: 'hilt', name: 'Hiltonia', aliases: [], domains: ['hiltonia.example'] },
  { id: 'ordinary', name: 'Summit', aliases: [], domains: ['summit.example'] },
  { id: 'ordinary-too', name: 'Summit Paving Partners', aliases: [], domains: [] },
  { id: 'sky', name: 'Skyward', aliases: ['Skyward Aerial, a Longbrandname Systems company'], domains: ['skyward.example'] },
  { id: 'social', name: 'Socialbook', aliases: [], domains: ['facebook.com'] },
  { id: 'pro', name: 'Linkd', aliases: [], domains: ['linkedin.com'] },
  { id: 'riverine', name: 'Riverine Computer Co., Inc.', aliases: [], domains: ['riverine.example'] },
]);

describe('screen index', () => {
  it.each([
    ['ACME HOLDINGS, INC.', 'acme', 'alias', 1, 'match'],
    ['acme holdings inc', 'acme', 'alias', 1, 'match'],
    ['Acme Holdings', 'acme', 'name', 0.95, 'match'],
    ['The Acme Corp', 'acme', 'name', 0.95, 'match'],
    ['Acme Chat, LLC', 'acme-chat', 'name', 0.95, 'match'],
    ['Foo d/b/a Acme Chat', 'acme-chat', 'name', 1, 'match'],
    ['Acme Chat Mobile, a division of Acme Chat', 'acme-chat-mobile', 'name', 1, 'match'],
    ['Zeta Widgets, a Longbrandname Systems company', 'bigname', 'name', 1, 'match'],
    ['LBS (Longbrandname Systems)', 'bigname', 'name', 1, 'match'],
    ['Longbrandname Systems Federal Services of Texas', 'bigname', 'name-prefix', 0.9, 'match'],
    ['Hiltonia Worldwide Holdings', 'hilt', 'name-prefix', 0.85, 'review'],
    ['Boozey Allenby', 'booz', 'short-form', 0.9, 'match'],
    ['Boozey', 'booz', 'short-form', 0.8, 'review'],
    ['The Hiltonia Foundation', 'hilt', 'name', 0.95, 'match'],
    ['Hiltonia Employee Giving Campaign', 'hilt', 'name', 0.95, 'match'],
    ['Iron Acme Corp, Chantilly, Va.', undefined, undefined, undefined, undefined],
    ['Acme Corp, Chantilly, Va.', 'acme', 'alias', 0.95, 'match'],
    ['L B S Longbrandname Systems', undefined, undefined, undefined, undefined],
    ['Q U I E T', 'quiet', 'name', 0.95, 'match'],
    ['Skyward Aerial', 'sky', 'alias', 1, 'match'],
    ['Longbrandname Systems', 'bigname', 'name', 1, 'match'],
    ['Longbrandname Systems Community Co-op', undefined, undefined, undefined, undefined],
    ['Hiltonia Bus Company', undefined, undefined, undefined, undefined],
    ['jane@acmechat.example', 'acme-chat', 'email', 1, 'match'],
    ['JANE@MAIL.ACMECHAT.EXAMPLE', 'acme-chat', 'email', 1, 'match'],
    ['https://shop.acme.co.uk/x', 'acme', 'domain', 1, 'match'],
    ['acme.example', 'acme', 'domain', 1, 'match'],
    ['https://www.facebook.com/', 'social', 'domain', 1, 'match'],
    ['https://www.facebook.com/laborco', 'laborco', 'profile', 0.85, 'review'],
    ['Longbrandnmae Systems', 'bigname', 'similar-name', 0.86, 'review'],
    ['https://www.linkedin.com/', 'pro', 'domain', 1, 'match'],
    // A person's page on a profile site is not the site's company, whose name it does not give: a suggestion.
    ['https://www.linkedin.com/in/pat', 'pro', 'domain', 0.8, 'review'],
    // "A - B": the first part names the one meant; B (its owner or its client) is never offered alone.
    ['Ralphs - Acme Chat', undefined, undefined, undefined, undefined],
    ['Flagship - Acme', undefined, undefined, undefined, undefined],
    ['Acme Chat - Acme', 'acme-chat', 'name', 0.95, 'match'],
    ['Acme - Some Client', 'acme', 'name', 0.95, 'match'],
    ['Riverine Computers Co. Inc., Claremont, N.H.', 'riverine', 'name', 0.86, 'review'],
    ['Acme and the Acme Foundation', 'acme', 'name', 0.95, 'match'],
  ])('%s → %s by %s', (input, id, how, confidence, state) => {
    const o = idx.matchAny(input);
    if (id === undefined) return void expect(o.match).toBeNull();
    expect(o.match).toMatchObject({ companyId: id, how });
    expect(o.match!.confidence).toBeCloseTo(confidence!, 2);
    expect(o.state).toBe(state);
  });

  it('says a foundation, PAC or employee campaign is one, and what part of a cell matched', () => {
    expect(idx.matchAny('The Hiltonia Foundation').match?.affiliate).toBe('foundation');
    expect(idx.matchAny('Hiltonia PAC').match?.affiliate).toBe('pac');
    expect(idx.matchAny('Employees Community Fund of Hiltonia').match?.affiliate).toBe('employees');
    expect(idx.matchAny('Acme Chat - Acme').match?.part).toBe('Acme Chat');
  });

  it('reads parts of one family side by side as its head: a company and its foundation or its unit', () => {
    const family = new ScreenIndex([
      { id: 'wm', name: 'Wallmarten', aliases: [], domains: ['wallmarten.example'] },
      { id: 'wm-fdn', name: 'Wallmarten Foundation', aliases: [], domains: [], parent: { id: 'wm', kind: 'foundation' } },
      { id: 'club', name: "Wally's Club", aliases: [], domains: ['wallysclub.example'], parent: { id: 'wm' } },
      { id: 'other', name: 'Othermart', aliases: [], domains: ['othermart.example'] },
    ]);
    for (const input of ['Wallmarten and the Wallmarten Foundation', "Wallmarten and Wally's Club", "Wally's Club / Wallmarten"]) {
      const o = family.matchAny(input);
      expect(o.match?.companyId, input).toBe('wm');
      expect(o.state, input).toBe('match');
    }
    // Two families side by side: each only a suggestion, and a close call between them.
    expect(family.matchAny('Wallmarten and Othermart').match).toBeNull();
  });

  it('never reads a brand inside the name of another business as that brand', () => {
    const brands = new ScreenIndex([
      { id: 'apple', name: 'Apple', aliases: ['Apple Inc.'], domains: ['apple.com'] },
      { id: 'oracle', name: 'Oracle', aliases: ['Oracle Corporation'], domains: ['oracle.com'] },
    ]);
    for (const input of ['Apple Bus Company', 'Oracle Elevator', 'Boston Apple Orchard', 'Big Apple Bagels', 'Flagship - Oracle'])
      expect(brands.matchAny(input).match, input).toBeNull();
    expect(brands.matchAny('Oracle Corporation').match?.companyId).toBe('oracle');
  });

  it.each([
    ['bob@gmail.com', 'free-mail'],
    ['someone@comcast.net', 'free-mail'],
    ['Acme Painting LLC', undefined],
    ['Acne', undefined], // too short for a near spelling
    ['acme.example.evil.example', undefined],
    ['', 'empty'],
    ['   ', 'empty'],
    ['not-an-email@', undefined],
    ['Quiet Incorporated Xyzzy', undefined],
    ['Summit Services', undefined], // another family's name starts with "Summit": no descriptors after it
  ])('%s → no match', (input, note) => {
    const r = idx.matchAny(input);
    expect(r.match).toBeNull();
    expect(r.state).toBe('none');
    if (note) expect(r.notes?.map((n) => n.kind)).toContain(note);
  });

  it('offers a name two companies share for review, with both, and matches neither', () => {
    const twins = new ScreenIndex([
      { id: 'a', name: 'Summit Services LLC', aliases: [], domains: ['a.example'] },
      { id: 'b', name: 'Summit Services Inc', aliases: [], domains: ['b.example'] },
    ]);
    const o = twins.matchAny('Summit Services');
    expect(o.match).toBeNull();
    expect(o.state).toBe('review');
    expect(o.candidates?.map((c) => c.companyId)).toEqual(['a', 'b']);
    expect(o.notes).toEqual([{ kind: 'several', names: ['Summit Services LLC', 'Summit Services Inc'] }]);
    expect(twins.matchAny('Summit Services LLC').match?.companyId).toBe('a');
  });

  it('prefers email and website to the name in a row, and a sure match to a suggestion', () => {
    expect(idx.matchRow({ name: ['Acme'], email: ['x@laborco.example'] }).match?.companyId).toBe('laborco');
    expect(idx.matchRow({ name: ['Nobody'], email: ['x@gmail.com'] }).notes?.[0]?.kind).toBe('free-mail');
    expect(idx.matchRow({ name: ['Boozey', 'Acme Corp'] }).match?.companyId).toBe('acme');
    expect(idx.matchRow({ name: ['Boozey', 'Nobody at all'] }).state).toBe('review');
  });

  it('cuts a long cell before matching, says so, and does bounded work on 200 KB of it', () => {
    const long = `Acme Corp ${'x'.repeat(MAX_MATCH_CHARS)}`;
    expect(idx.matchAny(long).notes).toContainEqual({ kind: 'cut', length: MAX_MATCH_CHARS });
    // Every shape the old quadratic patterns choked on: runs of spaces, dots, "d/b/a" and ", a … company".
    for (const cell of [
      `a${' '.repeat(200_000)}b`,
      `${'a.'.repeat(100_000)} x`,
      `x@${'a.'.repeat(100_000)} `,
      `${'Acme d/b/a '.repeat(20_000)}`,
      `${', a Acme '.repeat(20_000)}company`,
      `${'Acme Systems '.repeat(20_000)}`,
    ]) {
      expect(idx.matchAny(cell).state).toBeDefined();
      expect(inputKind(cell)).toBeDefined();
      expect(nameParts(cell).length).toBeLessThanOrEqual(12);
    }
  });

  it('is sure at the documented threshold and no lower', () => {
    expect(REVIEW_BELOW).toBe(0.9);
  });

  it('measures edits, transpositions included', () => {
    expect(editDistance('SALESFORCE', 'SALESFROCE', 2)).toBe(1);
    expect(editDistance('KITTEN', 'SITTING', 3)).toBe(3);
    expect(editDistance('ABC', 'ABCDEFG', 2)).toBe(3);
  });
});

describe('name forms', () => {
  it('reads the names a legal name holds, and not an acronym of the name before it as a second name', () => {
    expect(nameParts('Foo d/b/a Bar')).toEqual(['Foo', 'Bar']);
    expect(nameParts('Sikorsky, a Lockheed Martin company', true)).toEqual(['Sikorsky']);
    expect(nameParts('Sikorsky, a Lockheed Martin company')).toEqual(['Sikorsky', 'Lockheed Martin']);
    expect(nameParts('School of the Art Institute of Chicago (SAIC)')).toEqual(['School of the Art Institute of Chicago']);
    expect(nameParts('LBS (Longbrandname Systems)')).toEqual(['LBS', 'Longbrandname Systems']);
  });

  it('joins letter-spaced initials, finds the name before an address, the company behind a foundation, and side-by-side names', () => {
    expect(joinLetterRuns('C D W GOVERNMENT INC')).toBe('CDW GOVERNMENT INC');
    expect(joinLetterRuns('I B M')).toBe('IBM');
    expect(beforeAddress('Iron Bow Technologies LLC, Chantilly, Va.')).toBe('Iron Bow Technologies LLC');
    expect(beforeAddress('The Kroger Co. Zero Hunger | Zero Waste Foundation')).toBe('The Kroger Co');
    expect(beforeAddress('Whole Foods Community Co-op')).toBeUndefined();
    expect(beforeAddress('Quiet Incorporated Xyzzy')).toBeUndefined();
    expect(affiliateOf('THE WALMART FOUNDATION')).toEqual({ name: 'WALMART', kind: 'foundation' });
    expect(affiliateOf('EMPLOYEES COMMUNITY FUND OF THE BOEING')).toEqual({ name: 'BOEING', kind: 'employees' });
    expect(sideBySide('Ralphs - Kroger').dash).toEqual(['Ralphs', 'Kroger']);
    expect(sideBySide('PepsiCo/Quaker').list).toEqual(['PepsiCo', 'Quaker']);
  });

  it('tells emails and sites from names in linear time', () => {
    expect(emailHost('jane@slack.com')).toBe('slack.com');
    expect(emailHost('a@b@c.com')).toBeNull();
    expect(emailHost('jane@localhost')).toBeNull();
    expect(inputKind('https://www.dell.com/en-us')).toBe('site');
    expect(inputKind('Salesforce.com')).toBe('site');
    expect(inputKind('Salesforce.com, Inc.')).toBe('name');
  });
});
