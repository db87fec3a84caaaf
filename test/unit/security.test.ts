// R-IT-1 hardening: the pure policy the shell applies. Each assertion pins one flag/decision,
// so flipping any of them in security-config.ts fails a test.
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  isNavigationAllowed,
  isRequestAllowed,
  isTrustedSender,
  mimeTypeOf,
  permissionDecision,
  printWebPreferences,
  PRINT_CONTENT_SECURITY_POLICY,
  resolveAppPath,
  secureWebPreferences,
  vaultDirFor,
} from '../../electron/shell/security-config';

describe('R-IT-1 window hardening', () => {
  test('R-IT-1 webPreferences: isolation, sandbox, no node, no webview, web security, no devtools when packaged', () => {
    expect(secureWebPreferences(true)).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      devTools: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
    expect(secureWebPreferences(false).devTools).toBe(true);
  });

  test('R-IT-1 the hidden print window has the same policy and no JavaScript', () => {
    const p = printWebPreferences();
    expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false, javascript: false });
    expect(p).not.toHaveProperty('preload');
  });

  test('R-IT-1 app:// scheme privileges: standard + secure, no CSP bypass, no service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false });
  });

  test('R-IT-1 every permission request is denied', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      expect(permissionDecision(p)).toBe(false);
    }
  });
});

describe('R-IT-1 content security policy', () => {
  test('R-IT-1 CSP: nothing by default, scripts only from the app, no connections, frames, objects or forms', () => {
    expect(CSP_DIRECTIVES).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self' data:",
      'connect-src': "'none'",
      'frame-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:|ws:/);
    expect(CONTENT_SECURITY_POLICY.match(/script-src ([^;]*)/)![1]).toBe("'self'");
  });

  test('R-IT-1 print pages may not run any script', () => {
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });

  test('R-IT-1 every app response carries the CSP, nosniff and a real MIME type', () => {
    const h = appResponseHeaders('/x/assets/index-1.js');
    expect(h['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Content-Type']).toMatch(/^text\/javascript/);
    expect(mimeTypeOf('a.html')).toMatch(/^text\/html/);
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.exe')).toBe('application/octet-stream');
  });
});

describe('R-IT-1 request filter, navigation and sender check', () => {
  test('R-IT-1 only app://archive-room/ (and devtools/data) requests pass; http, https, ws, file, ftp are cancelled', () => {
    expect(isRequestAllowed('app://archive-room/index.html')).toBe(true);
    expect(isRequestAllowed('app://archive-room/assets/a.js')).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA')).toBe(true);
    for (const bad of [
      'http://127.0.0.1:8080/',
      'https://example.com/',
      'ws://localhost:1/',
      'wss://example.com/',
      'file:///etc/passwd',
      'ftp://example.com/',
      'app://other-host/index.html',
      'app://user:pw@archive-room/',
      'blob:app://archive-room/123',
      'chrome://settings',
      'not a url',
    ]) {
      expect(isRequestAllowed(bad), bad).toBe(false);
    }
  });

  test('R-IT-1 navigation stays inside the app', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///tmp/x.html')).toBe(false);
    expect(isNavigationAllowed('app://evil/index.html')).toBe(false);
  });

  test('R-IT-1 IPC is accepted only from the main frame showing the app page', () => {
    expect(isTrustedSender('app://archive-room/index.html', true)).toBe(true);
    expect(isTrustedSender('app://archive-room/index.html#/users', true)).toBe(true);
    expect(isTrustedSender('app://archive-room/index.html', false)).toBe(false); // subframe
    expect(isTrustedSender('https://example.com/', true)).toBe(false);
    expect(isTrustedSender('file:///work/out/renderer/index.html', true)).toBe(false);
    expect(isTrustedSender('app://archive-room.evil/', true)).toBe(false);
    expect(isTrustedSender('app://archive-room/__print/abc', true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
  });
});

describe('R-IT-1 app:// path resolution', () => {
  const root = resolve('/srv/app/out/renderer');
  test('R-IT-1 app paths map inside out/renderer', () => {
    expect(resolveAppPath('/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('/assets/index-1.js', root)).toBe(join(root, 'assets', 'index-1.js'));
    expect(resolveAppPath('/assets/%E6%A1%A3.png', root)).toBe(join(root, 'assets', '档.png'));
    expect(resolveAppPath('/assets/../index.html', root)).toBe(join(root, 'index.html'));
  });

  test('R-IT-1 traversal out of out/renderer is refused', () => {
    for (const bad of [
      '/../main/main.js',
      '/../../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/..%5c..%5csecret',
      '/..\\..\\secret',
      '/%00index.html',
      '/%E0%A4%A', // malformed escape
      '//etc/passwd/../../../..',
    ]) {
      // every one of them is refused outright (not "resolved to somewhere inside")
      expect(resolveAppPath(bad, root), bad).toBeNull();
    }
  });
});

describe('R-IT-1 vault folder', () => {
  test('R-IT-1 ARCHIVE_ROOM_VAULT_DIR overrides <userData>/vault', () => {
    expect(vaultDirFor({}, '/home/u/.config/Archive Room')).toBe(resolve('/home/u/.config/Archive Room/vault'));
    expect(vaultDirFor({ ARCHIVE_ROOM_VAULT_DIR: '/tmp/v1' }, '/x')).toBe(resolve('/tmp/v1'));
  });
});
