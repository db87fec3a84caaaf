// The loans' part of the demo vault (R-LOAN-1..4): a register with history — two loans returned
// and struck off (one with a missing page found at the check), one overdue (催还), two out now,
// one approved and waiting to be issued, one waiting for approval. Recorded and approved at the
// machine by the demo's information specialist (王建国, who records the paper forms and signs the
// specialist step; the borrowers have no accounts), issued and received by him, through the
// domain functions the app uses. Past loans run on a clock set back by whole days, so the
// register and the audit trail show when they happened.
import type { AppContext } from '../core/context';
import type { DemoSeedContext } from '../core/domain';
import type { Clock } from '../vault/clock';
import { signRequest } from '../approvals';
import { actorOf } from '../people/sessionInfo';
import { issueLoan, returnLoan } from './issue';
import { requestLoan } from './request';
import { loanRequestSchema, type LoanRequestInput } from './contract/calls';

const OPERATOR = 'wangjg';
const DAY = 86_400_000;

interface Borrower {
  applicant: LoanRequestInput['applicant'];
  purpose: string;
  reason: string;
  headName: string;
}
const BORROWERS: Borrower[] = [
  {
    applicant: { kind: 'staff', name: '马晓东', unit: '市场部', contact: '分机 8021' },
    purpose: '合同续签核对',
    reason: '客户续签年度经销协议，需核对原合同条款及附件',
    headName: '吴建华',
  },
  {
    applicant: { kind: 'staff', name: '林芳', unit: '财务部', contact: '分机 8305' },
    purpose: '年度对账',
    reason: '年终往来款项对账，需查阅客户开户及结算资料原件',
    headName: '郑丽',
  },
  {
    applicant: {
      kind: 'outsider',
      name: '周律师',
      unit: '北京市中伦律师事务所',
      contact: '010-59572288',
      idDocKind: 'introLetter',
      idDocNo: '中伦函〔2026〕118号',
      idDocIssuer: '北京市中伦律师事务所',
    },
    purpose: '诉讼举证',
    reason: '受客户委托处理合同纠纷，需借阅合同原件制作证据副本',
    headName: '客户服务部 张伟',
  },
  {
    applicant: { kind: 'staff', name: '高磊', unit: '客户服务部', contact: '分机 8112' },
    purpose: '客户回访',
    reason: '季度客户回访前核对客户资质资料',
    headName: '张伟',
  },
  {
    applicant: { kind: 'staff', name: '宋佳', unit: '法务部', contact: '分机 8410' },
    purpose: '合规审查',
    reason: '年度合规审查抽查客户授权文件',
    headName: '何志刚',
  },
  {
    applicant: { kind: 'staff', name: '韩梅', unit: '市场部', contact: '分机 8026' },
    purpose: '资料复核',
    reason: '客户变更联系人，需复核原登记资料',
    headName: '吴建华',
  },
  {
    applicant: { kind: 'staff', name: '许文', unit: '财务部', contact: '分机 8308' },
    purpose: '审计配合',
    reason: '配合外部审计抽查客户合同',
    headName: '郑丽',
  },
];

export function seedLoansDemo({ asUser }: DemoSeedContext): void {
  asUser(OPERATOR, async (ctx, password) => {
    const vault = ctx.vault!;
    const actor = { ...actorOf(ctx.session!), roles: ctx.session!.roles };
    const daysAgo = (d: number): Clock => ({ now: () => new Date(ctx.clock.now().getTime() - d * DAY) });
    // ordinary items on the shelf, away from the ones other seeders work with (the newest first)
    const items = vault.db
      .prepare(`SELECT id FROM items WHERE custody_state = 'onShelf' AND classification = 0 AND copies >= 1 ORDER BY id DESC LIMIT 40`)
      .pluck()
      .all() as number[];
    const pickItem = (k: number) => items[items.length - 1 - k * 3]!;
    const record = (clock: Clock, k: number, itemIds: number[]) => {
      const b = BORROWERS[k % BORROWERS.length]!;
      return requestLoan(
        vault,
        clock,
        actor,
        loanRequestSchema.parse({
          applicant: b.applicant,
          items: itemIds.map((itemId) => ({ itemId, copies: 1 })),
          purpose: b.purpose,
          reason: b.reason,
          urgency: 'normal',
          evidence: { stampPresent: true, headName: b.headName },
        }),
      );
    };
    const approve = async (clock: Clock, requestId: number) =>
      signRequest({ ...ctx, clock } as AppContext, clock, {
        requestId,
        meaning: 'approved',
        reason: null,
        signerLogin: OPERATOR,
        signerPassword: password(OPERATOR),
      });
    const lend = async (d: number, k: number, itemIds: number[]) => {
      const at = daysAgo(d);
      const req = await approve(at, record(at, k, itemIds).id);
      return issueLoan(vault, at, actor, { requestId: req.id, signature: { kind: 'slip' } });
    };
    if (items.length < 24) return; // a very small demo: no loans rather than odd ones

    // returned and struck off
    const [a] = await lend(20, 0, [pickItem(0)]);
    returnLoan(vault, daysAgo(18), actor, { loanId: a!.id, copies: 1, pageCheck: 'complete', missingPages: null, note: null, locationId: null });
    const [b] = await lend(14, 1, [pickItem(1)]);
    returnLoan(vault, daysAgo(12), actor, {
      loanId: b!.id,
      copies: 1,
      pageCheck: 'missingPages',
      missingPages: '第 5 页',
      note: '借阅人称复印时夹带遗失，已要求补交复印件',
      locationId: null,
    });
    // overdue: out 8 days ago (due three working days later)
    await lend(8, 2, [pickItem(2), pickItem(3)]);
    // out now
    await lend(1, 3, [pickItem(4)]);
    await lend(0, 4, [pickItem(5)]);
    // approved, waiting to be issued; and waiting for the specialist's signature
    await approve(daysAgo(0), record(daysAgo(0), 5, [pickItem(6)]).id);
    record(daysAgo(0), 6, [pickItem(7)]);
  });
}
