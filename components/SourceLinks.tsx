import { useLayoutEffect, useRef } from 'react';
import type { Source } from '@/data/model/schema';
import { sourceItems } from './paint/headline';
import { useI18n } from './i18n';

/**
 * A note's sources: publisher, the link's host and date as the link, title as the tooltip. Titles are the
 * publishers' own (English). The host is shown because a list can write any publisher's name.
 *
 * The items are painted by paint/headline.ts (the popup's headline, painted before React loads, links its
 * owners' sources with it): one implementation.
 */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const i18n = useI18n();
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => ref.current?.replaceChildren(...sourceItems(sources, i18n)), [sources, i18n]);
  return <ul className="sources" aria-label={i18n.t('result.sources')} ref={ref} />;
}
