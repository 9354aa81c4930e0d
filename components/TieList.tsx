import type { Tie, TieKind } from '@/data/model/headline';
import type { MessageKey } from '@/data/model/i18n';
import { useI18n } from './i18n';

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
export function TieList({ lines }: { lines: readonly Tie[] }) {
  const { t } = useI18n();
  return (
    <ul className="ties" aria-label={t('result.headlines')}>
      {lines.map((l) => (
        <li key={`${l.kind}:${l.noteIds.join(',')}`} className={`tie tie-${l.kind}`} data-testid="tie" data-kind={l.kind}>
          <span className="tie-tag">{t(KIND_KEYS[l.kind])}</span>{' '}
          <span className="tie-text" {...(l.lang ? { lang: l.lang } : {})}>
            {l.text}
          </span>{' '}
          <a
            className="tie-source"
            href={l.source.url}
            target="_blank"
            rel="noopener noreferrer"
            title={l.source.title}
            data-testid="tie-source"
          >
            {l.source.publisher}
          </a>
        </li>
      ))}
    </ul>
  );
}
