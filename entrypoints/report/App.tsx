import { useEffect, useState } from 'react';
import { ReportPage } from '@/components/report/ReportPage';
import { loadReport, type ReportSubject } from '@/data/browser/report';

/** `report.html?note=<id>`: the prefilled report for one note, opened from the note's link. */
export function App() {
  const noteId = new URLSearchParams(location.search).get('note') ?? '';
  const [subject, setSubject] = useState<ReportSubject | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadReport(noteId).then(setSubject, (err: unknown) => setError(String(err)));
  }, [noteId]);
  return <ReportPage noteId={noteId} subject={subject} error={error} onCopy={(text) => navigator.clipboard.writeText(text)} />;
}
