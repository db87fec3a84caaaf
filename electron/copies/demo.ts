// The copies domain's part of the demo vault (R-SEC-3..5): the copy register with copies made
// under two approved requests (one returned, one destroyed) and one request still waiting; the
// designated carriers; a carry-out that came back (seal intact) and one out now; an external
// provision that left after both approvals (information supervisor 李明 AND CS manager 张伟) and
// one still waiting for the second. Recorded by the demo's information specialist 王建国 from the
// paper forms, signed at the machine by the demo's supervisors and the carrier, through the domain
// functions the app uses; past events run on a clock set back by whole days.
import { demoRequest, signRequest, type DemoRequestOptions } from '../approvals';
import type { AppContext } from '../core/context';
import type { DemoSeedContext } from '../core/domain';
import type { Clock } from '../vault/clock';
import { setCarriers } from './carriers';
import { provideSchema, recordCopiesSchema, returnSchema } from './contract/calls';
import { depart, returnCarryOut } from './carry-outs';
import { listCopies, recordCopies, setCopyState } from './copies';
import { recordProvision } from './provisions';

const OPERATOR = 'wangjg';
const DAY = 86_400_000;

type Common = Omit<DemoRequestOptions, 'type' | 'details' | 'targets'>;
const staff = (name: string, unit: string, contact: string, purpose: string, reason: string, headName: string): Common => ({
  applicant: { kind: 'staff', name, unit, contact },
  purpose,
  reason,
  urgency: 'normal',
  evidence: { stampPresent: true, headName },
  submit: true,
});
const LAWYER: Common = {
  applicant: {
    kind: 'outsider',
    name: '周律师',
    unit: '北京市中伦律师事务所',
    contact: '010-59572288',
    idDocKind: 'introLetter',
    idDocNo: '中伦函〔2026〕121号',
    idDocIssuer: '北京市中伦律师事务所',
  },
  purpose: '诉讼举证',
  reason: '受客户委托处理合同纠纷，需取得合同条款摘录作为证据',
  urgency: 'normal',
  evidence: { stampPresent: true, headName: '客户服务部 张伟' },
  submit: true,
};

