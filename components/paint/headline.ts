/**
 * The one implementation of a result's headline block, as markup (./html.ts) and, parsed, as DOM: who the company is and how it matched
 * (with its ownership links, each folded with its sources, where its record came from and where a list says
 * otherwise), the headline lines with their sources, "nothing on record", and the popup's note on what its
 * badge counts.
 *
 * Why not React: the popup paints this before React has loaded (entrypoints/popup/main.tsx; React's client
 * is most of the page's script and of the time to its first paint), and React's views paint the same
 * elements with these functions (ResultView's header, TieList, BadgeNote, SourceLinks: into an element they
 * render, in a layout effect, so before the browser paints), so what React takes over is what was painted.
 * Chrome's service worker writes the same markup into the page's HTML (data/browser/serve-pages.ts). No React
 * here, and data only as escaped text (components/paint/html.ts); a link only to an http(s) address.
 */
import type { Source } from '@/data/model/schema';
import type { Conflict } from '@/data/model/conflict';
import type { I18n, MessageKey } from '@/data/model/i18n';
import type { MatchResult } from '@/data/model/result';
import { countedLines, headlines, type Tie, type TieKind, type TiePrefs } from '@/data/model/headline';
import { matchExplanation, ownerLabel, ownershipLine, relatedLabel } from '@/data/model/describe';
import { linkHost, listLabel } from '@/data/model/url-text';
import { h, join, safeHref, type Markup } from './html';
import { elements, nodes } from './dom';

/** A note's sources: publisher, the link's host and date as the link, title as the tooltip (see SourceLinks). */
export function sourceItemsHtml(sources: readonly Source[], { fmt }: I18n): Markup[] {
  return sources.map((s) =>
    h(
      'li',
      {},
      h(
        'a',
        { href: safeHref(s.url), target: '_blank', rel: 'noopener noreferrer', title: s.title, 'data-testid': 'source-link' },
        `${s.publisher} `,
        h('span', { class: 'source-host' }, `(${linkHost(s.url)})`),
        s.date ? `, ${fmt.date(s.date)}` : '',
      ),
      h('span', { class: 'source-title', lang: 'en' }, ` — ${s.title}`),
    ),
  );
}

export const sourceItems = (sources: readonly Source[], i18n: I18n) => elements<HTMLLIElement>(sourceItemsHtml(sources, i18n));

const sourceList = (sources: readonly Source[], i18n: I18n) =>
  h('ul', { class: 'sources', 'aria-label': i18n.t('result.sources') }, ...sourceItemsHtml(sources, i18n));

/** Where a record came from: a list, or the data bundled with Tieline. */
export const provenanceText = ({ t }: I18n, list: string | undefined): string =>
  list ? t('common.fromList', { list: listLabel(list) }) : t('common.fromBundled');

const provenance = (i18n: I18n, list: string | undefined, testId = 'provenance') =>
  h('p', { class: 'list', 'data-testid': testId }, provenanceText(i18n, list));

/** What the list says, in the user's words (the list's own values quoted as it wrote them). */
function claim({ t }: I18n, c: Conflict): string {
  switch (c.kind) {
    case 'name':
      return t('conflict.name', { value: c.value });
    case 'parent':
      return c.value ? t('conflict.parent', { value: c.value }) : t('conflict.noParent');
    case 'domainsMissing':
      return t('conflict.domainsMissing', { value: c.value });
    case 'domainsAdded':
      return t('conflict.domainsAdded', { value: c.value });
    case 'aliases':
      return t('conflict.aliases', { value: c.value });
    case 'domain':
      return t('conflict.domain', { domain: c.domain ?? '', value: c.value });
    case 'note':
      return t('conflict.note', { value: c.value });
    case 'tie':
      return t('conflict.tie', { value: c.value });
    case 'agency':
      return t('conflict.agency', { value: c.value });
  }
}

/** "List X says otherwise: it names this company “GoodCo”. The built-in data is kept." */
export function conflictText(i18n: I18n, c: Conflict): string {
  const { t } = i18n;
  const kept = c.keptFrom ? t('conflict.keptList', { list: listLabel(c.keptFrom) }) : t('conflict.keptBundled');
  return t('conflict.says', { list: listLabel(c.list), what: claim(i18n, c), kept });
}

/**
 * The company's header: its name (a heading of `level`), how it matched, each ownership link and related
 * company folded with its sources, where its record came from, and what lists say otherwise about it.
 */
export function headerHtml(result: MatchResult, level: 1 | 2, i18n: I18n): Markup[] {
  const { t } = i18n;
  // About a company itself (its name, owner, domains); those about a note or an agency go beside it.
  const aboutCompany = (result.conflicts ?? []).filter((c) => !c.noteId && c.kind !== 'agency');
  return [
    h(level === 1 ? 'h1' : 'h2', { class: 'company', 'data-testid': 'company-name' }, result.company.name),
    h(
      'p',
      { class: 'how', 'data-testid': 'match-explanation' },
      result.domain ? matchExplanation(result, i18n) : ownershipLine(result, i18n),
    ),
    ...result.via.map((o) =>
      h(
        'details',
        { class: 'ownership' },
        h(
          'summary',
          {},
          o.relation === 'owner' && !o.asOf
            ? t('result.ownershipSource', { owner: o.name })
            : t('result.linkSource', { link: ownerLabel(o, i18n).replace(/^,\s*/, '') }),
        ),
        sourceList(o.sources, i18n),
        provenance(i18n, o.list),
      ),
    ),
    ...result.related.map((x) =>
      h(
        'details',
        { class: 'ownership', 'data-testid': 'related-company' },
        h('summary', {}, relatedLabel(x, i18n)),
        x.basis && h('p', { class: 'muted' }, x.basis),
        sourceList(x.sources, i18n),
      ),
    ),
    provenance(i18n, result.company.list, 'company-list'),
    ...aboutCompany.map((c) => h('p', { class: 'conflict', role: 'note', 'data-testid': 'conflict' }, conflictText(i18n, c))),
  ];
}

