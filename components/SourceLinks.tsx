import type { Source } from '@/data/model/schema';
import { useI18n } from './i18n';
import { linkHost } from '@/data/model/url-text';

/**
 * A note's sources: publisher, the link's host and date as the link, title as the tooltip. Titles are the
 * publishers' own (English). The host is shown because a list can write any publisher's name.
 */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const { t, fmt } = useI18n();
  return (
    <ul className="sources" aria-label={t('result.sources')}>
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title} data-testid="source-link">
            {s.publisher} <span className="source-host">({linkHost(s.url)})</span>
            {s.date ? `, ${fmt.date(s.date)}` : ''}
          </a>
          <span className="source-title" lang="en">
            {' '}
            — {s.title}
          </span>
        </li>
      ))}
    </ul>
  );
}
