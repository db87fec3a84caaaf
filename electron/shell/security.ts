// Applies security-config.ts to the running app: every session denies permissions and cancels
// non-app requests; every webContents (main window, hidden print window, anything else) refuses
// navigation away from the app, new windows, <webview> and remote certificates.
import { app, session as electronSession, type Session, type WebContents } from 'electron';
import { isNavigationAllowed, isRequestAllowed, permissionDecision, secureWebPreferences } from './security-config';

const hardenedSessions = new WeakSet<Session>();

export function hardenSession(s: Session): void {
  if (hardenedSessions.has(s)) return;
  hardenedSessions.add(s);
  s.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  s.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  s.setDevicePermissionHandler(() => false);
  s.setDisplayMediaRequestHandler((_req, callback) => callback({}));
  // R-IT-1: nothing but our own origin is ever fetched.
  s.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url);
    if (!allowed) console.warn(`[security] blocked request ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  s.setSpellCheckerEnabled(false);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (app.isPackaged) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/** Call once, before 'ready' (enableSandbox) — the rest hooks app events. */
export function installAppSecurity(): void {
  // Sandbox every renderer, including ones we did not create ourselves.
  app.enableSandbox();
  app.on('session-created', hardenSession);
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents));
  app.on('certificate-error', (event, _wc, _url, _err, _cert, callback) => {
    event.preventDefault();
    callback(false);
  });
  app.on('select-client-certificate', (event, _wc, _url, _list, callback) => {
    event.preventDefault();
    callback();
  });
  app.on('login', (event, _wc, _details, _auth, callback) => {
    event.preventDefault();
    callback();
  });
}

/** The default session exists only after 'ready'. */
export function hardenDefaultSession(): Session {
  const s = electronSession.defaultSession;
  hardenSession(s);
  return s;
}

export { secureWebPreferences };
