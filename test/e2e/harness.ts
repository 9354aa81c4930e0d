/**
 * End-to-end harness: the built extension in Debian's Chromium (headless), and a local HTTPS server that
 * every host name resolves to. Because every name points at this server, any request the extension made
 * would land here and be logged: the tests use that log to prove what (nothing) leaves the browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';

// Code passed to worker.evaluate() runs in the extension's service worker, where `chrome` is global.
declare const chrome: typeof Browser;

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return path;
}

export interface LoggedRequest {
  host: string;
  url: string;
  method: string;
}

export interface TestSite {
  port: number;
  requests: LoggedRequest[];
  /** Extra routes: path → handler. */
  routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>;
  close(): Promise<void>;
}

/** A self-signed certificate, made fresh for each run (no key material is committed). */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'tieline-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=tieline-test',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/**
 * Chromium's own services (component updates, sign-in checks). They run with or without our extension
 * and are not caused by it; everything else that reaches the server must be a page the test opened.
 */
export const BROWSER_SERVICE_HOSTS = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;

/** Serves a small page for any host; tries port 443 first so URLs look exactly as users see them. */
export async function startTestSite(): Promise<TestSite> {
  const requests: LoggedRequest[] = [];
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push({ host, url: req.url ?? '/', method: req.method ?? 'GET' });
    const route = routes.get(req.url?.split('?')[0] ?? '/');
    if (route) return route(req, res);
    if (req.url === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>${host}</title><h1>${host}</h1><a id="spa" href="#">next</a>
<script>document.getElementById('spa').onclick=(e)=>{e.preventDefault();history.pushState({}, '', '/app/next');};</script>`);
  });
  const listen = (port: number) =>
    new Promise<number>((ok, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', fail);
        ok((server.address() as AddressInfo).port);
      });
    });
  let port: number;
  try {
    port = await listen(443);
  } catch {
    port = await listen(0);
  }
  return { port, requests, routes, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

export function siteUrl(site: TestSite, host: string, path = '/'): string {
  return `https://${host}${site.port === 443 ? '' : `:${site.port}`}${path}`;
}

export interface Launched {
  context: BrowserContext;
  /** Every request made from the extension's own contexts (service worker, popup and other pages). */
  extensionRequests: { url: string; from: string }[];
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension and waits until its service worker listens. `args` adds
 * command-line switches (e.g. `--lang=es` for the browser's language); `prefs` is written as the profile's
 * Preferences before the browser starts (e.g. `{ webkit: { webprefs: { default_font_size: 24 } } }`, the
 * font size a user sets in the browser's settings).
 */
export async function launchWithExtension(
  dir = EXTENSION_DIR,
  opts: { args?: string[]; prefs?: Record<string, unknown> } = {},
): Promise<Launched> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} has no manifest.json: run \`npm run build\` first`);
  // Lets Playwright report the service worker's own requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  let profile = '';
  if (opts.prefs) {
    profile = mkdtempSync(join(tmpdir(), 'tieline-profile-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(opts.prefs));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      // Every name resolves to the local test server; nothing reaches the real sites.
      '--host-resolver-rules=MAP * 127.0.0.1',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(opts.args ?? []),
    ],
  });
  const extensionRequests: Launched['extensionRequests'] = [];
  context.on('request', (r) => {
    let from = r.serviceWorker()?.url() ?? '';
    if (!from) {
      try {
        from = r.frame().url();
      } catch {
        from = '(unknown)';
      }
    }
    if (from.startsWith('chrome-extension://')) extensionRequests.push({ url: r.url(), from });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  // Listeners are registered in main(); wait until they are, or the first navigation may go unseen.
  await waitFor(() => worker.evaluate(() => chrome.tabs.onUpdated.hasListeners()), 'service worker listeners');
  return { context, worker, extensionId, extensionRequests, close: () => context.close() };
}

export async function waitFor<T>(fn: () => Promise<T | undefined | false | null>, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The badge text the toolbar shows for the tab whose URL starts with `prefix`. */
export async function badgeFor(worker: Worker, prefix: string): Promise<{ tabId: number; text: string; title: string }> {
  return worker.evaluate(async (p) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(p));
    if (!tab?.id) throw new Error(`no tab at ${p}; tabs: ${tabs.map((t) => t.url).join(', ')}`);
    return {
      tabId: tab.id,
      text: await chrome.action.getBadgeText({ tabId: tab.id }),
      title: await chrome.action.getTitle({ tabId: tab.id }),
    };
  }, prefix);
}

/** Waits until the tab whose URL starts with `prefix` shows a badge, and returns it. */
export function badgeShown(worker: Worker, prefix: string, what: string, timeoutMs?: number) {
  return waitFor(
    async () => {
      const b = await badgeFor(worker, prefix);
      return b.text ? b : undefined;
    },
    what,
    timeoutMs,
  );
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
declare const axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
let axeSource: string | undefined;

/**
 * Runs axe-core in the page: every WCAG 2.1 A/AA rule and the best practices (`page-has-heading-one`
 * included). Evaluated through the DevTools protocol, which extension pages' CSP allows (a <script> tag
 * would be refused). Returns the violations, one line per element named.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const { violations } = await page.evaluate(() =>
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)}`));
}
