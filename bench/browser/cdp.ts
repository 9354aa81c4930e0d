/**
 * What the browser benchmark asks of Chromium beyond Playwright's API, through the DevTools protocol:
 * the performance marks in an extension's service worker, stopping that worker (the cold start), and its
 * heap. Playwright keeps its handle on the worker across a stop and restart, so evaluate() reaches the
 * new instance.
 */
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';

export interface Mark {
  /** Milliseconds since the epoch (the worker's timeOrigin + startTime): comparable with Node's clock. */
  epoch: number;
  /** Milliseconds since the worker started (its timeOrigin). */
  startTime: number;
  duration: number;
  detail: unknown;
}

/** Node's clock in the same unit as Mark.epoch (both are high-resolution times since the epoch). */
export const nowEpoch = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Rejects after `ms`: a stopped or stuck worker must not hang the benchmark. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `fn` every `everyMs` until it returns a value. */
export async function poll<T>(fn: () => Promise<T | undefined>, what: string, timeoutMs: number, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await withTimeout(fn(), 15_000, what);
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await sleep(everyMs);
  }
}

export function extensionWorker(context: BrowserContext, extensionId: string): Worker {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error(`no service worker for extension ${extensionId}`);
  return worker;
}

/** The entries named `name` in the worker's performance timeline. */
export function readMarks(worker: Worker, name: string): Promise<Mark[]> {
  return withTimeout(
    worker.evaluate(
      (n) =>
        performance.getEntriesByName(n).map((e) => ({
          epoch: performance.timeOrigin + e.startTime,
          startTime: e.startTime,
          duration: e.duration,
          detail: (e as PerformanceMark).detail ?? null,
        })),
      name,
    ),
    15_000,
    `the service worker's ${name} marks`,
  );
}

/** The extension's service worker as the ServiceWorker domain sees it: its status, and a way to stop it. */
export class WorkerControl {
  private versionId: string | undefined;
  private status = 'unknown';

  private constructor(
    private readonly session: CDPSession,
    private readonly scriptPrefix: string,
  ) {}

  /** Uses a page's session (the ServiceWorker domain exists only on pages; it sees the extension's worker). */
  static async open(context: BrowserContext, extensionId: string): Promise<WorkerControl> {
    const page = await context.newPage();
    const control = new WorkerControl(await context.newCDPSession(page), `chrome-extension://${extensionId}/`);
    control.session.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) {
        if (!v.scriptURL.startsWith(control.scriptPrefix)) continue;
        control.versionId = v.versionId;
        control.status = v.runningStatus;
      }
    });
    await control.session.send('ServiceWorker.enable');
    await poll(async () => control.versionId, 'the service worker version', 30_000);
    return control;
  }

  /** Stops the worker as Chromium does when it is idle; resolves once it has stopped. */
  async stop(): Promise<void> {
    await this.session.send('ServiceWorker.stopWorker', { versionId: this.versionId! });
    await poll(async () => (this.status === 'stopped' ? true : undefined), 'the service worker to stop', 30_000, 20);
  }

  get stopped(): boolean {
    return this.status === 'stopped';
  }

  /** Resolves once the worker runs again (woken by an event). */
  running(): Promise<true> {
    return poll(async () => (this.status === 'running' ? true : undefined), 'the service worker to restart', 60_000, 20);
  }
}

/**
 * The worker's JavaScript heap in use after a full garbage collection (what it keeps, not what it has
 * not yet collected). Attaches its own non-flattened session: Playwright's flattened one is not exposed.
 */
export async function workerHeapBytes(context: BrowserContext, extensionId: string): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the DevTools protocol');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!target) throw new Error('the service worker is not running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let nextId = 1;
    const replies = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (m.id !== undefined) replies.get(m.id)?.(m);
    });
    const call = async <T>(method: string): Promise<T> => {
      const id = nextId++;
      const reply = new Promise<{ result?: unknown; error?: { message: string } }>((ok) => replies.set(id, ok));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      const m = await withTimeout(reply, 30_000, method);
      if (m.error) throw new Error(`${method}: ${m.error.message}`);
      return m.result as T;
    };
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call<{ usedSize: number }>('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