export function seedCopiesDemo({ asUser, users }: DemoSeedContext): void {
  asUser(OPERATOR, async (ctx, password) => {
    const vault = ctx.vault!;
    const db = vault.db;
    const operator = { id: users[OPERATOR]!, name: '王建国', roles: ctx.session!.roles };
    const daysAgo = (d: number): Clock => ({ now: () => new Date(ctx.clock.now().getTime() - d * DAY) });
    // ordinary / secret items on the shelf, the oldest first (the loans demo takes the newest)
    const items = db.prepare(`SELECT id FROM items WHERE custody_state = 'onShelf' AND classification <= 1 ORDER BY id LIMIT 12`).pluck().all() as number[];
    if (items.length < 8) return; // a very small demo: no registers rather than odd ones
    const request = (clock: Clock, type: string, details: Record<string, unknown>, itemIds: number[], common: Common) =>
      vault.write((w) => demoRequest(w, clock, { users }, { ...common, type, details, targets: { scope: 'items', itemIds } }));
    const sign = (clock: Clock, requestId: number, login: string) =>
      signRequest({ ...ctx, clock } as AppContext, clock, {
        requestId,
        meaning: 'approved',
        reason: null,
        signerLogin: login,
        signerPassword: password(login),
      });

    // ---- 复制登记: two approved requests with copies made, one waiting for approval
    const c1 = request(
      daysAgo(9),
      'copy',
      { copies: 2, mode: 'full' },
      [items[0]!, items[1]!],
      staff('马晓东', '市场部', '分机 8021', '合同续签', '客户续签年度经销协议，需原合同复印件交法务核对', '吴建华'),
    );
    await sign(daysAgo(9), c1.id, 'chenjing');
    recordCopies(vault, daysAgo(9), operator, recordCopiesSchema.parse({ requestId: c1.id, itemId: items[0]!, count: 2 }));
    recordCopies(vault, daysAgo(9), operator, { requestId: c1.id, itemId: items[1]!, count: 1, note: '双面复印' });
    const made = listCopies(db, { requestId: c1.id });
    setCopyState(vault, daysAgo(6), operator, { copyId: made[0]!.id, state: 'returned', note: '法务核对完毕交回' });
    setCopyState(vault, daysAgo(5), operator, { copyId: made[0]!.id, state: 'destroyed', note: '碎纸机销毁，监销人 李明' });
    const c2 = request(daysAgo(3), 'copy', { copies: 1, mode: 'excerpt', pages: '1-3' }, [items[2]!], LAWYER);
    await sign(daysAgo(3), c2.id, 'liming');
    recordCopies(vault, daysAgo(3), operator, { requestId: c2.id, itemId: items[2]!, count: 1, note: '加盖“复印件”章' });
    request(
      daysAgo(0),
      'copy',
      { copies: 1, mode: 'full' },
      [items[3]!],
      staff('林芳', '财务部', '分机 8305', '年度对账', '年终对账需客户结算资料复印件', '郑丽'),
    );

    // ---- 外出携带登记: designated carriers (by the security officer), one back, one out now
    setCarriers(
      vault,
      daysAgo(12),
      { id: users.zhouqiang!, name: '周强', roles: ['securityOfficer'] },
      { roles: [], userIds: [users.liuyang!, users.wangjg!] },
    );
    const trip = (d: number, carrier: string, destination: string, measures: string[], itemIds: number[], reason: string) =>
      request(
        daysAgo(d),
        'carryOut',
        { carrierId: users[carrier]!, destination, measures, expectedReturn: new Date(ctx.clock.now().getTime() - d * DAY + 2 * DAY).toISOString() },
        itemIds,
        staff(carrier === 'liuyang' ? '刘洋' : '王建国', carrier === 'liuyang' ? '客户开发部' : '客户信息部', '分机 8203', '送审', reason, '李明'),
      );
    const t1 = trip(7, 'liuyang', '中国银行北京分行授信审批部', ['sealedEnvelope', 'escort'], [items[4]!], '授信复审需携带原件现场核验');
    await sign(daysAgo(7), t1.id, 'liming');
    const out1 = await depart({ ...ctx, clock: daysAgo(7) } as AppContext, vault, daysAgo(7), operator, {
      requestId: t1.id,
      pledge: { kind: 'signed', signerLogin: 'liuyang', signerPassword: password('liuyang') },
    });
    returnCarryOut(vault, daysAgo(6), operator, returnSchema.parse({ id: out1.id, check: 'intact' }));
    const t2 = trip(1, 'liuyang', '北京市东城区公证处', ['sealedEnvelope', 'lockedCase'], [items[5]!, items[6]!], '办理合同公证需携带原件');
    await sign(daysAgo(1), t2.id, 'liming');
    await depart({ ...ctx, clock: daysAgo(1) } as AppContext, vault, daysAgo(1), operator, {
      requestId: t2.id,
      pledge: { kind: 'paper', note: '纸质保密承诺书已签，编号 BM-2026-031，存档案室' },
    });

    // ---- 对外提供登记: both approvals, then provided; one still waiting for the CS manager
    const provision = {
      recipientOrg: '北京市中伦律师事务所',
      legalBasis: '《委托代理协议》第五条及客户书面授权',
      agreementRef: 'WT-2026-015',
      providedWhat: '经销协议复印件一份（加盖“与原件核对一致”章）',
      method: 'paper',
    };
    const p1 = request(daysAgo(4), 'externalProvision', provision, [items[7]!], LAWYER);
    await sign(daysAgo(4), p1.id, 'liming');
    await sign(daysAgo(4), p1.id, 'zhangwei');
    recordProvision(vault, daysAgo(4), operator, provideSchema.parse({ requestId: p1.id, receivedBy: '周律师' }));
    const p2 = request(
      daysAgo(0),
      'externalProvision',
      {
        recipientOrg: '中国人民银行营业管理部',
        legalBasis: '《中国人民银行法》第三十二条 监管检查',
        providedWhat: '客户开户资料（现场查阅）',
        method: 'onSite',
      },
      [items[1]!],
      staff('高磊', '客户服务部', '分机 8112', '监管检查', '人民银行现场检查调阅客户开户资料', '张伟'),
    );
    await sign(daysAgo(0), p2.id, 'liming');
  });
}
