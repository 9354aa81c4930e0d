import type { Source } from '@/data/model/schema';
import { formatDate } from '@/data/model/format';

/** A note's sources: publisher and date as the link, title as the tooltip. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="sources" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title} data-testid="source-link">
            {s.publisher}
            {s.date ? `, ${formatDate(s.date)}` : ''}
          </a>
          <span className="source-title"> — {s.title}</span>
        </li>
      ))}
    </ul>
  );
}