export const headerChildren = (result: MatchResult, level: 1 | 2, i18n: I18n) => elements<HTMLElement>(headerHtml(result, level, i18n));

const KIND_KEYS: Record<TieKind, MessageKey & `tie.${string}`> = {
  contract: 'tie.contract',
  resold: 'tie.resold',
  labor: 'tie.labor',
  context: 'tie.context',
};

/**
 * The headline lines, most serious first: each says what kind of tie it is in words (not colour alone)
 * and keeps its first source one click away. Test hook: `data-testid="tie"` with `data-kind`.
 */
export function tieItemsHtml(lines: readonly Tie[], { t }: I18n): Markup[] {
  return lines.map((l) =>
    h(
      'li',
      { class: `tie tie-${l.kind}`, 'data-testid': 'tie', 'data-kind': l.kind },
      h('span', { class: 'tie-tag' }, t(KIND_KEYS[l.kind])),
      ' ',
      h('span', { class: 'tie-text', lang: l.lang }, l.text),
      ' ',
      h(
        'a',
        {
          class: 'tie-source',
          href: safeHref(l.source.url),
          target: '_blank',
          rel: 'noopener noreferrer',
          title: l.source.title,
          'data-testid': 'tie-source',
        },
        l.source.publisher,
      ),
    ),
  );
}

export const tieItems = (lines: readonly Tie[], i18n: I18n) => elements<HTMLLIElement>(tieItemsHtml(lines, i18n));

export const tieListLabel = ({ t }: I18n) => t('result.headlines');

/** "Salesforce is in Tieline's data, with nothing on record …" */
export const nothingOnRecordText = (result: MatchResult, { t }: I18n) => t('result.nothingRecorded', { company: result.company.name });

const nothingOnRecord = (result: MatchResult, i18n: I18n) =>
  h('p', { class: 'nothing', 'data-testid': 'nothing-on-record' }, nothingOnRecordText(result, i18n));

export interface BadgeNoteProps {
  result: MatchResult;
  prefs: TiePrefs;
  /** Paused on this site or snoozed: the badge is off. */
  quiet: boolean;
  /** Opens the about page at what the data covers. */
  onAbout: () => void;
}

/** What the toolbar badge's number counts, under the lines it counts (the inside of `p.badge-note`). */
export function badgeNoteHtml({ result, prefs, quiet }: Omit<BadgeNoteProps, 'onAbout'>, i18n: I18n): Markup {
  const { t } = i18n;
  const { lines, more } = headlines(result, i18n, prefs);
  const n = countedLines(lines);
  const said = quiet
    ? t('popup.badgeQuiet')
    : n > 0
      ? t('popup.badgeCount', { count: n })
      : lines.length
        ? t('popup.badgeDot')
        : t('popup.badgeEmpty');
  return join(
    `${said} ${more > 0 ? t('popup.moreBelow', { count: more }) : ''} `,
    h('button', { type: 'button', class: 'link inline', 'data-testid': 'open-about' }, t('coverage.link')),
  );
}

/**
 * Makes the "what the data covers" link of the badge's note under `root` open the about page: markup carries no
 * listener, so a page wires it once the note is in the page (painted from the script, or served in its HTML).
 */
export function wireAbout(root: ParentNode, onAbout: () => void): void {
  root.querySelector('[data-testid="open-about"]')?.addEventListener('click', () => onAbout());
}

/** The badge's note's inside as nodes, its link wired (BadgeNote renders it). */
export function badgeNoteChildren(props: BadgeNoteProps, i18n: I18n): Node[] {
  const children = nodes(badgeNoteHtml(props, i18n));
  const about = children.find((c): c is Element => c instanceof Element && c.matches('[data-testid="open-about"]'));
  about?.addEventListener('click', () => props.onAbout());
  return children;
}

export interface HeadlineProps {
  result: MatchResult;
  /** The company's heading level: 1 in the popup. */
  level: 1 | 2;
  prefs: TiePrefs;
  /** The popup's note on its badge, under the lines. */
  badge?: Omit<BadgeNoteProps, 'result' | 'prefs' | 'onAbout'>;
}

/**
 * A result's headline block (the inside of an `article.result`): the header, the headline lines or "nothing on
 * record", and the badge's note. ResultView renders the same block from the same functions, and adds the
 * folded details under it.
 */
export function headlineHtml({ result, level, prefs, badge }: HeadlineProps, i18n: I18n): Markup {
  const { lines } = headlines(result, i18n, prefs);
  return join(
    h('header', {}, ...headerHtml(result, level, i18n)),
    result.notes.length === 0
      ? nothingOnRecord(result, i18n)
      : h('ul', { class: 'ties', 'aria-label': tieListLabel(i18n) }, ...tieItemsHtml(lines, i18n)),
    badge && h('p', { class: 'badge-note muted', 'data-testid': 'badge-note' }, badgeNoteHtml({ result, prefs, ...badge }, i18n)),
  );
}

/** Paints a result's headline block into `article` (an `article.result`, emptied first); `onAbout` wires the badge's note. */
export function paintHeadline(article: HTMLElement, props: HeadlineProps, i18n: I18n, onAbout?: () => void): void {
  article.replaceChildren(...nodes(headlineHtml(props, i18n)));
  if (onAbout) wireAbout(article, onAbout);
}
