/**
 * Provenance beside every record: which list a note or company came from, and where a list the user
 * added says otherwise ("List X says otherwise: …"): what it says, and which record is kept. The words are
 * paint/headline.ts's, which the popup's headline (painted before React loads) writes too.
 */
import type { Conflict } from '@/data/model/conflict';
import { conflictText, provenanceText } from './paint/headline';
import { useI18n } from './i18n';

export { conflictText };

/** Where a record came from: a list, or the data bundled with Tieline. */
export function Provenance({ list, testId = 'provenance' }: { list?: string | undefined; testId?: string }) {
  const i18n = useI18n();
  return (
    <p className="list" data-testid={testId}>
      {provenanceText(i18n, list)}
    </p>
  );
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
