// R-IT-1: the Electron shell wiring, with the `electron` module replaced by recorders (no Electron
// binary on this machine). Proves: one handler per contract channel with the sender-frame check,
// every non-app request cancelled, permissions refused, navigation/window.open blocked, and the
// app:// handler serving only out/renderer (with CSP) and in-memory print pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { CALL_NAMES } from '../../electron/contract';
import { createDispatcher } from '../../electron/core/dispatch';
import type { HandlerTable } from '../../electron/core/handlers';
import { ManualClock } from '../../electron/vault/clock';
import { tempDir } from './helpers';

type Listener = (...args: unknown[]) => unknown;
const handled = new Map<string, Listener>();
const appEvents = new Map<string, Listener[]>();

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: Listener) => handled.set(channel, fn) },
  app: {
    isPackaged: true,
    enableSandbox: vi.fn(),
    on: (ev: string, fn: Listener) => appEvents.set(ev, [...(appEvents.get(ev) ?? []), fn]),
  },
  protocol: { registerSchemesAsPrivileged: vi.fn() },
  session: {},
}));

const { registerIpc } = await import('../../electron/shell/ipc');
const { handleAppProtocol } = await import('../../electron/shell/protocol');
const { hardenSession, hardenWebContents, installAppSecurity } = await import('../../electron/shell/security');
const { putPrintPage } = await import('../../electron/shell/print-pages');
const { CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY } = await import('../../electron/shell/security-config');

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const wc = {
    on: (ev: string, fn: Listener) => listeners.set(ev, fn),
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    closeDevTools: vi.fn(),
    mainFrame: {} as unknown,
    emit(ev: string, ...args: unknown[]) {
      listeners.get(ev)?.(...args);
    },
    open: (url: string) => openHandler?.({ url }),
  };
  return wc;
}

describe('R-IT-1 IPC registration and sender check', () => {
  const ours = fakeWebContents();
  const calls: { name: string; input: unknown; trusted: boolean; locale?: string }[] = [];
  beforeEach(() => {
    handled.clear();
    calls.length = 0;
    registerIpc(
      async (name, input, meta) => {
        calls.push({ name, input, trusted: meta.trustedSender, locale: meta.locale });
        return { ok: true, value: null };
      },
      () => ours as never,
    );
  });

  test('R-IT-1 exactly one channel per contract call, nothing else', () => {
    expect([...handled.keys()].sort()).toEqual(CALL_NAMES.map((n) => `ar:${n}`).sort());
  });

  test('R-IT-1 only the main frame of our window on app://archive-room/ is trusted', async () => {
    const h = handled.get('ar:vault.status')!;
    const main = { url: 'app://archive-room/index.html' };
    ours.mainFrame = main;
    await h({ sender: ours, senderFrame: main }, { input: {}, locale: 'en' });
    const sub = { url: 'app://archive-room/index.html' };
    await h({ sender: ours, senderFrame: sub }, { input: {}, locale: 'en' });
    const other = fakeWebContents();
    other.mainFrame = { url: 'app://archive-room/index.html' };
    await h({ sender: other, senderFrame: other.mainFrame }, { input: {} });
    const navigated = { url: 'https://example.com/' };
    ours.mainFrame = navigated;
    await h({ sender: ours, senderFrame: navigated }, { input: {} });
    await h({ sender: ours, senderFrame: null }, { input: {} });
    expect(calls.map((c) => c.trusted)).toEqual([true, false, false, false, false]);
    expect(calls[0]).toMatchObject({ name: 'vault.status', input: {}, locale: 'en' });
    expect(calls[2]!.locale).toBe('zh-CN');
  });

  test('R-IT-1 an untrusted sender gets FORBIDDEN_SENDER from the real dispatcher and no handler runs', async () => {
    handled.clear();
    const ran: string[] = [];
    const table = new Proxy({}, { get: (_t, name) => () => ran.push(String(name)) }) as unknown as HandlerTable;
    const ctx = { dir: '/nonexistent', clock: new ManualClock(), printer: {} as never, vault: null, session: null };
    registerIpc(createDispatcher(table, ctx), () => ours as never);
    const sub = { url: 'app://archive-room/index.html' };
    ours.mainFrame = { url: 'app://archive-room/index.html' };
    const r = (await handled.get('ar:vault.status')!({ sender: ours, senderFrame: sub }, { input: {}, locale: 'zh-CN' })) as {
      ok: boolean;
      error?: { code: string; message: string };
    };
    expect(r.ok).toBe(false);
    expect(r.error!.code).toBe('FORBIDDEN_SENDER');
    expect(r.error!.message.length).toBeGreaterThan(0);
    expect(ran).toEqual([]);
    const ok = (await handled.get('ar:vault.status')!({ sender: ours, senderFrame: ours.mainFrame }, { input: {} })) as { ok: boolean };
    expect(ok.ok).toBe(true);
    expect(ran).toEqual(['vault.status']);
  });
});

