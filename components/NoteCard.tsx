import type { ContextView, LaborView } from '@/data/model/result';
import { electionOutcome, electionVotes, noteTitle, relationLabel } from '@/data/model/describe';
import { SourceLinks } from './SourceLinks';
import { ReportLink } from './ReportLink';
import { useI18n } from './i18n';
import { ConflictLines, Provenance } from './Provenance';
import type { Conflict } from '@/data/model/conflict';

/** A labour action or a context note. Authored text (summaries, context titles) is English, and marked so. */
export function NoteCard({
  note,
  labelCompany,
  conflicts = [],
}: {
  note: LaborView | ContextView;
  labelCompany: boolean;
  /** Where a list the user added says otherwise about this note. */
  conflicts?: readonly Conflict[];
}) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const e = note.kind === 'labor' ? note.election : undefined;
  // Whose workers acted, when not the company's own: one short label, its meaning on hover.
  const relation = note.kind === 'labor' ? relationLabel(note, i18n) : undefined;
  return (
    <li className={`note note-${note.kind}`} data-testid="note" data-kind={note.kind}>
      <h3 {...(note.kind === 'context' ? { lang: 'en' } : {})}>{noteTitle(note, i18n)}</h3>
      {relation && note.kind === 'labor' && (
        <p className="relation" data-testid="note-relation" data-relation={note.laborRelation} title={relation.hint}>
          {relation.text}
        </p>
      )}
      {note.kind === 'context' && note.date && <p className="muted">{fmt.date(note.date)}</p>}
      {labelCompany && <p className="whose">{note.company.name}</p>}
      <p className="summary" lang="en">
        {note.summary}
      </p>
      {e && (
        <p className="election">{t('labor.electionLine', { votes: electionVotes(e, i18n, true), outcome: electionOutcome(e, i18n) })}</p>
      )}
      <SourceLinks sources={note.sources} />
      <Provenance list={note.list} />
      <ConflictLines conflicts={conflicts} />
      <ReportLink noteId={note.id} />
    </li>
  );
}
