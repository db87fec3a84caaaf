// The verification report is read on screen, so its problems follow the caller's UI language.
import { afterEach, expect, test } from 'vitest';
import { acknowledgeRules } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { createDispatcher } from '../../electron/core/dispatch';
import { buildHandlerTable } from '../../electron/domains';
import type { VerifyReport } from '../../electron/contract/types';
import { tempDir } from './helpers';
import { openAsAttacker, populatedVault, PW, withoutTriggers } from './audit-fixture';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('R-IT-1 audit.verify reports problems in the caller’s language (en and zh-CN)', async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const { ctx, recoveryCode } = await populatedVault(t.dir);
  ctx.vault?.close();
  ctx.vault = null;
  ctx.session = null;
  const attacker = await openAsAttacker(t.dir, recoveryCode);
  withoutTriggers(attacker.db, () => attacker.db.prepare(`UPDATE audit_entry SET detail_json = '{"x":1}' WHERE seq = 3`).run());
  attacker.close();

  await signIn(ctx, 'auditor', PW.auditor);
  acknowledgeRules(ctx);
  const dispatch = createDispatcher(buildHandlerTable(), ctx);
  const problemsIn = async (locale: 'en' | 'zh-CN') => {
    const r = await dispatch('audit.verify', {}, { trustedSender: true, locale });
    if (!r.ok) throw new Error(r.error.message);
    const report = r.value as VerifyReport;
    expect(report.ok).toBe(false);
    return report.checks.find((c) => c.name === 'chain')!.problems.join('\n');
  };
  const en = await problemsIn('en');
  const zh = await problemsIn('zh-CN');
  expect(en).toMatch(/[A-Za-z]{4,}/);
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  (ctx.vault as { close(): void } | null)?.close(); // signIn reopened it (TS still sees the null above)
});
