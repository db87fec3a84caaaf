// @vitest-environment jsdom
// R-IT-1 Electron #3: main answers in the UI language the preload reads from <html lang>. The
// renderer sets <html lang> from the stored locale at start (not only at a switch), and the e2e
// bridge's window.api reads the locale exactly as the preload does (<html lang> per call, mapped
// by the preload's own localeOf), never from localStorage.
import { describe, expect, test, vi } from 'vitest';
import { defineWindowApi } from '../e2e/bridge/server';
import { localeOf } from '../../electron/shell/ipc-payload';

describe('R-IT-1 Electron #3 locale wiring', () => {
  test('R-IT-1 renderer i18n start: stored English → <html lang="en"> before any call', async () => {
    document.documentElement.lang = 'zh-CN'; // renderer/index.html
    localStorage.setItem('ar.locale', 'en');
    vi.resetModules();
    const { i18n } = await import('../../renderer/i18n');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.language).toBe('en');
    localStorage.removeItem('ar.locale');
  });

  test('R-IT-1 e2e bridge window.api sends <html lang> per call, not localStorage', async () => {
    const sent: (string | null)[] = [];
    const fetchMock = vi.fn(async (_url: string, init: { headers: Record<string, string> }) => {
      sent.push(init.headers['x-ar-lang'] ?? null);
      return { json: async () => ({ ok: true, value: null }) };
    });
    vi.stubGlobal('fetch', fetchMock);
    const w = globalThis as unknown as { api?: unknown };
    delete w.api;
    defineWindowApi(['vault.status']);
    const api = w.api as { vault: { status: () => Promise<unknown> } };
    localStorage.setItem('ar.locale', 'zh-CN');
    document.documentElement.lang = 'en';
    await api.vault.status();
    localStorage.setItem('ar.locale', 'en');
    document.documentElement.lang = 'zh-CN';
    await api.vault.status();
    expect(sent).toEqual(['en', 'zh-CN']);
    expect(sent.map(localeOf)).toEqual(['en', 'zh-CN']);
    vi.unstubAllGlobals();
  });
});