describe('R-IT-1 session and webContents policy', () => {
  test('R-IT-1 non-app requests are cancelled, permissions refused', () => {
    let onBefore: Listener | undefined;
    let onRequest: Listener | undefined;
    let onCheck: Listener | undefined;
    const s = {
      setPermissionRequestHandler: (fn: Listener) => (onRequest = fn),
      setPermissionCheckHandler: (fn: Listener) => (onCheck = fn),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      webRequest: { onBeforeRequest: (fn: Listener) => (onBefore = fn) },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    hardenSession(s as never);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      onBefore!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://archive-room/index.html')).toBe(false);
    expect(decide('https://example.com/x')).toBe(true);
    expect(decide('http://127.0.0.1:3000/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('ws://localhost/')).toBe(true);
    warn.mockRestore();
    let granted: boolean | undefined;
    onRequest!({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(onCheck!({}, 'clipboard-read')).toBe(false);
    expect(s.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  test('R-IT-1 navigation away, redirects, webviews and window.open are blocked', () => {
    const wc = fakeWebContents();
    hardenWebContents(wc as never);
    const ev = () => ({ preventDefault: vi.fn() });
    const nav = ev();
    wc.emit('will-navigate', nav, 'https://example.com/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const inApp = ev();
    wc.emit('will-navigate', inApp, 'app://archive-room/index.html');
    expect(inApp.preventDefault).not.toHaveBeenCalled();
    const redirect = ev();
    wc.emit('will-redirect', redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const frameNav = { ...ev(), url: 'http://x/' };
    wc.emit('will-frame-navigate', frameNav);
    expect(frameNav.preventDefault).toHaveBeenCalled();
    const webview = ev();
    wc.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(wc.open('app://archive-room/index.html')).toEqual({ action: 'deny' });
    expect(wc.open('https://example.com/')).toEqual({ action: 'deny' });
  });

  test('R-IT-1 app-wide: sandbox for all, every new webContents hardened, certificate errors refused', async () => {
    const { app } = await import('electron');
    installAppSecurity();
    expect(app.enableSandbox).toHaveBeenCalled();
    const wc = fakeWebContents();
    for (const fn of appEvents.get('web-contents-created') ?? []) fn({}, wc);
    expect(wc.open('https://x/')).toEqual({ action: 'deny' });
    const cert = { preventDefault: vi.fn() };
    let trusted: boolean | undefined;
    for (const fn of appEvents.get('certificate-error') ?? []) fn(cert, {}, 'https://x', 'err', {}, (t: boolean) => (trusted = t));
    expect(cert.preventDefault).toHaveBeenCalled();
    expect(trusted).toBe(false);
  });
});

describe('R-IT-1 app:// protocol handler', () => {
  const { dir, cleanup } = tempDir('ar-proto-');
  afterAll(cleanup);
  const root = join(dir, 'out', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(join(dir, 'out', 'secret.txt'), 'SECRET');
  let handler: ((req: Request) => Promise<Response>) | undefined;
  handleAppProtocol({ protocol: { handle: (_s: string, fn: typeof handler) => (handler = fn) } } as never, root);
  const get = (url: string, method = 'GET') => handler!(new Request(url, { method }));

  test('R-IT-1 serves the app with the CSP header and a JavaScript MIME type', async () => {
    const page = await get('app://archive-room/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>x</title>');
    const js = await get('app://archive-room/assets/a.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  test('R-IT-1 traversal, other hosts, non-GET and missing files are 404', async () => {
    for (const url of [
      'app://archive-room/%2e%2e/secret.txt',
      'app://archive-room/..%2fsecret.txt',
      'app://archive-room/assets/..%5c..%5csecret.txt',
      'app://other/index.html',
      'app://archive-room/nope.js',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('SECRET');
    }
    expect((await get('app://archive-room/index.html', 'POST')).status).toBe(404);
  });

  test('R-IT-1 print pages come from memory with a no-script CSP, unknown ids 404', async () => {
    const { url } = putPrintPage('<p>档案 register</p>');
    const r = await get(url);
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('<p>档案 register</p>');
    expect(r.headers.get('content-security-policy')).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect((await get('app://archive-room/__print/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
