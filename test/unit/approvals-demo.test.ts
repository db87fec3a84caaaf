// R-GOV-1 the demo vault holds requests in every state: the consumer domains seed their typed
// requests (approved, waiting), the engine adds a draft, a withdrawn, an expired and a rejected
// one (signed at the machine by 李明 with a reason); every step signature verifies, the trail too.
import { afterEach, expect, test } from 'vitest';
import { verifyOpenVault } from '../../electron/audit/verify';
import { createDemoVault } from '../../electron/demo';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { makeCtx } from './auth-helpers';
import { tempDir } from './helpers';
import { clientFor, ok } from './kit';

let cleanup = () => {};
afterEach(() => cleanup());

test('R-GOV-1 the demo vault has requests in every state, each signature verifying', async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const clock = new ManualClock();
  await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
  const ctx = makeCtx(t.dir, clock);
  await signIn(ctx, 'zhangwei', 'Demo-2026-zhangwei');
  const { call } = clientFor(ctx, 'zh-CN');
  const all = ok(await call('approvals.list', {}));
  expect(new Set(all.map((r) => r.status))).toEqual(new Set(['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'expired']));
  // the engine's own rejected request (a consumer may seed rejections of its own too)
  const rejected = await Promise.all(all.filter((r) => r.status === 'rejected').map(async (r) => ok(await call('approvals.get', { id: r.id }))));
  const full = rejected.find((r) => r.decisionReason === '介绍信未载明查阅范围，请补充后重新申请')!;
  expect(full).toBeDefined();
  expect(full.chain[0]!.signature).toMatchObject({ signerName: '李明', meaning: 'rejected', valid: true });
  expect(full.applicant).toMatchObject({ kind: 'outsider', idDocIssuer: '上海市锦天城律师事务所' });
  for (const r of all) expect(ok(await call('approvals.get', { id: r.id })).verified, r.no).toBe(true);
  expect(verifyOpenVault(ctx.vault!, { clock }).checks.filter((c) => !c.ok)).toEqual([]);
}, 180_000);
