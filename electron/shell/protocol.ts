// app://archive-room/ — the only origin the app ever loads. Files come from out/renderer (inside
// app.asar when packaged); print pages come from memory. Every response carries the CSP header.
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { printPageFor } from './print-pages';
import {
  APP_HOST,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  PRINT_CONTENT_SECURITY_POLICY,
  PRINT_PATH_PREFIX,
  resolveAppPath,
} from './security-config';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

const notFound = () => new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

export function handleAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    if (url.pathname.startsWith(PRINT_PATH_PREFIX)) {
      const html = printPageFor(url.pathname);
      return html === undefined ? notFound() : new Response(html, { status: 200, headers: appResponseHeaders('page.html', PRINT_CONTENT_SECURITY_POLICY) });
    }
    const file = resolveAppPath(url.pathname, rendererRoot);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: appResponseHeaders(file) });
    } catch {
      return notFound();
    }
  });
}
