// The reports' part of the demo vault (R-REP-1..5): the template's second version (a figure for
// special customers added, approved by the GM 陈静), a further change still waiting for her; the
// 风险管理部's request for last month's report (reviewed by 张伟, approved by 陈静), the report
// compiled from the demo's live data by 王建国, reviewed by 李明 and 张伟 at the machine, released in
// four numbered copies: three handed out, one of them recalled later, the spare destroyed.
import { signDemoStep } from '../approvals';
import type { DemoSeedContext } from '../core/domain';
import type { Clock } from '../vault/clock';
import { definitionSchema } from './contract/calls';
import { compileReport, distributeCopy, releaseReport, requestReport, reviewReport, strikeCopy } from './reports';
import { currentVersion, proposeTemplateChange } from './templates';
import { reader } from '../vault/sql';

const HOUR = 3600_000;

export function seedReportsDemo({ users, asUser }: DemoSeedContext): void {
  if (!users.wangjg || !users.liming || !users.zhangwei || !users.chenjing) return;
  const op = { id: users.wangjg, name: '王建国', roles: ['operator' as const] };
  const templateId = 1;
  asUser('wangjg', async (ctx, pw) => {
    // the seeders' vault handle is closed by now: the signed-in session's
    const vault = ctx.vault!;
    const now = ctx.clock.now().getTime();
    const at = (hoursAgo: number): Clock => ({ now: () => new Date(now - hoursAgo * HOUR) });
    const c = { ...ctx, clock: at(0) };
    // R-REP-3: version 2, approved by the GM
    const v1 = currentVersion(reader(vault.db), templateId)!;
    const v2 = definitionSchema.parse({
      figures: [
        ...v1.definition.figures,
        { key: 'specialCustomers', label: '特殊客户新建（按子类）', source: 'customers', groupBy: 'subType', categories: ['special'], chart: 'bar' },
      ],
    });
    const change = proposeTemplateChange(vault, at(72), op, {
      templateId,
      name: v1.name,
      definition: v2,
      reason: '风险管理部要求单列特殊客户（律师、银行等）的新建情况',
    });
    await signDemoStep({ ...ctx, clock: at(70) }, change.requestId, 'chenjing', pw);
    // a further change still waiting for the GM
    proposeTemplateChange(vault, at(2), op, {
      templateId,
      name: v1.name,
      definition: definitionSchema.parse({
        figures: [...v2.figures, { key: 'classifiedLoans', label: '机密及以上借阅', source: 'loans', classifications: [2, 3] }],
      }),
      reason: '保密工作要求单列机密、绝密档案的借阅次数',
    });
    // R-REP-2: the request, CS manager then GM
    const d = new Date(now + 8 * HOUR);
    const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1));
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 0));
    const period = { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
    const req = requestReport(vault, at(50), op, {
      templateId,
      department: '风险管理部',
      requesterName: '周敏',
      period,
      frequency: 'monthly',
      copies: 4,
      purpose: '月度客户信息风险分析',
    });
    await signDemoStep({ ...ctx, clock: at(48) }, req.requestId, 'zhangwei', pw);
    await signDemoStep({ ...ctx, clock: at(46) }, req.requestId, 'chenjing', pw);
    // R-REP-1, R-REP-5, R-REP-4
    const rep = compileReport(vault, at(30), op, { templateId, period, requestId: req.requestId });
    await reviewReport({ ...c, clock: at(28) }, at(28), op, { reportId: rep.id, as: 'infoSupervisor', signerLogin: 'liming', signerPassword: pw('liming') });
    await reviewReport({ ...c, clock: at(26) }, at(26), op, { reportId: rep.id, as: 'csManager', signerLogin: 'zhangwei', signerPassword: pw('zhangwei') });
    releaseReport(vault, at(25), op, { reportId: rep.id, copies: 4 });
    distributeCopy(vault, at(24), op, { reportId: rep.id, copyNo: 1, recipientName: '周敏', recipientUnit: '风险管理部' });
    distributeCopy(vault, at(24), op, { reportId: rep.id, copyNo: 2, recipientName: '陈静', recipientUnit: '总经理办公室' });
    distributeCopy(vault, at(23), op, { reportId: rep.id, copyNo: 3, recipientName: '吴建华', recipientUnit: '客户服务部' });
    strikeCopy(vault, at(5), op, { reportId: rep.id, copyNo: 3, kind: 'recalled', reason: '客户服务部存档副本收回，统一由档案室保存' });
    strikeCopy(vault, at(4), op, { reportId: rep.id, copyNo: 4, kind: 'destroyed', reason: '备用份未发出，经客户信息主管同意当场销毁' });
  });
}
