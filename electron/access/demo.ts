// The access domain's part of the demo vault: access requests (查阅申请) in every state the demo's
// own "now" allows — a draft, one waiting for review, approved ones with their grants in force,
// one rejected with its reason, one withdrawn — and the access register (查阅登记) filled by the
// reading desk: visitors who came and left, and one still reading. Recorded by the operator
// 王建国 at the machine, signed by 李明 (客户信息主管) and 张伟 (客户服务部经理) with their own
// passwords, through the same functions the app calls. The expired access request (pending
// longer than the policy's days) comes from the approval engine's own demo seed.
import type { ApprovalRequest } from '../approvals';
import { signRequest, withdrawRequest } from '../approvals';
import type { AppContext } from '../core/context';
import type { DemoSeedContext } from '../core/domain';
import type { Vault } from '../vault/vault';
import type { AccessRequestInput } from './contract/calls';
import { accessRequestSchema } from './contract/calls';
import { endConsultation, startConsultation } from './consultations';
import { requestAccess } from './request';

const OPERATOR = 'wangjg';
const HOUR = 3_600_000;

interface DemoItems {
  conf: number[];
  secret: number[];
  plain: number[];
}

function pickItems(vault: Vault): DemoItems {
  const of = (sql: string) => vault.db.prepare(sql).pluck().all() as number[];
  return {
    conf: of(`SELECT id FROM items WHERE classification >= 2 AND custody_state = 'onShelf' ORDER BY id LIMIT 3`),
    secret: of(`SELECT id FROM items WHERE classification = 1 AND custody_state = 'onShelf' ORDER BY id LIMIT 3`),
    plain: of(`SELECT id FROM items WHERE classification = 0 AND custody_state = 'onShelf' ORDER BY id LIMIT 4`),
  };
}

const outsider = (name: string, unit: string, doc: string, contact: string) => ({
  kind: 'outsider' as const,
  name,
  unit,
  contact,
  idDocKind: 'introLetter' as const,
  idDocNo: doc,
  idDocIssuer: unit,
});

