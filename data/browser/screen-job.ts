/**
 * The bulk check as it runs in a Web Worker: parse the list in steps, then screen it against the data in
 * use (read straight from IndexedDB), sending rows and results in batches. Messages in and out are plain data.
 */
import { TielineDb } from '../store/db';
import { allCompanies, companyResults } from '../store/queries';
import { getActive } from '../store/meta';
import { ScreenIndex } from '../model/name-matcher';
import { InputError, checkText, decodeBytes, guessRoles, parseTableInSteps, type Role, type Table } from '../model/list-input';
import { screenRow, summarizeResult, type CompanySummary, type RowResult } from '../model/screening';
import { BATCH_ROWS, PICKER_COLUMNS, type JobEvent, type JobRequest } from '../model/screen-protocol';

export type { JobEvent, JobRequest };

export class ScreenJob {
  private table: Table | undefined;
  private index: Promise<ScreenIndex> | undefined;
  private readonly db = new TielineDb();

  constructor(private readonly emit: (e: JobEvent) => void) {}

  /**
   * The name index over the data in use. Without data in use (the background is still installing it) the
   * check stops with a message instead of matching nothing, and the next run tries again.
   */
  private async loadIndex(): Promise<ScreenIndex> {
    if (!(await getActive(this.db))) {
      this.index = undefined;
      throw new InputError('input.notReady');
    }
    return new ScreenIndex(await allCompanies(this.db));
  }

  async handle(req: JobRequest): Promise<void> {
    try {
      if (req.type === 'parse') this.parse(req);
      else await this.run(req.roles);
    } catch (err) {
      this.emit({ type: 'error', error: err instanceof InputError ? { key: err.key, params: err.params } : { message: String(err) } });
    }
  }

  private parse(req: Extract<JobRequest, { type: 'parse' }>) {
    // Start reading the companies while the user picks columns (a failure is reported when the check runs).
    if (!this.index) {
      this.index = this.loadIndex();
      this.index.catch(() => undefined);
    }
    const text = req.bytes ? decodeBytes(new Uint8Array(req.bytes)) : checkText(req.text ?? '');
    const t = parseTableInSteps(text, (rows) => this.emit({ type: 'reading', rows }));
    this.table = t;
    this.emit({
      type: 'parsed',
      header: t.header,
      width: t.width,
      rowCount: t.rows.length,
      preview: t.rows.slice(0, 5).map((r) => r.slice(0, PICKER_COLUMNS)),
      roles: guessRoles(t),
    });
  }

  private async run(roles: Role[]) {
    const t = this.table;
    if (!t) throw new InputError('input.readFirst');
    if (!roles.some((r) => r !== 'ignore')) throw new InputError('input.chooseColumn');
    const started = performance.now();
    const index = await (this.index ??= this.loadIndex());
    const ids = new Set<string>();
    for (let from = 0; from < t.rows.length; from += BATCH_ROWS) {
      const rows = t.rows.slice(from, from + BATCH_ROWS);
      const results: RowResult[] = rows.map((row, i) => screenRow(index, row, roles, from + i));
      for (const r of results) if (r.match) ids.add(r.match.companyId);
      this.emit({ type: 'rows', from, rows, results });
      this.emit({ type: 'progress', done: from + rows.length, total: t.rows.length });
    }
    const matches = await companyResults(this.db, [...ids]);
    // Summaries only: the page reads full results (a company opened, the report) when asked.
    const summaries = [...matches].map(([id, m]) => [id, summarizeResult(m)] as [string, CompanySummary]);
    this.emit({ type: 'done', summaries, dataset: await getActive(this.db), ms: Math.round(performance.now() - started) });
  }
}
