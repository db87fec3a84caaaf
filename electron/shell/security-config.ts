// The hardening policy as plain data and pure functions (no `electron` import), so a unit test
// can assert every flag and every URL decision without an Electron binary. security.ts applies
// it to real windows and sessions. R-IT-1: confidential data never crosses a network — the app
// loads only its own files over app://archive-room/ and every other request is cancelled.
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'archive-room';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** Print pages are served from memory under this prefix (see print-pages.ts). */
export const PRINT_PATH_PREFIX = '/__print/';

/** webPreferences for every window we create (the main window adds its preload). */
export function secureWebPreferences(isPackaged: boolean) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Devtools only while developing; a packaged build on the archive-room workstation has none.
    devTools: !isPackaged,
    // Spellcheck would send typed text to a dictionary service / download dictionaries.
    spellcheck: false,
    // Dropping a file on the window must not navigate away from the app.
    navigateOnDragDrop: false,
    safeDialogs: true,
  } as const;
}

/** Hidden print window: same policy, and no script at all (templates are static HTML). */
export function printWebPreferences() {
  return { ...secureWebPreferences(true), javascript: false, images: true } as const;
}

/**
 * The app page's CSP. style-src needs 'unsafe-inline' because antd 6 is CSS-in-JS: it injects
 * <style> elements at runtime (no nonce support through a custom protocol without a server).
 * Inline *styles* cannot run code; scripts stay 'self' only, and nothing may connect anywhere.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self' data:",
  'connect-src': "'none'",
  'frame-src': "'none'",
  'worker-src': "'none'",
  'media-src': "'none'",
  'manifest-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** Print templates: static HTML with inline styles, bundled fonts and data: QR images; no script. */
export const PRINT_CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  ...CSP_DIRECTIVES,
  'script-src': "'none'",
};

export const cspString = (d: Readonly<Record<string, string>>): string =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY = cspString(CSP_DIRECTIVES);

/** Directives a <meta> CSP cannot carry (Chromium ignores them there, with a console warning). */
export const HEADER_ONLY_CSP_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'] as const;
/** The copy in renderer/index.html's <meta>: the header's policy minus the header-only directives
 *  (frame-ancestors is enforced by the app:// response header, see appResponseHeaders). */
export const META_CONTENT_SECURITY_POLICY = cspString(
  Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([k]) => !(HEADER_ONLY_CSP_DIRECTIVES as readonly string[]).includes(k))),
);
export const PRINT_CONTENT_SECURITY_POLICY = cspString(PRINT_CSP_DIRECTIVES);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for a URL of our own app origin (app://archive-room/…). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
}

/** Navigation (will-navigate / will-redirect / will-frame-navigate) is allowed only within the app. */
export const isNavigationAllowed = isAppUrl;

/**
 * webRequest filter: everything not from the app is cancelled (http, https, ws, file, ftp, …).
 * devtools:// is the (unpackaged-only) devtools front end; data: never leaves the process
 * (antd and the QR code in print footers use data: images, which the CSP also permits).
 */
export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  if (!u) return false;
  return u.protocol === 'devtools:' || u.protocol === 'data:';
}

/**
 * IPC sender check: only the top frame of our window, showing our app page, may call the
 * contract. A subframe or a page that somehow navigated elsewhere gets FORBIDDEN_SENDER.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame || !frameUrl) return false;
  const u = parse(frameUrl);
  if (!u || !isAppUrl(frameUrl)) return false;
  // print pages are ours but never talk to main
  return !u.pathname.startsWith(PRINT_PATH_PREFIX);
}

/**
 * Maps an app:// URL path to a file under root, or null when it would escape root
 * (../, encoded %2e%2e, backslashes, NUL, absolute paths). '/' serves index.html.
 */
export function resolveAppPath(urlPath: string, root: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  if (isAbsolute(rel) || /^[a-zA-Z]:/.test(rel)) return null;
  const rootAbs = resolve(root);
  const full = resolve(rootAbs, normalize(rel));
  const back = relative(rootAbs, full);
  if (!back || back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) return null;
  return full;
}

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
};

/** Module scripts from a custom scheme are refused unless served with a JavaScript MIME type. */
export function mimeTypeOf(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  return MIME[ext] ?? 'application/octet-stream';
}

/** Headers on every app:// response. */
export function appResponseHeaders(path: string, csp: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'Content-Type': mimeTypeOf(path),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** Privileges of the app:// scheme (protocol.registerSchemesAsPrivileged). */
export const APP_SCHEME_PRIVILEGES = {
  // standard: a real origin (app://archive-room), relative URLs and localStorage work
  standard: true,
  // secure: treated like https, so the page is a secure context
  secure: true,
  // Vite emits <script type="module" crossorigin>: Chromium loads module scripts through the
  // fetch/CORS pipeline, which custom schemes only get with these two. Page code still cannot
  // fetch anything: CSP connect-src 'none'.
  supportFetchAPI: true,
  corsEnabled: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
  codeCache: false,
} as const;

/** Every permission request (camera, notifications, clipboard-read, geolocation, …) is refused. */
export const permissionDecision = (_permission: string): boolean => false;

/** The vault folder: ARCHIVE_ROOM_VAULT_DIR (tests, portable installs) or <userData>/vault. */
export function vaultDirFor(env: NodeJS.ProcessEnv, userDataPath: string): string {
  const fromEnv = env.ARCHIVE_ROOM_VAULT_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : resolve(userDataPath, 'vault');
}