export function seedAccessDemo({ vault, users, asUser }: DemoSeedContext): void {
  const it = pickItems(vault);
  const one = (list: number[], i: number) => list[i % Math.max(1, list.length)];
  const items = (...ids: (number | undefined)[]) => {
    const found = ids.filter((x): x is number => x !== undefined);
    return found.length ? found : [it.plain[0]!];
  };
  if (!it.plain.length) return;

  asUser(OPERATOR, async (ctx: AppContext, password) => {
    const vaultNow = ctx.vault!;
    const actor = { id: ctx.session!.userId, name: ctx.session!.displayName, roles: ctx.session!.roles };
    const clock = ctx.clock;
    const until = (h: number) => new Date(clock.now().getTime() + h * HOUR).toISOString();
    const record = (input: AccessRequestInput): ApprovalRequest => requestAccess(vaultNow, clock, actor, accessRequestSchema.parse(input));
    const sign = (r: ApprovalRequest, login: string, meaning: 'approved' | 'rejected' = 'approved', reason: string | null = null) =>
      signRequest(ctx, clock, { requestId: r.id, meaning, reason, signerLogin: login, signerPassword: password(login) });
    const approve = async (r: ApprovalRequest) => {
      let cur = r;
      for (const signer of ['liming', 'zhangwei']) if (cur.status === 'submitted') cur = await sign(cur, signer);
      return vaultNow.db.prepare('SELECT id FROM access_grants WHERE request_id = ?').pluck().get(r.id) as number;
    };
    const common = { urgency: 'normal' as const, evidence: { stampPresent: true, headName: '吴建华' } };

    // visitors who consulted and left: approved, time in, time out (the register's finished rows)
    const visits: [ReturnType<typeof outsider>, number[], string, string][] = [
      [
        outsider('周律师', '北京市金杜律师事务所', 'JD-2026-118', '13801012345'),
        items(one(it.conf, 0)),
        '诉讼取证',
        '代理中国银行对账纠纷案件，需核对对账单原件',
      ],
      [
        outsider('钱审计师', '立信会计师事务所', 'LX-2026-0457', '13916523470'),
        items(one(it.secret, 0), one(it.plain, 0)),
        '年度审计',
        '年度财务审计，核对客户授信资料',
      ],
      [outsider('孙调查员', '中国人民银行上海分行', 'RH-2026-0032', '021-58845000'), items(one(it.plain, 1)), '监管检查', '反洗钱专项检查，调阅开户资料'],
    ];
    for (const [applicant, ids, purpose, reason] of visits) {
      const r = record({
        applicant,
        targets: { scope: 'items', itemIds: ids },
        purpose,
        reason,
        ...common,
        details: { validUntil: until(6), allowPrint: false, allowDownload: false },
      });
      const grantId = await approve(r);
      const c = startConsultation(vaultNow, clock, actor, grantId, '核对原件，未带出阅览室');
      endConsultation(vaultNow, clock, actor, c.id, '材料已收回，页数无误');
    }

    // approved, grant in force, the reader still at the desk (an open register row)
    const inRoom = record({
      applicant: outsider('吴经理', '平安保险上海分公司', 'PA-2026-0915', '13701771234'),
      targets: { scope: 'items', itemIds: items(one(it.secret, 1)) },
      purpose: '理赔核查',
      reason: '核对投保客户的授权委托书',
      ...common,
      details: { validUntil: until(8), allowPrint: false, allowDownload: false },
    });
    startConsultation(vaultNow, clock, actor, await approve(inRoom), '在阅览室查阅');

    // a staff member's grant in force for their own session (with printing, counted as copies)
    const staffGrant = record({
      applicant: { kind: 'staff', userId: users.liuyang ?? null, name: '刘洋', unit: '客户开发部' },
      targets: { scope: 'items', itemIds: items(one(it.conf, 1), one(it.plain, 2)) },
      purpose: '客户回访准备',
      reason: '准备年度回访，需了解客户授信历史',
      ...common,
      details: { validUntil: until(48), allowPrint: true, allowDownload: false },
    });
    await approve(staffGrant);

    // rejected with its reason
    const rejected = record({
      applicant: outsider('郑先生', '华信商贸有限公司', 'HX-2026-0021', '13611112222'),
      targets: { scope: 'items', itemIds: items(one(it.conf, 2)) },
      purpose: '了解合作方资信',
      reason: '拟与该客户合作，希望了解其授信情况',
      ...common,
    });
    await sign(rejected, 'liming', 'rejected', '查阅目的不属于本单位业务需要，且涉及客户商业秘密，不予批准');

    // withdrawn by the operator at the applicant's request
    const withdrawn = record({
      applicant: outsider('冯律师', '上海市锦天城律师事务所', 'JTC-2026-077', '13512345678'),
      targets: { scope: 'items', itemIds: items(one(it.plain, 3)) },
      purpose: '诉讼取证',
      reason: '代理合同纠纷案件',
      ...common,
    });
    withdrawRequest(vaultNow, clock, actor, withdrawn.id, '申请人改期，撤回申请');

    // waiting: one at the CS manager (review signed), one not yet reviewed
    const atManager = record({
      applicant: outsider('陈律师', '北京市中伦律师事务所', 'ZL-2026-0310', '13988887777'),
      targets: { scope: 'items', itemIds: items(one(it.conf, 0)) },
      purpose: '仲裁取证',
      reason: '代理仲裁案件，需查阅授信协议',
      ...common,
      urgency: 'urgent',
    });
    await sign(atManager, 'liming');
    record({
      applicant: { kind: 'staff', userId: users.liuyang ?? null, name: '刘洋', unit: '客户开发部' },
      targets: { scope: 'items', itemIds: items(one(it.plain, 0)) },
      purpose: '客户资料核对',
      reason: '核对客户联系人变更',
      ...common,
    });

    // a draft the operator has not sent yet (the visitor's papers still to come)
    record({
      applicant: { ...outsider('褚女士', '个人', '', '13312341234'), idDocNo: null, idDocIssuer: null },
      targets: { scope: 'items', itemIds: items(one(it.plain, 1)) },
      purpose: '查阅本人资料',
      reason: '本人申请查阅开户资料',
      ...common,
      submit: false,
    });
  });
}
