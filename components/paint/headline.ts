/**
 * The one implementation of a result's headline block, as DOM: who the company is and how it matched
 * (with its ownership links, each folded with its sources, where its record came from and where a list says
 * otherwise), the headline lines with their sources, "nothing on record", and the popup's note on what its
 * badge counts.
 *
 * Why not React: the popup paints this before React has loaded (entrypoints/popup/main.tsx; React's client
 * is most of the page's script and of the time to its first paint), and React's views paint the same
 * elements with these functions (ResultView's header, TieList, BadgeNote, SourceLinks: into an element they
 * render, in a layout effect, so before the browser paints), so what React takes over is what was painted.
 * No React here, and text only as text (components/paint/dom.ts).
 */
import type { Source } from '@/data/model/schema';
import type { Conflict } from '@/data/model/conflict';
import type { I18n, MessageKey } from '@/data/model/i18n';
import type { MatchResult } from '@/data/model/result';
import { countedLines, headlines, type Tie, type TieKind, type TiePrefs } from '@/data/model/headline';
import { matchExplanation, ownerLabel, ownershipLine, relatedLabel } from '@/data/model/describe';
import { linkHost, listLabel } from '@/data/model/url-text';
import { el } from './dom';

/** A note's sources: publisher, the link's host and date as the link, title as the tooltip (see SourceLinks). */
export function sourceItems(sources: readonly Source[], { fmt }: I18n): HTMLLIElement[] {
  return sources.map((s) =>
    el(
      'li',
      {},
      el(
        'a',
        { href: s.url, target: '_blank', rel: 'noopener noreferrer', title: s.title, 'data-testid': 'source-link' },
        `${s.publisher} `,
        el('span', { class: 'source-host' }, `(${linkHost(s.url)})`),
        s.date ? `, ${fmt.date(s.date)}` : '',
      ),
      el('span', { class: 'source-title', lang: 'en' }, ` — ${s.title}`),
    ),
  );
}

const sourceList = (sources: readonly Source[], i18n: I18n) =>
  el('ul', { class: 'sources', 'aria-label': i18n.t('result.sources') }, ...sourceItems(sources, i18n));

/** Where a record came from: a list, or the data bundled with Tieline. */
export const provenanceText = ({ t }: I18n, list: string | undefined): string =>
  list ? t('common.fromList', { list: listLabel(list) }) : t('common.fromBundled');

const provenance = (i18n: I18n, list: string | undefined, testId = 'provenance') =>
  el('p', { class: 'list', 'data-testid': testId }, provenanceText(i18n, list));

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
export function headerChildren(result: MatchResult, level: 1 | 2, i18n: I18n): HTMLElement[] {
  const { t } = i18n;
  // About a company itself (its name, owner, domains); those about a note or an agency go beside it.
  const aboutCompany = (result.conflicts ?? []).filter((c) => !c.noteId && c.kind !== 'agency');
  return [
    el(level === 1 ? 'h1' : 'h2', { class: 'company', 'data-testid': 'company-name' }, result.company.name),
    el(
      'p',
      { class: 'how', 'data-testid': 'match-explanation' },
      result.domain ? matchExplanation(result, i18n) : ownershipLine(result, i18n),
    ),
    ...result.via.map((o) =>
      el(
        'details',
        { class: 'ownership' },
        el(
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
      el(
        'details',
        { class: 'ownership', 'data-testid': 'related-company' },
        el('summary', {}, relatedLabel(x, i18n)),
        x.basis && el('p', { class: 'muted' }, x.basis),
        sourceList(x.sources, i18n),
      ),
    ),
    provenance(i18n, result.company.list, 'company-list'),
    ...aboutCompany.map((c) => el('p', { class: 'conflict', role: 'note', 'data-testid': 'conflict' }, conflictText(i18n, c))),
  ];
}

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
export function tieItems(lines: readonly Tie[], { t }: I18n): HTMLLIElement[] {
  return lines.map((l) =>
    el(
      'li',
      { class: `tie tie-${l.kind}`, 'data-testid': 'tie', 'data-kind': l.kind },
      el('span', { class: 'tie-tag' }, t(KIND_KEYS[l.kind])),
      ' ',
      el('span', { class: 'tie-text', lang: l.lang }, l.text),
      ' ',
      el(
        'a',
        {
          class: 'tie-source',
          href: l.source.url,
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

export const tieListLabel = ({ t }: I18n) => t('result.headlines');

/** "Salesforce is in Tieline's data, with nothing on record …" */
export const nothingOnRecordText = (result: MatchResult, { t }: I18n) => t('result.nothingRecorded', { company: result.company.name });

const nothingOnRecord = (result: MatchResult, i18n: I18n) =>
  el('p', { class: 'nothing', 'data-testid': 'nothing-on-record' }, nothingOnRecordText(result, i18n));

export interface BadgeNoteProps {
  result: MatchResult;
  prefs: TiePrefs;
  /** Paused on this site or snoozed: the badge is off. */
  quiet: boolean;
  /** Opens the about page at what the data covers. */
  onAbout: () => void;
}

/** What the toolbar badge's number counts, under the lines it counts (the inside of `p.badge-note`). */
export function badgeNoteChildren({ result, prefs, quiet, onAbout }: BadgeNoteProps, i18n: I18n): Node[] {
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
  const about = el('button', { type: 'button', class: 'link inline', 'data-testid': 'open-about' }, t('coverage.link'));
  about.addEventListener('click', () => onAbout());
  return [document.createTextNode(`${said} ${more > 0 ? t('popup.moreBelow', { count: more }) : ''} `), about];
}

export const badgeNote = (props: BadgeNoteProps, i18n: I18n) =>
  el('p', { class: 'badge-note muted', 'data-testid': 'badge-note' }, ...badgeNoteChildren(props, i18n));

export interface HeadlineProps {
  result: MatchResult;
  /** The company's heading level: 1 in the popup. */
  level: 1 | 2;
  prefs: TiePrefs;
  /** The popup's note on its badge, under the lines. */
  badge?: Omit<BadgeNoteProps, 'result' | 'prefs'>;
}

/**
 * Paints a result's headline block into `article` (an `article.result`, emptied first): the header, the
 * headline lines or "nothing on record", and the badge's note. ResultView renders the same block from the
 * same functions, and adds the folded details under it.
 */
export function paintHeadline(article: HTMLElement, { result, level, prefs, badge }: HeadlineProps, i18n: I18n): void {
  const { lines } = headlines(result, i18n, prefs);
  article.replaceChildren(
    el('header', {}, ...headerChildren(result, level, i18n)),
    result.notes.length === 0
      ? nothingOnRecord(result, i18n)
      : el('ul', { class: 'ties', 'aria-label': tieListLabel(i18n) }, ...tieItems(lines, i18n)),
    ...(badge ? [badgeNote({ result, prefs, ...badge }, i18n)] : []),
  );
}
