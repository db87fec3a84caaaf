// R-IT-1: the preload exposes window.api — named, domain-grouped methods derived from the
// contract — and never ipcRenderer itself; each method invokes exactly its own channel.
import { describe, expect, test, vi } from 'vitest';
import { CALL_NAMES } from '../../electron/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const ipcRenderer = { invoke, send: vi.fn(), on: vi.fn() };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer,
}));

await import('../../electron/preload');

describe('R-IT-1 preload surface', () => {
  test('R-IT-1 exposes only "api", a frozen tree of the contract methods', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, Record<string, unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    const methods = Object.entries(api).flatMap(([g, ms]) => Object.keys(ms).map((m) => `${g}.${m}`));
    expect(methods.sort()).toEqual([...CALL_NAMES].sort());
    for (const group of Object.values(api)) for (const fn of Object.values(group)) expect(typeof fn).toBe('function');
    // nothing that looks like a raw transport
    const flat = JSON.stringify(Object.keys(api));
    expect(flat).not.toMatch(/ipc|invoke|send|require/i);
    expect(Object.values(api).includes(ipcRenderer as never)).toBe(false);
  });

  test('R-IT-1 a method invokes only its own channel with input + locale (zh-CN default)', async () => {
    const api = exposed.get('api') as { auth: { signIn: (i: unknown) => Promise<unknown> }; vault: { status: () => Promise<unknown> } };
    await api.auth.signIn({ login: 'zhang', password: 'x' });
    expect(invoke).toHaveBeenLastCalledWith('ar:auth.signIn', { input: { login: 'zhang', password: 'x' }, locale: 'zh-CN' });
    await api.vault.status();
    expect(invoke).toHaveBeenLastCalledWith('ar:vault.status', { input: {}, locale: 'zh-CN' });
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });

  test('R-IT-1 the UI language follows <html lang>', async () => {
    (globalThis as { document?: unknown }).document = { documentElement: { lang: 'en' } };
    try {
      const api = exposed.get('api') as { vault: { status: () => Promise<unknown> } };
      await api.vault.status();
      expect(invoke).toHaveBeenLastCalledWith('ar:vault.status', { input: {}, locale: 'en' });
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
  });
});
