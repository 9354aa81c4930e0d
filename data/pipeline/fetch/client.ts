/**
 * A polite JSON-over-POST client: one request at a time, at least `intervalMs` between request starts,
 * a deadline per request, and retries with exponential backoff (and jitter, so many fetchers do not retry
 * in step) on what may pass: no answer, a dropped connection, HTTP 5xx, 429 (its Retry-After is obeyed)
 * and a body that is not the page asked for. Other 4xx answers mean the request itself is wrong: they fail
 * at once, with the API's own message.
 */
import { OverLimit, readCapped } from '../../model/capped-read';

export interface ClientOptions {
  /** Per-request deadline for headers and body together. */
  timeoutMs: number;
  /** Attempts per request, the first included. */
  attempts: number;
  /** First backoff; doubles each retry, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Minimum time between the starts of two requests. */
  intervalMs: number;
  /** A response body larger than this is cut off and treated as malformed. */
  maxBodyBytes: number;
  userAgent: string;
}

export const DEFAULT_CLIENT: ClientOptions = {
  timeoutMs: 120_000,
  attempts: 6,
  backoffMs: 2_000,
  maxBackoffMs: 60_000,
  intervalMs: 500,
  maxBodyBytes: 20 * 2 ** 20,
  userAgent: 'tieline-data-fetch (+https://www.usaspending.gov/ public API; one request at a time)',
};

/** What the client needs from the world: tests give it a fake clock and record the waits. */
export interface ClientDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  log: (line: string) => void;
}

export const realDeps = (log: (line: string) => void): ClientDeps => ({
  fetch: (...a) => fetch(...a),
  sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)),
  now: () => Date.now(),
  random: Math.random,
  log,
});

/** A request that will not succeed by trying again: a 4xx answer, or retries used up. */
export class FetchError extends Error {}

class Transient extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export class JsonClient {
  private lastStart = -Infinity;
  requests = 0;
  retries = 0;

  constructor(
    private readonly opts: ClientOptions,
    private readonly deps: ClientDeps,
  ) {}

  /**
   * POSTs `body` and hands the parsed JSON to `accept`, which returns what the caller wants or throws when
   * the page is not right (then the request is retried like a server error).
   */
  async post<T>(url: string, body: unknown, what: string, accept: (json: unknown) => T): Promise<T> {
    let last = '';
    for (let attempt = 1; attempt <= this.opts.attempts; attempt++) {
      if (attempt > 1) {
        this.retries++;
        const backoff = Math.min(this.opts.maxBackoffMs, this.opts.backoffMs * 2 ** (attempt - 2));
        // Full jitter between half and all of the backoff.
        const wait = Math.max(this.retryAfter ?? 0, Math.round(backoff * (0.5 + this.deps.random() / 2)));
        this.retryAfter = undefined;
        this.deps.log(`  ${what}: ${last}; retry ${attempt - 1} of ${this.opts.attempts - 1} in ${(wait / 1000).toFixed(1)} s`);
        await this.deps.sleep(wait);
      }
      try {
        const json = await this.once(url, body);
        try {
          return accept(json);
        } catch (err) {
          throw new Transient(`malformed page: ${(err as Error).message}`);
        }
      } catch (err) {
        if (!(err instanceof Transient)) throw err;
        last = err.message;
        this.retryAfter = err.retryAfterMs;
      }
    }
    throw new FetchError(`${what}: ${last} (gave up after ${this.opts.attempts} attempts)`);
  }

  private retryAfter: number | undefined;

  private async once(url: string, body: unknown): Promise<unknown> {
    const wait = this.lastStart + this.opts.intervalMs - this.deps.now();
    if (wait > 0) await this.deps.sleep(wait);
    this.lastStart = this.deps.now();
    this.requests++;
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), this.opts.timeoutMs);
    try {
      let res: Response;
      try {
        res = await this.deps.fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': this.opts.userAgent },
          body: JSON.stringify(body),
          signal: ctrl.signal,
          redirect: 'error',
        });
      } catch (err) {
        throw new Transient(
          ctrl.signal.aborted ? `no answer within ${this.opts.timeoutMs / 1000} s` : `network error (${(err as Error).message})`,
        );
      }
      let text: string;
      try {
        text = await readText(res, this.opts.maxBodyBytes);
      } catch (err) {
        throw new Transient(
          ctrl.signal.aborted ? `the answer did not finish within ${this.opts.timeoutMs / 1000} s` : (err as Error).message,
        );
      }
      if (res.status === 429 || res.status >= 500) {
        const after = Number(res.headers.get('retry-after'));
        throw new Transient(`HTTP ${res.status}`, Number.isFinite(after) && after > 0 ? Math.min(after, 600) * 1000 : undefined);
      }
      if (!res.ok) throw new FetchError(`HTTP ${res.status}: ${apiMessage(text)}`);
      try {
        return JSON.parse(text);
      } catch {
        throw new Transient(`malformed page: not JSON (${text.length} bytes${text.length ? `, starting "${text.slice(0, 40)}"` : ''})`);
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The body as text, cut off with an error past `maxBytes` (a lying server's endless answer is not buffered). */
async function readText(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return '';
  try {
    return new TextDecoder().decode(await readCapped(res.body, maxBytes));
  } catch (err) {
    if (err instanceof OverLimit) throw new Error(`the answer is over ${maxBytes} bytes`);
    throw err;
  }
}

/** The API's error bodies are JSON with a `detail` (Django REST framework); anything else, shortened. */
function apiMessage(text: string): string {
  try {
    const j = JSON.parse(text) as { detail?: unknown; message?: unknown };
    const m = j.detail ?? j.message;
    if (typeof m === 'string') return m.slice(0, 300);
  } catch {
    // not JSON: fall through
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 300) || '(no message)';
}
