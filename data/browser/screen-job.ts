/**
 * The bulk check as it runs in a Web Worker: parse the list in steps, then screen it against the data in
 * use (read straight from IndexedDB), sending rows and results in batches. Messages in and out are plain data.
 *
 * A long list is shared with helper workers, one per spare core (MatchHelper below): the lead hands each
 * helper a chunk of rows whenever it returns one, matches chunks itself meanwhile, and sends the results to
 * the page in row order. Every helper builds its index from the same generation of the data as the lead, so
 * a row gets the same answer whoever matched it; a helper that fails gives its chunks back to the lead, so a
 * list is always checked whole.
 */
import { TielineDb } from '../store/db';
import { allCompanies, companyResults, companyResultsReader } from '../store/queries';
import { getActive } from '../store/meta';
import { ScreenIndex } from '../model/name-matcher';
import { InputError, checkText, decodeBytes, guessRoles, parseTableInSteps, type Role, type Table } from '../model/list-input';
import { screenRow, summarizeResult, type CompanySummary, type RowResult } from '../model/screening';
import { BATCH_ROWS, PICKER_COLUMNS, type HelperEvent, type HelperRequest, type JobEvent, type JobRequest } from '../model/screen-protocol';

export type { JobEvent, JobRequest, HelperEvent, HelperRequest };

