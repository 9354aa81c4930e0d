import type { ContextView, LaborView } from '@/data/model/result';
import { formatDate } from '@/data/model/format';
import { SourceLinks } from './SourceLinks';

/** A labour action or a context note. */
export function NoteCard({ note, labelCompany }: { note: LaborView | ContextView; labelCompany: boolean }) {
  const e = note.kind === 'labor' ? note.election : undefined;
  return (
    <li className={`note note-${note.kind}`} data-testid="note" data-kind={note.kind}>
      <h3>{note.title}</h3>
      {note.kind === 'context' && note.date && <p className="muted">{formatDate(note.date)}</p>}
      {labelCompany && <p className="whose">{note.company.name}</p>}
      <p className="summary">{note.summary}</p>
      {e && (
        <p className="election">
          {e.votesFor} for, {e.votesAgainst} against
          {e.eligibleVoters !== undefined ? ` of ${e.eligibleVoters} eligible` : ''} — {e.certified ? 'union certified' : 'not certified'}
        </p>
      )}
      <SourceLinks sources={note.sources} />
      {note.list && <p className="list">From list: {note.list}</p>}
    </li>
  );
}
