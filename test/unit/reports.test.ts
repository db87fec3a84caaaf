// R-REP-1..5 through the real vault on the injected clock: figures equal independent SQL counts;
// a template change has no effect until the GM approves it, versions are filed and the report names
// its version; the department's request goes CS manager → GM; review by two distinct signers of the
// right roles; numbered copies, distribution and strike-off; malformed input refused with nothing
// written; the .xlsx opens with exceljs and holds the figures.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test } from 'vitest';
import type { FigureResult, TemplateDefinition } from '../../electron/reports/contract/calls';
import { ok } from './kit';
import { approvedRequest, counts, NOV, PW, setupReports, type ReportsRig } from './reports-fixture';

let v: ReportsRig | null = null;
afterEach(() => {
  v?.ctx.vault?.close();
  v?.cleanup();
  v = null;
});

const fig = (figures: FigureResult[], key: string) => figures.find((f) => f.key === key)!;
const rowsOf = (f: FigureResult) => Object.fromEntries(f.rows.map((r) => [r.group, r.value]));

/** Independent counts: the calendar day at UTC+8 via date(…, '+8 hours') BETWEEN, not the implementation's instants. */
function independent(v: ReportsRig) {
  const db = v.ctx.vault!.db;
  const inNov = (col: string) => `date(${col}, '+8 hours') BETWEEN '2026-11-01' AND '2026-11-30'`;
  const q = (s: string) => db.prepare(s).all() as { k: string; n: number }[];
  const map = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [String(r.k), r.n]));
  const one = (s: string) => db.prepare(s).pluck().get() as number;
  return {
    customersByCategory: map(q(`SELECT category AS k, count(*) AS n FROM customers WHERE ${inNov('created_at')} GROUP BY category`)),
    itemsByClassification: map(q(`SELECT classification AS k, count(*) AS n FROM items WHERE ${inNov('created_at')} GROUP BY classification`)),
    itemsByCarrier: map(q(`SELECT carrier AS k, count(*) AS n FROM items WHERE ${inNov('created_at')} GROUP BY carrier`)),
    loans: one(`SELECT count(*) FROM loans WHERE ${inNov('out_at')} AND id NOT IN (SELECT loan_id FROM loan_strikes)`),
    access: one(`SELECT count(*) FROM access_consultations WHERE ${inNov('time_in')}`),
    copies: one(`SELECT count(*) FROM copies WHERE ${inNov('made_at')}`),
    destroyed: one(`SELECT count(*) FROM custody_events WHERE state = 'destroyed' AND ${inNov('at')}`),
    inspections: one(`SELECT count(*) FROM inspections WHERE ${inNov('started_at')}`),
  };
}

