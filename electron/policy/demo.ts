// The policy domain's part of the demo vault (R-GOV-1): two changes the security officer 周强
// proposed and the GM 陈静 approved at the machine — the idle lock 10 → 15 minutes, in force
// since ten days ago, and the loan period 3 → 2 working days, approved yesterday and applying
// next week (the policy page shows it scheduled; loans issued meanwhile keep the 3-day rule).
import { signRequest } from '../approvals';
import type { DemoSeedContext } from '../core/domain';
import { policyValue } from '../settings/policyValues';
import type { Clock } from '../vault/clock';
import { localDay, proposePolicy, upkeep } from './versions';

const DAY = 86_400_000;
const shifted = (clock: Clock, days: number): Clock => ({ now: () => new Date(clock.now().getTime() + days * DAY) });

export function seedPolicyDemo({ asUser, users }: DemoSeedContext): void {
  if (!users.zhouqiang || !users.chenjing) return;
  asUser('zhouqiang', async (ctx, password) => {
    const vault = ctx.vault!;
    const actor = { id: users.zhouqiang!, name: '周强', roles: ['securityOfficer' as const] };
    const change = async (key: string, value: unknown, reason: string, proposedDay: number, approvedDay: number, effectiveDay: number) => {
      const row = proposePolicy(vault, shifted(ctx.clock, proposedDay), actor, {
        key,
        value,
        reason,
        effectiveFrom: localDay(shifted(ctx.clock, effectiveDay).now()),
      });
      await signRequest(ctx, shifted(ctx.clock, approvedDay), {
        requestId: row.requestId!,
        meaning: 'approved',
        reason: null,
        signerLogin: 'chenjing',
        signerPassword: password('chenjing'),
      });
    };
    await change('idleLockMinutes', 15, '库房值守时段调整，闲置锁定由 10 分钟放宽为 15 分钟（经保密工作会议讨论）', -12, -11, -10);
    await change('loans.policy', { ...policyValue<object>(vault.db, 'loans.policy'), days: 2 }, '按保密检查整改意见，借阅期限缩短为 2 个工作日', -2, -1, 7);
    upkeep(vault, ctx.clock);
  });
}
