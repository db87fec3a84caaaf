// R-SEC-1: the acknowledgement of the confidentiality rules names which rules version was
// acknowledged (the version of the policy value 'rules.text' in force), in Chinese and English.
import { afterEach, describe, expect, test } from 'vitest';
import type { AuditPage } from '../../electron/contract/types';
import { ok, vaultWith } from './kit';
import { changePolicy, POLICY_USERS } from './policy-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const USERS = [
  ...POLICY_USERS,
  { login: 'op', roles: ['operator' as const], name: '王专员' },
  { login: 'csm', roles: ['csManager' as const], name: '张经理' },
  { login: 'aud', roles: ['auditor' as const], name: '李审计' },
];

describe('R-SEC-1 rules acknowledgement names its version', () => {
  test('R-SEC-1 R-GOV-1 the audit entry records the rules version acknowledged (version 1 before any revision, 2 after one)', async () => {
    const v = await vaultWith(USERS, { as: 'op' }); // acknowledged the shipped rules
    cleanup = v.cleanup;
    const text = { zhCN: ['一、不得泄露客户信息。'], en: ['1. Never disclose customer information.'] };
    // in force today: op's sign-in back applies it, op is asked again and acknowledges again
    await changePolicy(v, 'rules.text', text, { proposer: 'csm', back: 'op' });
    expect(ok(await v.call('auth.rulesText'))).toEqual(text);

    const acks = () =>
      v.ctx
        .vault!.db.prepare(`SELECT detail_json FROM audit_entry WHERE action = 'auth.acknowledgeRules' AND actor_name = '王专员' ORDER BY seq`)
        .pluck()
        .all()
        .map((j) => JSON.parse(j as string) as { rulesVersion: number });
    expect(acks().map((d) => d.rulesVersion)).toEqual([1, 2]);

    await v.as('aud');
    for (const [locale, words] of [
      ['zh-CN', ['已阅读并确认保密规定（第 1 版）', '已阅读并确认保密规定（第 2 版）']],
      ['en', ['read and acknowledged the confidentiality rules (version 1)', 'read and acknowledged the confidentiality rules (version 2)']],
    ] as const) {
      const page = (await v.dispatch('audit.list', { filter: {}, offset: 0, limit: 1000 }, { trustedSender: true, locale })) as { ok: true; value: AuditPage };
      const mine = page.value.rows.filter((e) => e.action === 'auth.acknowledgeRules' && e.actorName === '王专员').sort((x, y) => x.seq - y.seq);
      expect(mine).toHaveLength(2);
      words.forEach((w, i) => expect(mine[i]!.detailText).toContain(w));
    }
  });
});
