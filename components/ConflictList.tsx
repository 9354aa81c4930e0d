import type { Conflict, Conflicts } from '@/data/model/conflict';
import type { I18n } from '@/data/model/i18n';
import { conflictText } from './Provenance';
import { useI18n } from './i18n';

/** What a conflict is about: the company (by the name kept), or the agency. */
function subject({ t }: I18n, c: Conflict): string {
  if (c.kind === 'agency') return t('conflict.subjectAgency', { agency: c.agencyId ?? '' });
  return c.companyName ?? c.companyId ?? '';
}

/**
 * The settings page's list of disagreements: every place a list the user added says otherwise than the
 * data kept (the same lines appear beside the affected notes and companies).
 */
export function ConflictList({ conflicts }: { conflicts: Conflicts | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!conflicts?.total) return null;
  return (
    <section className="conflicts" data-testid="conflicts">
      <h2>{t('conflict.heading', { count: conflicts.total })}</h2>
      <p className="muted">{t('conflict.intro')}</p>
      <ul>
        {conflicts.items.map((c, i) => (
          <li key={i} data-testid="conflict">
            <strong>{subject(i18n, c)}</strong> — {conflictText(i18n, c)}
          </li>
        ))}
      </ul>
      {conflicts.total > conflicts.items.length && (
        <p className="muted">{t('conflict.more', { count: conflicts.total - conflicts.items.length })}</p>
      )}
    </section>
  );
}
