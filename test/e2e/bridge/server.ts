// The loopback bridge (tests only): serves the built renderer (out/web) and forwards
// POST /api/<call> to the SAME dispatcher the Electron main process uses
// (createDispatcher(buildHandlerTable(), ctx)), over a real encrypted vault in a temp folder.
// The sender check maps to "the request's Origin is this bridge's own origin".
// npm run preview (scripts/preview.ts) runs this same bridge with `preview`: it then serves the
// init script itself (a real browser window has no addInitScript) and, with `secret`, answers
// 403 to every /api call that does not carry the per-launch secret.
import { timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AppContext, Printer } from '../../../electron/core/context';
import type { MessageLocale } from '../../../electron/contract/messages';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatch';
import { localeOf } from '../../../electron/shell/ipc-payload';
import { buildHandlerTable } from '../../../electron/domains';
import { systemClock, type Clock } from '../../../electron/vault/clock';
import type { KdfSpec } from '../../../electron/vault/kdf';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const MAX_BODY = 4 * 1024 * 1024;

export interface BridgeOptions {
  dir: string;
  webRoot: string;
  printer: Printer;
  clock?: Clock;
  kdfParams?: KdfSpec['params'];
  /** per-launch secret: every /api call must send it (header x-ar-token), else 403 */
  secret?: string;
  /** serve the init script (window.api + window.__AR_PREVIEW__) from the bridge, for a plain browser window */
  preview?: { callNames: string[] };
}

/** The preview's init script URL (same origin, so the page's CSP script-src 'self' admits it). */
export const PREVIEW_INIT_PATH = '/__ar-preview-init.js';

/** true when the request carries the bridge's secret (or no secret is configured: the e2e rig). */
export function hasSecret(secret: string | undefined, sent: string | string[] | undefined): boolean {
  if (secret === undefined) return true;
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The preview's init script: defineWindowApi run as a classic script before the app's module. */
export function previewInitScript(callNames: string[]): string {
  // tsx (esbuild keepNames) may wrap functions in __name(); the script runs outside that module
  return `var __name = (f) => f;\n(${defineWindowApi.toString()})(${JSON.stringify(callNames)}, { preview: true });\n`;
}

export interface Bridge {
  origin: string;
  ctx: AppContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((res, rej) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        rej(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => res(Buffer.concat(chunks).toString('utf8')));
    req.on('error', rej);
  });
}

function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const rel = normalize(decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath)).replace(/^([/\\])+/, '');
  const file = resolve(root, rel);
  if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const webRoot = resolve(opts.webRoot);
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`${webRoot}/index.html missing: run npm run build:web first`);
  const ctx: AppContext = {
    dir: opts.dir,
    clock: opts.clock ?? systemClock,
    kdfParams: opts.kdfParams,
    printer: opts.printer,
    vault: null,
    session: null,
  };
  const dispatch = createDispatcher(buildHandlerTable(), ctx);
  let origin = '';
  const preview = opts.preview && {
    init: previewInitScript(opts.preview.callNames),
    // a classic script in <head> runs before the deferred module script of the app
    html: readFileSync(join(webRoot, 'index.html'), 'utf8').replace('</title>', `</title>\n    <script src=".${PREVIEW_INIT_PATH}"></script>`),
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      if (!hasSecret(opts.secret, req.headers['x-ar-token'])) {
        req.resume();
        res.writeHead(403).end();
        return;
      }
      const name = url.pathname.slice('/api/'.length);
      // the page sends <html lang> as the preload does; localeOf is the preload's own mapping
      const locale: MessageLocale = localeOf(req.headers['x-ar-lang']);
      readBody(req)
        .then(async (body) => {
          let raw: unknown;
          try {
            raw = JSON.parse(body);
          } catch {
            raw = undefined; // the dispatcher answers BAD_INPUT
          }
          const result = await dispatch(name, raw, { trustedSender: req.headers.origin === origin, locale });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
        })
        .catch(() => res.writeHead(413).end());
      return;
    }
    if (req.method === 'GET' && preview && url.pathname === PREVIEW_INIT_PATH) {
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(preview.init);
      return;
    }
    if (req.method === 'GET' && preview && (url.pathname === '/' || url.pathname === '/index.html')) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(preview.html);
      return;
    }
    if (req.method === 'GET') return serveStatic(webRoot, url.pathname, res);
    res.writeHead(405).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    ctx,
    dispatch,
    close: async () => {
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections(); // keep-alive sockets from the page would hold close() open
      await closed;
      if (ctx.vault?.isOpen) ctx.vault.close();
    },
  };
}

/**
 * Runs in the page before any app script (page.addInitScript): defines window.api over fetch,
 * built from the contract's call names exactly like buildApi() in electron/contract/api.ts.
 * Self-contained (no imports) because Playwright serialises it into the page.
 */
export function defineWindowApi(callNames: string[], opts?: { preview?: boolean }): void {
  // preview: the per-launch secret comes in the URL fragment (#ar=<secret>), never from the server
  const token = opts?.preview ? (/(?:^#|&)ar=([^&]+)/.exec(location.hash)?.[1] ?? '') : '';
  const invoke = async (name: string, input: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-ar-lang': document.documentElement?.lang ?? '' };
    if (token) headers['x-ar-token'] = token;
    const r = await fetch(`/api/${name}`, {
      method: 'POST',
      // exactly what electron/preload.ts reads: <html lang>, per call (never localStorage)
      headers,
      body: JSON.stringify(input),
    });
    return r.json();
  };
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of callNames) {
    const [group, method] = name.split('.') as [string, string];
    api[group] ??= {};
    api[group][method] = (input?: unknown) => invoke(name, input ?? {});
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  if (opts?.preview) Object.defineProperty(window, '__AR_PREVIEW__', { value: true, writable: false, configurable: false });
}
