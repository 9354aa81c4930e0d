/**
 * A real HTTP server on 127.0.0.1 that serves published list folders, with switches for the faults the
 * sync tests need: an error status, no answer, a body that trickles, a cut-off body, an HTML page.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'slow'; bytesPerTick: number; tickMs: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'html' }
  | { kind: 'body'; body: Buffer | string };

export interface ListServer {
  url: string;
  /** Folder served under /<name>/. */
  mount(name: string, dir: string): void;
  /** A fault for request paths ending with `suffix` (until cleared). */
  fault(suffix: string, fault: Fault): void;
  clearFaults(): void;
  requests: string[];
  close(): Promise<void>;
}

export async function startListServer(): Promise<ListServer> {
  const mounts = new Map<string, string>();
  const faults = new Map<string, Fault>();
  const requests: string[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(path);
    // The CORS header any static host must send for the extension to read the list.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', 'etag');
    if (req.method === 'OPTIONS') {
      // The preflight for If-None-Match, a header outside CORS's safe list.
      res.writeHead(204, {
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': 'if-none-match',
        'access-control-max-age': '600',
      });
      return void res.end();
    }
    const fault = [...faults.entries()].find(([suffix]) => path.endsWith(suffix))?.[1];
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') return void res.writeHead(fault.status).end('error');
    if (fault?.kind === 'html')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><h1>Welcome to our CDN</h1>');
    if (fault?.kind === 'body') return void res.writeHead(200).end(fault.body);
    const [, name, ...rest] = path.split('/');
    const root = mounts.get(name ?? '');
    const file = root ? normalize(join(root, ...rest)) : '';
    if (!root || !file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      return void res.writeHead(404).end('not found');
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    if (fault?.kind === 'truncate') {
      const cut = body.subarray(0, fault.keep);
      return void res.writeHead(200, { 'content-length': cut.length }).end(cut);
    }
    if (fault?.kind === 'slow') {
      res.writeHead(200, { 'content-length': body.length, etag });
      let at = 0;
      const tick = setInterval(() => {
        if (res.destroyed || at >= body.length) {
          clearInterval(tick);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(body.subarray(at, at + fault.bytesPerTick));
        at += fault.bytesPerTick;
      }, fault.tickMs);
      return;
    }
    res.writeHead(200, {
      'content-length': body.length,
      etag,
      'content-type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream',
    });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    mount: (name, dir) => mounts.set(name, normalize(dir)),
    fault: (suffix, f) => faults.set(suffix, f),
    clearFaults: () => faults.clear(),
    requests,
    close: () =>
      new Promise<void>((ok) => {
        for (const r of open) r.destroy();
        server.close(() => ok());
      }),
  };
}
