/**
 * Getting bytes from a list's server: no cookies, a deadline for headers and body together (and the
 * list's overall deadline above it), and a size cap enforced while the body streams in (a lying
 * Content-Length or an endless body is cut off, not buffered). The same capped reader also bounds what a
 * gzip stream may expand to.
 */
import { SyncError, checkUrl, durationText, sizeText, type SyncCtx } from './list';
import { OverLimit, readCapped } from '../model/capped-read';

export interface Fetched {
  status: number;
  bytes: Uint8Array;
  etag?: string;
}

/** The error for a sync that ran past its overall deadline. */
export const pastDeadline = (ctx: SyncCtx) =>
  new SyncError('deadline', `the sync did not finish within ${durationText(ctx.limits.syncTimeoutMs)}, so it was stopped`);

/** Throws once the list's overall deadline has passed (between steps that make no request). */
export function checkDeadline(ctx: SyncCtx): void {
  if (ctx.deadline.aborted) throw pastDeadline(ctx);
}

export interface FetchOptions {
  headers?: Record<string, string>;
  /** Answer 404, 403 and 410 with `{ status }` instead of an error (a file that may not exist yet). */
  absentOk?: boolean;
}

export async function fetchCapped(ctx: SyncCtx, url: URL, maxBytes: number, what: string, opts: FetchOptions = {}): Promise<Fetched> {
  checkUrl(url.href);
  checkDeadline(ctx);
  const { limits } = ctx;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), limits.timeoutMs);
  const onDeadline = () => ctrl.abort();
  ctx.deadline.addEventListener('abort', onDeadline);
  const timedOut = (during: string) =>
    ctx.deadline.aborted
      ? pastDeadline(ctx)
      : new SyncError('timeout', `${what}: ${during} within ${durationText(limits.timeoutMs)} (${url.href})`);
  try {
    let res: Response;
    try {
      res = await ctx.fetch(url.href, {
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        headers: opts.headers ?? {},
        signal: ctrl.signal,
      });
    } catch (err) {
      if (ctrl.signal.aborted) throw timedOut('no answer');
      throw new SyncError('network', `${what}: the server could not be reached (${url.href}): ${(err as Error).message}`);
    }
    if (res.status === 304) return { status: 304, bytes: new Uint8Array() };
    if (opts.absentOk && (res.status === 404 || res.status === 403 || res.status === 410)) {
      void res.body?.cancel().catch(() => undefined);
      return { status: res.status, bytes: new Uint8Array() };
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      throw new SyncError(
        `http-${res.status}`,
        `${what}: the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} (${url.href})`,
      );
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      throw new SyncError('too-large', `${what} is ${sizeText(declared)}, over the ${sizeText(maxBytes)} limit`);
    }
    let bytes: Uint8Array = new Uint8Array();
    if (res.body) {
      try {
        bytes = await readCapped(res.body, maxBytes);
      } catch (err) {
        if (err instanceof OverLimit) throw new SyncError('too-large', `${what} is over the ${sizeText(maxBytes)} limit`);
        if (ctrl.signal.aborted) throw timedOut('the download did not finish');
        throw new SyncError('network', `${what}: the download broke off (${(err as Error).message})`);
      }
    }
    const etag = res.headers.get('etag') ?? undefined;
    return { status: res.status, bytes, ...(etag ? { etag } : {}) };
  } finally {
    clearTimeout(timer);
    ctx.deadline.removeEventListener('abort', onDeadline);
  }
}