describe('reports', () => {
  test('R-REP-1 a report compiled for November holds the figures independent SQL counts give (period bounds at UTC+8)', async () => {
    v = await setupReports();
    const rep = ok(await v.call('reports.compile', { templateId: 1, period: NOV }));
    const x = independent(v);
    const pick = (m: Record<string, number>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, m[k] ?? 0]));
    expect(rowsOf(fig(rep.figures, 'newCustomers'))).toEqual(pick(x.customersByCategory, ['general', 'special']));
    expect(rowsOf(fig(rep.figures, 'newCustomers'))).toEqual({ general: 1, special: 2 }); // 平安 (Oct 31, 23:50) is October
    expect(rowsOf(fig(rep.figures, 'newItems'))).toEqual(pick(x.itemsByClassification, ['0', '1', '2', '3']));
    expect(fig(rep.figures, 'newItems').total).toBe(5); // 23:30 on the 30th inside, 00:10 on 1 Dec outside
    expect(rowsOf(fig(rep.figures, 'itemsByCarrier'))).toEqual(pick(x.itemsByCarrier, ['paper', 'opticalDisc', 'usb', 'film', 'electronic']));
    expect(fig(rep.figures, 'loans').total).toBe(x.loans);
    expect(fig(rep.figures, 'access').total).toBe(x.access);
    expect(fig(rep.figures, 'copies').total).toBe(x.copies);
    expect(fig(rep.figures, 'destroyed').total).toBe(x.destroyed);
    expect(fig(rep.figures, 'inspections').total).toBe(x.inspections);
    expect(fig(rep.figures, 'loans').rows.map((r) => r.group)).toEqual(['2026-11']);
    // live data: a later item in November changes the next compilation, not the one filed
    v.clock.set(new Date('2026-12-03T10:00:00+08:00'));
    const again = ok(await v.call('reports.compile', { templateId: 1, period: { from: '2026-11-01', to: '2026-12-31' } }));
    expect(fig(again.figures, 'newItems').total).toBe(6);
    expect(ok(await v.call('reports.get', { reportId: rep.id })).figures).toEqual(rep.figures);
    const charts = ok(await v.call('reports.chart', { reportId: rep.id }));
    expect(charts.map((c) => c.key)).toEqual(['newCustomers', 'newItems', 'itemsByCarrier', 'loans', 'access']);
    expect(charts[0]!.svg).toMatch(/^<svg[\s>]/);
  });

  test('R-REP-3 a template change without the GM’s approval has no effect; approved, version 2 is filed with its diff and a report names its version', async () => {
    v = await setupReports();
    const t1 = ok(await v.call('reports.template', { templateId: 1 }));
    const def: TemplateDefinition = {
      figures: [
        ...t1.versions[0]!.definition.figures,
        { key: 'special', label: '特殊客户（按子类）', source: 'customers', groupBy: 'subType', categories: ['special'], chart: 'bar' },
      ],
    };
    const before = ok(await v.call('reports.proposeTemplate', { templateId: 1, name: t1.name, definition: def, reason: '单列特殊客户' }));
    // pending: still version 1, and a report compiled now uses version 1
    expect(ok(await v.call('reports.templates', {}))[0]).toMatchObject({ version: 1, pending: [{ no: before.no }] });
    expect(before.no).toMatch(/^MB-2026-\d{4}$/);
    const r1 = ok(await v.call('reports.compile', { templateId: 1, period: NOV }));
    expect(r1.templateVersion).toBe(1);
    expect(r1.figures.map((f) => f.key)).not.toContain('special');
    // the CS manager cannot approve it (the GM's step); the GM rejects: still no effect
    expect((await v.call('approvals.sign', { requestId: before.requestId, meaning: 'approved', signerLogin: 'csm', signerPassword: PW })).ok).toBe(false);
    ok(await v.call('approvals.sign', { requestId: before.requestId, meaning: 'rejected', reason: '暂不调整', signerLogin: 'gm', signerPassword: PW }));
    expect(ok(await v.call('reports.template', { templateId: 1 })).versions).toHaveLength(1);
    // proposed again and approved: version 2 filed, version 1 kept
    const again = ok(await v.call('reports.proposeTemplate', { templateId: 1, name: t1.name, definition: def, reason: '单列特殊客户' }));
    ok(await v.call('approvals.sign', { requestId: again.requestId, meaning: 'approved', signerLogin: 'gm', signerPassword: PW }));
    const t2 = ok(await v.call('reports.template', { templateId: 1 }));
    expect(t2.versions.map((x) => [x.version, x.requestNo])).toEqual([
      [1, null],
      [2, again.no],
    ]);
    const { templateDiff } = await import('../../electron/reports/contract/diff');
    expect(templateDiff(t2.versions[0]!, t2.versions[1]!).figures.map((f) => [f.key, f.change])).toEqual([['special', 'added']]);
    const r2 = ok(await v.call('reports.compile', { templateId: 1, period: NOV }));
    expect(r2.templateVersion).toBe(2);
    expect(rowsOf(fig(r2.figures, 'special'))).toEqual({ bank: 1, otherPartner: 1 });
    expect(ok(await v.call('reports.get', { reportId: r1.id })).templateVersion).toBe(1);
    // a proposal on an outdated version cannot be filed over the newer one
    const stale = ok(await v.call('reports.proposeTemplate', { templateId: 1, name: '改名', definition: def, reason: 'x' }));
    const stale2 = ok(await v.call('reports.proposeTemplate', { templateId: 1, name: '再改名', definition: def, reason: 'y' }));
    ok(await v.call('approvals.sign', { requestId: stale.requestId, meaning: 'approved', signerLogin: 'gm', signerPassword: PW }));
    const refused = await v.call('approvals.sign', { requestId: stale2.requestId, meaning: 'approved', signerLogin: 'gm', signerPassword: PW });
    expect(!refused.ok && refused.error.code).toBe('TEMPLATE_CHANGED');
    expect(ok(await v.call('reports.template', { templateId: 1 })).versions.map((x) => x.name)).toEqual([t1.name, t1.name, '改名']);
  });

  test('R-REP-2 a department’s report request: CS-manager review, then GM approval, before it is compiled for it', async () => {
    v = await setupReports();
    const req = ok(
      await v.call('reports.request', {
        templateId: 1,
        department: '风险管理部',
        requesterName: '周敏',
        period: NOV,
        frequency: 'monthly',
        copies: 3,
        purpose: '月度风险分析',
      }),
    );
    expect(req.no).toMatch(/^BQ-2026-\d{4}$/);
    const got = ok(await v.call('approvals.get', { id: req.requestId }));
    expect(got.chain.map((s) => s.anyOf)).toEqual([['csManager'], ['gm']]);
    const early = await v.call('reports.compile', { templateId: 1, period: NOV, requestId: req.requestId });
    expect(early.ok).toBe(false);
    // the GM cannot sign the CS manager's review
    expect((await v.call('approvals.sign', { requestId: req.requestId, meaning: 'approved', signerLogin: 'gm', signerPassword: PW })).ok).toBe(false);
    ok(await v.call('approvals.sign', { requestId: req.requestId, meaning: 'approved', signerLogin: 'csm', signerPassword: PW }));
    expect((await v.call('reports.compile', { templateId: 1, period: NOV, requestId: req.requestId })).ok).toBe(false);
    ok(await v.call('approvals.sign', { requestId: req.requestId, meaning: 'approved', signerLogin: 'gm', signerPassword: PW }));
    const wrong = await v.call('reports.compile', { templateId: 1, period: { from: '2026-10-01', to: '2026-10-31' }, requestId: req.requestId });
    expect(!wrong.ok && wrong.error.code).toBe('REPORT_REQUEST');
    const rep = ok(await v.call('reports.compile', { templateId: 1, period: NOV, requestId: req.requestId }));
    expect(rep.requestNo).toBe(req.no);
    expect(ok(await v.call('reports.requests', {}))[0]).toMatchObject({ no: req.no, status: 'approved', reports: [rep.no], department: '风险管理部' });
  });

  test('R-REP-5 review needs both signers: the information supervisor and the CS manager, two people, in person', async () => {
    v = await setupReports();
    const rep = ok(await v.call('reports.compile', { templateId: 1, period: NOV }));
    const review = (as: 'infoSupervisor' | 'csManager', signerLogin: string, signerPassword = PW) =>
      v!.call('reports.review', { reportId: rep.id, as, signerLogin, signerPassword });
    const c0 = counts(v.ctx);
    for (const [as, login] of [
      ['infoSupervisor', 'csm'],
      ['csManager', 'sup'],
      ['csManager', 'op'],
    ] as const) {
      const r = await review(as, login);
      expect(!r.ok && r.error.code, `${as} by ${login}`).toBe('REPORT_REVIEWER');
    }
    expect(counts(v.ctx)).toEqual(c0);
    // a wrong password signs nothing (the failed attempt itself is audited)
    expect((await review('infoSupervisor', 'sup', 'wrong-password')).ok).toBe(false);
    expect({ ...counts(v.ctx), audit_entry: 0 }).toEqual({ ...c0, audit_entry: 0 });
    // one reviewer: still compiled, not releasable
    expect(ok(await review('infoSupervisor', 'both')).status).toBe('compiled');
    expect((await review('csManager', 'both')).ok).toBe(false); // the same person cannot sign both
    const r = await review('infoSupervisor', 'sup2');
    expect(!r.ok && r.error.code).toBe('REPORT_REVIEWED');
    const early = await v.call('reports.release', { reportId: rep.id, copies: 3 });
    expect(!early.ok && early.error.code).toBe('REPORT_STATE');
    const done = ok(await review('csManager', 'csm'));
    expect(done.status).toBe('reviewed');
    expect(done.reviews.map((x) => [x.as, x.signerName, x.verified])).toEqual([
      ['infoSupervisor', '双职', true],
      ['csManager', '张经理', true],
    ]);
  });

  test('R-REP-4 released in numbered copies: each copy distributed once, recalled or destroyed copies struck off, never deleted', async () => {
    v = await setupReports();
    const req = await approvedRequest(v);
    const rep = ok(await v.call('reports.compile', { templateId: 1, period: NOV, requestId: req.requestId }));
    ok(await v.call('reports.review', { reportId: rep.id, as: 'infoSupervisor', signerLogin: 'sup', signerPassword: PW }));
    ok(await v.call('reports.review', { reportId: rep.id, as: 'csManager', signerLogin: 'csm', signerPassword: PW }));
    const rel = ok(await v.call('reports.release', { reportId: rep.id, copies: 3 }));
    expect(rel.copies.map((c) => c.copyNo)).toEqual([1, 2, 3]);
    expect((await v.call('reports.release', { reportId: rep.id, copies: 5 })).ok).toBe(false);
    ok(await v.call('reports.distribute', { reportId: rep.id, copyNo: 1, recipientName: '周敏', recipientUnit: '风险管理部' }));
    const twice = await v.call('reports.distribute', { reportId: rep.id, copyNo: 1, recipientName: '别人', recipientUnit: '别处' });
    expect(!twice.ok && twice.error.code).toBe('REPORT_COPY');
    expect((await v.call('reports.distribute', { reportId: rep.id, copyNo: 4, recipientName: '周敏', recipientUnit: '风险管理部' })).ok).toBe(false);
    ok(await v.call('reports.distribute', { reportId: rep.id, copyNo: 2, recipientName: '陈总', recipientUnit: '总经理办公室' }));
    ok(await v.call('reports.strikeCopy', { reportId: rep.id, copyNo: 2, kind: 'recalled', reason: '收回存档' }));
    ok(await v.call('reports.strikeCopy', { reportId: rep.id, copyNo: 3, kind: 'destroyed', reason: '备用份销毁' }));
    expect((await v.call('reports.strikeCopy', { reportId: rep.id, copyNo: 3, kind: 'recalled', reason: 'x' })).ok).toBe(false);
    expect((await v.call('reports.distribute', { reportId: rep.id, copyNo: 3, recipientName: '周敏', recipientUnit: '风险管理部' })).ok).toBe(false);
    const got = ok(await v.call('reports.get', { reportId: rep.id }));
    expect(got.copies.map((c) => [c.copyNo, c.distribution?.recipientName ?? null, c.strike?.kind ?? null])).toEqual([
      [1, '周敏', null],
      [2, '陈总', 'recalled'],
      [3, null, 'destroyed'],
    ]);
    // the register prints every copy, the struck ones struck through; a struck copy is not printed again
    const { buildDistributionRegister, buildReportCopy } = await import('../../electron/reports/registers');
    const opts = { locale: 'zh-CN' as const, printedBy: '王专员', now: v.clock.now() };
    const reg = buildDistributionRegister(v.ctx.vault!, rep.id, opts);
    expect(reg.rows.map((r) => r.copy)).toEqual(['第 1 份 / 共 3 份', '第 2 份 / 共 3 份', '第 3 份 / 共 3 份']);
    expect(reg.struckRows).toEqual([1, 2]);
    expect(buildReportCopy(v.ctx.vault!, rep.id, 1, opts).copyMark).toBe('第 1 份 / 共 3 份');
    expect(() => buildReportCopy(v!.ctx.vault!, rep.id, 2, opts)).toThrow();
    const db = v.ctx.vault!.db;
    expect(() => db.prepare('DELETE FROM report_copy_strikes').run()).toThrow();
  });

  test('R-REP-1 R-REP-3 malformed input is refused with a translated error and nothing is written', async () => {
    v = await setupReports('zh-CN');
    const rep = ok(await v.call('reports.compile', { templateId: 1, period: NOV }));
    const c0 = counts(v.ctx);
    const f = { key: 'x', label: '指标', source: 'customers', groupBy: 'none', chart: 'none' };
    const bad: [string, unknown, string][] = [
      [
        'reports.proposeTemplate',
        { templateId: 1, name: 'n', reason: 'r', definition: { figures: [{ ...f, source: 'customers; DROP TABLE reports' }] } },
        'definition.figures.0.source',
      ],
      ['reports.proposeTemplate', { templateId: 1, name: 'n', reason: 'r', definition: { figures: [{ ...f, sql: 'SELECT 1' }] } }, 'definition.figures.0'],
      [
        'reports.proposeTemplate',
        { templateId: 1, name: 'n', reason: 'r', definition: { figures: [{ ...f, groupBy: 'carrier' }] } },
        'definition.figures.0.groupBy',
      ],
      ['reports.proposeTemplate', { templateId: 1, name: 'n', reason: 'r', definition: { figures: [{ ...f, chart: 'bar' }] } }, 'definition.figures.0.chart'],
      ['reports.proposeTemplate', { templateId: 1, name: 'n', reason: 'r', definition: { figures: [f, f] } }, 'definition.figures'],
      ['reports.proposeTemplate', { templateId: 1, name: 'n', reason: 'r', definition: { figures: [] } }, 'definition.figures'],
      ['reports.proposeTemplate', { templateId: 1, name: '', reason: 'r', definition: { figures: [f] } }, 'name'],
      ['reports.compile', { templateId: 1, period: { from: '2026-11-30', to: '2026-11-01' } }, 'period.to'],
      ['reports.compile', { templateId: 1, period: { from: '2026-11', to: '2026-11-30' } }, 'period.from'],
      ['reports.request', { templateId: 1, department: '', requesterName: '周敏', period: NOV, frequency: 'monthly', copies: 3, purpose: 'p' }, 'department'],
      ['reports.request', { templateId: 1, department: 'd', requesterName: '周敏', period: NOV, frequency: 'monthly', copies: 0, purpose: 'p' }, 'copies'],
      ['reports.release', { reportId: rep.id, copies: 51 }, 'copies'],
      ['reports.distribute', { reportId: rep.id, copyNo: 1, recipientName: ' ', recipientUnit: 'u' }, 'recipientName'],
      ['reports.strikeCopy', { reportId: rep.id, copyNo: 1, kind: 'lost', reason: 'r' }, 'kind'],
    ];
    for (const [name, input, path] of bad) {
      const r = await v.raw(name, input);
      expect(r.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_INPUT');
        expect(r.error.issues?.map((i) => i.path) ?? [], `${name} ${path}`).toContain(path);
        expect(r.error.issues?.every((i) => !/^v\./.test(i.message))).toBe(true); // translated
      }
    }
    const same = ok(await v.call('reports.template', { templateId: 1 })).versions[0]!;
    const unchanged = await v.call('reports.proposeTemplate', { templateId: 1, name: same.name, definition: same.definition, reason: '无修改' });
    expect(!unchanged.ok && unchanged.error.code).toBe('TEMPLATE_UNCHANGED');
    expect(!unchanged.ok && unchanged.error.message).toMatch(/没有任何修改/);
    expect(counts(v.ctx)).toEqual(c0);
  });

  test('R-REP-1 the .xlsx export opens with exceljs and holds the figures, the template version and the period', async () => {
    v = await setupReports();
    const rep = ok(await v.call('reports.compile', { templateId: 1, period: NOV }));
    let saved: Uint8Array | null = null;
    v.ctx.fileSaver = { save: async (bytes, name) => ((saved = bytes), `/tmp/${name}`) };
    const x = ok(await v.call('reports.exportXlsx', { reportId: rep.id }));
    expect(x.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved!) as never);
    const ws = wb.getWorksheet('统计报表')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['模板版本', '第 1 版']);
    expect(rows).toContainEqual(['统计期间', '2026-11-01 至 2026-11-30']);
    for (const f of rep.figures) for (const r of f.rows) expect(rows).toContainEqual([f.label, r.label, r.value]);
    expect(rows).toContainEqual(['新建客户（按类别）', '特殊客户', 2]);
    expect(v.ctx.vault!.db.prepare(`SELECT count(*) FROM audit_entry WHERE action = 'report.export'`).pluck().get()).toBe(1);
  });
});
