// The approval engine's part of the demo vault, and the helpers the consumer domains (access,
// loans, copies) seed their own typed requests with: demoRequest records (and submits) one,
// signDemoStep signs the waiting step at the machine as a demo person. The engine itself adds
// the states the consumers' seeds do not reach — a draft, a withdrawn, an expired and a rejected
// request — of the first registered type whose details need nothing (access, if loaded); with no
// such type it seeds nothing.
import type { AppContext } from '../core/context';
import type { DemoSeedContext } from '../core/domain';
import type { Clock } from '../vault/clock';
import type { Actor } from '../core/context';
import type { Db } from '../vault/db';
import { connectionOf, type Writer } from '../vault/sql';
import { newRequestSchema, type ApprovalRequest, type NewRequestInput } from './contract/calls';
import { createRequest, expireDue, withdrawRequest } from './requests';
import { signRequest } from './sign';
import { requestTypes } from './types';

export interface DemoRequestOptions extends NewRequestInput {
  /** demo login of whoever records it (default the operator wangjg) */
  by?: string;
}

function actorFor(db: Db, users: Record<string, number>, login: string): Actor {
  const id = users[login];
  if (!id) throw new Error(`demo: no user ${login}`);
  return { id, name: (db.prepare('SELECT display_name FROM users WHERE id = ?').pluck().get(id) as string | undefined) ?? login, roles: [] };
}

/** Records a demo request (validated like approvals.create) inside the caller's transaction. */
export function demoRequest(w: Writer, clock: Clock, s: Pick<DemoSeedContext, 'users'>, opts: DemoRequestOptions): ApprovalRequest {
  const { by = 'wangjg', ...input } = opts;
  return createRequest(w, clock, actorFor(connectionOf(w), s.users, by), newRequestSchema.parse(input));
}

/** Signs the waiting step of a request as `signerLogin` (ctx: a signed-in demo session, e.g. from asUser). */
export async function signDemoStep(
  ctx: AppContext,
  requestId: number,
  signerLogin: string,
  password: (login: string) => string,
  meaning: 'approved' | 'rejected' = 'approved',
  reason: string | null = null,
): Promise<ApprovalRequest> {
  return signRequest(ctx, ctx.clock, { requestId, meaning, reason, signerLogin, signerPassword: password(signerLogin) });
}

const DAY = 86_400_000;
const before = (clock: Clock, days: number): Clock => ({ now: () => new Date(clock.now().getTime() - days * DAY) });

export function seedApprovalsDemo(s: DemoSeedContext): void {
  const { vault, clock, users } = s;
  const types = requestTypes().filter((t) => !t.details || t.details.safeParse({}).success);
  const spec = types.find((t) => t.type === 'access') ?? types[0];
  const itemIds = vault.db.prepare(`SELECT id FROM items WHERE classification = 0 ORDER BY id LIMIT 3`).pluck().all() as number[];
  if (!spec || itemIds.length === 0 || !users.wangjg || !users.liming) return;
  const common = {
    type: spec.type,
    targets: { scope: 'items' as const, itemIds: [itemIds[0]!] },
    urgency: 'normal' as const,
    evidence: { stampPresent: true, headName: '吴建华' },
  };
  const outsider = {
    kind: 'outsider' as const,
    name: '孙律师',
    unit: '上海市锦天城律师事务所',
    contact: '021-20511000',
    idDocKind: 'introLetter' as const,
    idDocNo: '锦律函〔2026〕57号',
    idDocIssuer: '上海市锦天城律师事务所',
  };
  const ids = vault.tx((w) => ({
    // a draft: the letter of introduction not yet recorded
    draft: demoRequest(w, clock, s, {
      ...common,
      applicant: { ...outsider, idDocKind: null, idDocNo: null, idDocIssuer: null },
      purpose: '尽职调查',
      reason: '客户并购项目尽职调查，需查阅历年合作协议',
      submit: false,
    }).id,
    withdrawn: demoRequest(w, before(clock, 3), s, {
      ...common,
      applicant: { kind: 'staff', name: '高磊', unit: '客户服务部', contact: '分机 8112' },
      purpose: '客户回访',
      reason: '回访前核对客户资料',
      submit: true,
    }).id,
    // submitted long ago and never decided: expires under the policy's days
    expired: demoRequest(w, before(clock, 12), s, {
      ...common,
      applicant: { kind: 'staff', name: '宋佳', unit: '法务部', contact: '分机 8410' },
      purpose: '合同审查',
      reason: '续签前审查原合同条款',
      submit: true,
    }).id,
    rejected: demoRequest(w, before(clock, 1), s, {
      ...common,
      targets: { scope: 'items', itemIds: itemIds.slice(0, 2) },
      applicant: outsider,
      purpose: '诉讼举证',
      reason: '代理客户合同纠纷案件',
      submit: true,
    }).id,
  }));
  withdrawRequest(vault, before(clock, 2), actorFor(vault.db, users, 'wangjg'), ids.withdrawn, '申请人已不需要查阅');
  expireDue(vault, clock);
  s.asUser('wangjg', async (ctx, password) => {
    await signDemoStep(ctx, ids.rejected, 'liming', password, 'rejected', '介绍信未载明查阅范围，请补充后重新申请');
  });
}