/** What the lead needs of a helper worker (a Worker is one; tests use in-process ones). */
export interface HelperPort {
  postMessage(req: HelperRequest): void;
  onmessage: ((e: MessageEvent<HelperEvent>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface ScreenJobOptions {
  /** Helper workers to share a long list with (0: the lead matches alone). */
  helpers?: number;
  spawnHelper?: () => HelperPort;
  db?: TielineDb;
  /** See HELPER_SILENCE_MS (tests shorten it). */
  silenceMs?: number;
}

/** Lists shorter than this are matched by the lead alone: a helper's index would take longer to build. */
export const HELPER_MIN_ROWS = 5000;
/** Rows per chunk handed out: small enough to keep every core busy to the end, large enough that messages are few. */
export const CHUNK_ROWS = 1000;

/** How long the lead waits on helpers that have work and say nothing before it does their work itself. */
export const HELPER_SILENCE_MS = 15_000;

/** A macrotask boundary that does not wait for a timer: lets helpers' results in between the lead's chunks. */
function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

export class ScreenJob {
  private table: Table | undefined;
  private index: Promise<ScreenIndex> | undefined;
  private gen: number | undefined;
  private pool: { gen: number; ports: HelperPort[] } | undefined;
  private readonly db: TielineDb;

  constructor(
    private readonly emit: (e: JobEvent) => void,
    private readonly options: ScreenJobOptions = {},
  ) {
    this.db = options.db ?? new TielineDb();
  }

  /**
   * The name index over the data in use. Without data in use (the background is still installing it) the
   * check stops with a message instead of matching nothing, and the next run tries again.
   */
  private async loadIndex(): Promise<ScreenIndex> {
    const active = await getActive(this.db);
    if (!active) {
      this.index = undefined;
      throw new InputError('input.notReady');
    }
    this.gen = active.gen;
    return new ScreenIndex(await allCompanies(this.db, active.gen));
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
    // Helpers build their indexes while the user picks columns too.
    if (t.rows.length >= HELPER_MIN_ROWS)
      this.index.then(
        () => this.helpers(),
        () => undefined,
      );
    this.emit({
      type: 'parsed',
      header: t.header,
      width: t.width,
      rowCount: t.rows.length,
      preview: t.rows.slice(0, 5).map((r) => r.slice(0, PICKER_COLUMNS)),
      roles: guessRoles(t),
    });
  }

  /** The helper workers for the generation in use, started (and warmed) once per generation. */
  private helpers(): HelperPort[] {
    const { helpers = 0, spawnHelper } = this.options;
    const gen = this.gen;
    if (!spawnHelper || helpers < 1 || gen === undefined) return [];
    if (this.pool?.gen === gen) return this.pool.ports;
    for (const p of this.pool?.ports ?? []) p.terminate();
    const ports: HelperPort[] = [];
    for (let i = 0; i < helpers; i++) {
      try {
        const p = spawnHelper();
        p.postMessage({ type: 'warm', gen });
        ports.push(p);
      } catch {
        break; // No nested workers here: the lead matches alone.
      }
    }
    this.pool = { gen, ports };
    return ports;
  }

  private dropHelper(p: HelperPort) {
    p.terminate();
    if (this.pool) this.pool.ports = this.pool.ports.filter((x) => x !== p);
  }

  private async run(roles: Role[]) {
    const t = this.table;
    if (!t) throw new InputError('input.readFirst');
    if (!roles.some((r) => r !== 'ignore')) throw new InputError('input.chooseColumn');
    const started = performance.now();
    const index = await (this.index ??= this.loadIndex());
    const gen = this.gen!;
    const total = t.rows.length;
    const chunk = total >= HELPER_MIN_ROWS ? CHUNK_ROWS : BATCH_ROWS;
    const queue: number[] = [];
    for (let from = 0; from < total; from += chunk) queue.push(from);
    const ready = new Map<number, RowResult[]>();
    const ids = new Set<string>();
    // The companies' summaries are read as their first rows are sent, while the rest are matched, rather
    // than all at the end (thousands of companies on a long list).
    let fresh: string[] = [];
    const summaries = new Map<string, CompanySummary>();
    const reads: Promise<void>[] = [];
    const read = companyResultsReader(this.db, gen);
    const readFresh = () => {
      if (!fresh.length) return;
      const batch = fresh;
      fresh = [];
      reads.push(
        read(batch).then((m) => {
          const made: [string, CompanySummary][] = [];
          for (const [id, r] of m) {
            const sum = summarizeResult(r);
            summaries.set(id, sum);
            made.push([id, sum]);
          }
          // Sent now: thousands of summaries in the last message would hold the page as it draws the table.
          if (made.length) this.emit({ type: 'summaries', summaries: made });
        }),
      );
    };
    let sent = 0;
    // Sends what is ready from the first row not sent yet: the page gets rows in order, without gaps.
    const flush = () => {
      for (let r = ready.get(sent); r; r = ready.get(sent)) {
        ready.delete(sent);
        for (const x of r)
          if (x.match && !ids.has(x.match.companyId)) {
            ids.add(x.match.companyId);
            fresh.push(x.match.companyId);
          }
        this.emit({ type: 'rows', from: sent, rows: t.rows.slice(sent, sent + r.length), results: r });
        const before = sent;
        sent += r.length;
        // Progress redraws the page: once per BATCH_ROWS rows is enough to watch, however small the chunks.
        if (Math.floor(before / BATCH_ROWS) !== Math.floor(sent / BATCH_ROWS) || sent === total)
          this.emit({ type: 'progress', done: sent, total });
      }
    };
    let wake: (() => void) | undefined;
    const nudge = () => {
      wake?.();
      wake = undefined;
    };
    const helpers = total >= HELPER_MIN_ROWS ? this.helpers() : [];
    const busy = new Map<HelperPort, number[]>();
    const give = (p: HelperPort) => {
      const from = queue.shift();
      if (from === undefined) return;
      busy.get(p)!.push(from);
      p.postMessage({ type: 'match', gen, from, rows: t.rows.slice(from, from + chunk), roles });
    };
    const fail = (p: HelperPort) => {
      if (!busy.has(p)) return;
      queue.unshift(...busy.get(p)!);
      busy.delete(p);
      this.dropHelper(p);
      nudge();
    };
    for (const p of helpers) {
      busy.set(p, []);
      p.onmessage = (e) => {
        const ev = e.data;
        if (ev.type === 'failed') return fail(p);
        if (ev.type !== 'matched' || !busy.has(p)) return;
        const mine = busy.get(p)!;
        mine.splice(mine.indexOf(ev.from), 1);
        ready.set(ev.from, ev.results);
        give(p);
        flush();
        nudge();
      };
      p.onerror = () => fail(p);
      // Two chunks each: a helper never waits for the lead to read its last answer.
      give(p);
      give(p);
    }
    try {
      while (sent < total) {
        const from = queue.shift();
        if (from === undefined) {
          // Everything is handed out: wait for a helper's answer (or a failed helper's chunks). A helper
          // that says nothing for HELPER_SILENCE_MS (its storage blocked, its worker wedged) is given up on
          // and its chunks come back to the lead: the check ends, whatever a helper does.
          const heard = await new Promise<boolean>((r) => {
            const timer = setTimeout(() => r(false), this.options.silenceMs ?? HELPER_SILENCE_MS);
            wake = () => {
              clearTimeout(timer);
              r(true);
            };
          });
          if (!heard) for (const p of [...busy.keys()]) if (busy.get(p)!.length) fail(p);
          continue;
        }
        ready.set(
          from,
          t.rows.slice(from, from + chunk).map((row, i) => screenRow(index, row, roles, from + i)),
        );
        flush();
        readFresh();
        if (helpers.length) await yieldToEvents();
      }
    } finally {
      for (const p of busy.keys()) p.onmessage = p.onerror = null;
    }
    if (!total) this.emit({ type: 'progress', done: 0, total: 0 });
    readFresh();
    await Promise.all(reads);
    // The generation matched against was replaced while the list was checked: the rest from the one in use.
    const missing = [...ids].filter((id) => !summaries.has(id));
    const rest: [string, CompanySummary][] = [];
    if (missing.length) for (const [id, r] of await companyResults(this.db, missing)) rest.push([id, summarizeResult(r)]);
    // Summaries only: the page reads full results (a company opened, the report) when asked.
    this.emit({ type: 'done', summaries: rest, dataset: await getActive(this.db), ms: Math.round(performance.now() - started) });
  }
}

/**
 * A helper worker: builds the name index of the generation the lead names and matches the chunks it is
 * sent. Anything it cannot do (that generation gone, no storage) it reports, and the lead does the work.
 */
export class MatchHelper {
  private index: Promise<ScreenIndex> | undefined;
  private gen: number | undefined;
  private readonly db: TielineDb;

  constructor(
    private readonly emit: (e: HelperEvent) => void,
    db?: TielineDb,
  ) {
    this.db = db ?? new TielineDb();
  }

  async handle(req: HelperRequest): Promise<void> {
    try {
      if (!this.index || this.gen !== req.gen) {
        this.gen = req.gen;
        this.index = allCompanies(this.db, req.gen).then((list) => {
          // An empty list means the generation is gone: matching against it would find nothing, silently.
          if (!list.length) throw new Error(`no companies in generation ${req.gen}`);
          return new ScreenIndex(list);
        });
      }
      const index = await this.index;
      // Warming only builds the index: the lead listens to a helper while it hands it rows, not before.
      if (req.type === 'match')
        this.emit({ type: 'matched', from: req.from, results: req.rows.map((row, i) => screenRow(index, row, req.roles, req.from + i)) });
    } catch (err) {
      this.index = undefined;
      this.emit({ type: 'failed', message: String(err) });
    }
  }
}
