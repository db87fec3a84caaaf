// R-IT-1 Electron #8: quitting with a session open signs out exactly once, whether 'before-quit'
// or Windows' 'session-end' (shutdown/log-off, no before-quit) comes first, and the sign-out's
// synchronous work is done before the handler returns.
import { describe, expect, test, vi } from 'vitest';
import type { AppContext } from '../../electron/core/context';
import { sessionCloser } from '../../electron/shell/quit';

function fakeCtx() {
  const close = vi.fn();
  const ctx = { vault: { close } as unknown as AppContext['vault'], session: { userId: 'u1' } as unknown as AppContext['session'] };
  return { ctx, close };
}

describe('R-IT-1 Electron #8 sign-out at quit and session end', () => {
  test('R-IT-1 before-quit then session-end (or both at once): one sign-out, vault closed', async () => {
    const { ctx, close } = fakeCtx();
    const log: string[] = [];
    const closer = sessionCloser(ctx, async () => {
      log.push('signOut');
      ctx.session = null;
    });
    expect(closer.needed()).toBe(true);
    const a = closer.run(); // before-quit
    const b = closer.run(); // session-end
    expect(a).toBe(b);
    await a;
    await closer.run();
    expect(log).toEqual(['signOut']);
    expect(close).toHaveBeenCalledTimes(1);
    expect(ctx.vault).toBeNull();
    expect(closer.needed()).toBe(false);
  });

  test('R-IT-1 session-end: the sign-out has run before run() returns (Windows may end the process next)', () => {
    const { ctx } = fakeCtx();
    const log: string[] = [];
    const closer = sessionCloser(ctx, async () => {
      log.push('audit + checkpoint');
      ctx.session = null;
    });
    void closer.run();
    expect(log).toEqual(['audit + checkpoint']);
    expect(ctx.session).toBeNull();
  });

  test('R-IT-1 a failing sign-out still closes the vault and does not reject', async () => {
    const { ctx, close } = fakeCtx();
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const closer = sessionCloser(ctx, () => {
      throw new Error('disk full');
    });
    await expect(closer.run()).resolves.toBeUndefined();
    expect(close).toHaveBeenCalledTimes(1);
    expect(err).toHaveBeenCalled();
    err.mockRestore();
  });
});
