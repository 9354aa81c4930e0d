/**
 * A screening outcome in the reader's language: how it matched, why it did not, what an affiliate is to
 * its company. Used by the lookup page, the export and the `check` CLI alike.
 */
import type { I18n, MessageKey } from './i18n';
import type { AffiliateKind, MatchHow, ReviewState, ScreenMatch, ScreenNote } from './screen-outcome';

type HowKey = Extract<MessageKey, `screen.how.${string}`>;
const HOW_KEYS: Record<MatchHow, HowKey> = {
  domain: 'screen.how.domain',
  email: 'screen.how.email',
  profile: 'screen.how.profile',
  name: 'screen.how.name',
  alias: 'screen.how.alias',
  'short-form': 'screen.how.shortForm',
  'name-prefix': 'screen.how.namePrefix',
  'similar-name': 'screen.how.similarName',
};

type StateKey = Extract<MessageKey, `screen.state.${string}`>;
export const STATE_KEYS: Record<ReviewState, StateKey> = {
  match: 'screen.state.match',
  review: 'screen.state.review',
  none: 'screen.state.none',
};

/** "website domain", "everyday short name", … */
export const howLabel = (how: MatchHow, i18n: I18n) => i18n.t(HOW_KEYS[how]);

/** "foundation of Walmart" */
export function affiliateLabel(kind: AffiliateKind, company: string, i18n: I18n): string {
  const keys = {
    foundation: 'screen.affiliate.foundation',
    pac: 'screen.affiliate.pac',
    employees: 'screen.affiliate.employees',
    charity: 'screen.affiliate.charity',
  } as const;
  return i18n.t(keys[kind], { company });
}

/** Why the row matched: `company name “Salesforce”, from “Ralphs” (confidence 95%)`. */
export function matchReason(m: ScreenMatch, i18n: I18n): string {
  const how = i18n.t('screen.reason', { how: howLabel(m.how, i18n), matched: m.matched });
  const part = m.part ? i18n.t('screen.reasonPart', { reason: how, part: m.part }) : how;
  return i18n.t('screen.withConfidence', { reason: part, percent: Math.round(m.confidence * 100) });
}

export function noteText(n: ScreenNote, i18n: I18n): string {
  switch (n.kind) {
    case 'empty':
      return i18n.t('screen.note.empty');
    case 'cut':
      return i18n.t('screen.note.cut', { count: n.length });
    case 'free-mail':
      return i18n.t('screen.note.freeMail', { domain: n.domain });
    case 'not-email':
      return i18n.t('screen.note.notEmail');
    case 'not-site':
      return i18n.t('screen.note.notSite');
    case 'several':
      return i18n.t('screen.note.several', { names: i18n.fmt.list(n.names) });
  }
}

export const notesText = (notes: readonly ScreenNote[] | undefined, i18n: I18n) =>
  [...new Set((notes ?? []).map((n) => noteText(n, i18n)))].join(i18n.t('screen.noteJoin'));
