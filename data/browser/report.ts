/** What the report page asks: the note reported (from the data in use), the data's version, the report address. */
import { noteById } from '../store/queries';
import type { Note } from '../model/schema';
import { buildConfig, database } from './extension';
import { datasetReady } from './messages';

export interface ReportSubject {
  note: Note | null;
  companyName: string;
  /** A contract note's agency (acronym). */
  agency?: string | undefined;
  version: number;
  /** The build setting WXT_REPORT_URL (an issue tracker's new-issue URL or a mailto: address), if set. */
  address: string | undefined;
}

export async function loadReport(noteId: string): Promise<ReportSubject> {
  const active = await datasetReady();
  const found = await noteById(database(), noteId);
  return {
    note: found?.note ?? null,
    companyName: found?.companyName ?? '',
    agency: found?.agency,
    version: active.version,
    address: buildConfig.reportUrl,
  };
}
