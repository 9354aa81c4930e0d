/**
 * Provenance beside every record: which list a note or company came from, and where a list the user
 * added says otherwise ("List X says otherwise: …"): what it says, and which record is kept.
 */
import type { Conflict } from '@/data/model/conflict';
import type { I18n } from '@/data/model/i18n';
import { listLabel } from '@/data/model/url-text';
import { useI18n } from './i18n';

/** Where a record came from: a list, or the data bundled with Tieline. */
export function Provenance({ list, testId = 'provenance' }: { list?: string | undefined; testId?: string }) {
  const { t } = useI18n();
  return (
    <p className="list" data-testid={testId}>
      {list ? t('common.fromList', { list: listLabel(list) }) : t('common.fromBundled')}
    </p>
  );
}

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

/** The conflicts about one record, each on its own line. */
export function ConflictLines({ conflicts }: { conflicts: readonly Conflict[] }) {
  const i18n = useI18n();
  return (
    <>
      {conflicts.map((c, i) => (
        <p key={`${c.list}-${c.kind}-${i}`} className="conflict" role="note" data-testid="conflict">
          {conflictText(i18n, c)}
        </p>
      ))}
    </>
  );
}
