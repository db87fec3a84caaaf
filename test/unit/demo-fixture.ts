// The demo vault for a domain's demo test: created in a temp dir (removed after the test) on a
// ManualClock, with one demo user signed in, and a typed client over the real dispatcher.
import { onTestFinished } from 'vitest';
import { createDemoVault } from '../../electron/demo';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { testCtx } from './audit-fixture';
import { tempDir } from './helpers';
import { clientFor } from './kit';

/** The demo vault signed in as `login` (default the demo's information specialist 王建国). */
export async function demoSignedIn(login = 'wangjg') {
  const t = tempDir();
  onTestFinished(t.cleanup);
  const clock = new ManualClock();
  const { signIns } = await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
  const ctx = testCtx(t.dir, clock);
  const user = signIns.find((s) => s.login === login)!;
  await signIn(ctx, user.login, user.password);
  return { ...clientFor(ctx, 'zh-CN'), ctx, clock, signIns, dir: t.dir };
}
