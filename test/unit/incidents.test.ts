// R-SEC-7 leak incidents through the real vault (injected clock): reported by anyone signed in,
// the information supervisor and CS manager told (counts) until each acknowledges, the steps in
// order by their person, deadlines and overdue from policy, the evidence frozen and verifiable
// (tampering shows), the affected items held until closure; R-INSP-2 a signed inspection's missing
// items open one incident; malformed input refused with nothing written.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { activeHolds } from '../../electron/incidents/holds';
import { ok } from './kit';
import { changePolicy } from './policy-helpers';
import { counts, report, setupIncidents, type IncidentRig } from './incidents-fixture';
import { scanAll, setupInspections, signBoth } from './inspections-fixture';

const HOUR = 3_600_000;
let v: IncidentRig;
beforeEach(async () => {
  v = await setupIncidents();
});
afterEach(() => {
  v.ctx.vault?.close();
  v.cleanup();
});
const db = () => v.ctx.vault!.db;

describe('R-SEC-7 report and notify', () => {
  test('R-SEC-7 the operator reports at once; supervisor and CS manager each see it until they acknowledge', async () => {
    const x = ok(await v.call('incidents.report', report(v, { itemIds: [v.items[0]!], customerIds: [v.otherCustomerId] })));
    expect(x.no).toMatch(/^XM-2026-001$/);
    expect(x.state).toBe('reported');
    expect(x.reportedByName).toBe('王专员');
    // the named item plus every item of the named customer
    expect(x.items.map((i) => i.itemId)).toEqual([v.items[0], v.otherItem]);
    expect(x.customers.map((c) => c.name)).toEqual(['平安银行']);
    expect(x.next).toMatchObject({ step: 'contained', overdue: false });
    expect(ok(await v.call('incidents.counts')).unacknowledged).toBe(0); // the reporter has nothing to acknowledge
    for (const who of ['sup', 'csm']) {
      await v.as(who);
      expect(ok(await v.call('incidents.counts'))).toEqual({ open: 1, overdue: 0, unacknowledged: 1 });
      expect(ok(await v.call('incidents.list', { filter: 'open' }))[0]!.mineToAck).toBe(true);
    }
    await v.as('sup');
    const acked = ok(await v.call('incidents.acknowledge', { incidentId: x.id }));
    expect(acked.acks.map((a) => a.userName)).toEqual(['李主管']);
    expect(ok(await v.call('incidents.counts')).unacknowledged).toBe(0);
    const again = await v.call('incidents.acknowledge', { incidentId: x.id });
    expect(again.ok || again.error.code).toBe('INCIDENT_ACKED');
    await v.as('csm');
    expect(ok(await v.call('incidents.counts')).unacknowledged).toBe(1); // acknowledgement is per person
    ok(await v.call('incidents.acknowledge', { incidentId: x.id }));
    expect(ok(await v.call('incidents.counts')).unacknowledged).toBe(0);
    await v.as('op');
    const r = await v.call('incidents.acknowledge', { incidentId: x.id });
    expect(r.ok || r.error.code).toBe('FORBIDDEN_ROLE');
  });
});

describe('R-SEC-7 reports without items', () => {
  test('R-SEC-7 an administrator (三员分立) reports by description only: nothing frozen or held, told to the handlers, sees only their own', async () => {
    ok(await v.call('incidents.report', report(v, { itemIds: [v.items[0]!] }))); // op's, with an item
    await v.as('admin');
    const before = counts(v.ctx);
    const refused = await v.call('incidents.report', report(v, { itemIds: [v.items[0]!] }));
    expect(refused.ok || refused.error.code).toBe('INCIDENT_ADMIN_SCOPE');
    const cust = await v.call('incidents.report', report(v, { customerIds: [v.otherCustomerId] }));
    expect(cust.ok || cust.error.code).toBe('INCIDENT_ADMIN_SCOPE');
    expect(counts(v.ctx)).toEqual(before);
    const x = ok(await v.call('incidents.report', report(v, { itemIds: [], customerIds: [], summary: '审计日志显示有人在非工作时间批量导出档案目录' })));
    expect(x).toMatchObject({ state: 'reported', items: [], customers: [], heldItems: 0, unscoped: true });
    expect(counts(v.ctx)).toMatchObject({
      item_holds: before.item_holds,
      incident_items: before.incident_items,
      incident_customers: before.incident_customers,
    });
    expect(x.evidenceCheck.ok).toBe(true);
    // the administrator sees their own report only (the operator's names customer information)
    expect(ok(await v.call('incidents.list', { filter: 'all' })).map((r) => r.no)).toEqual([x.no]);
    const other = await v.call('incidents.get', { incidentId: x.id - 1 });
    expect(other.ok || other.error.code).toBe('NOT_FOUND');
    await v.as('sup');
    expect(ok(await v.call('incidents.counts'))).toMatchObject({ open: 2, unacknowledged: 2 });
  });

  test('R-SEC-7 a business role may report a leak tied to no known item: no evidence freeze, no hold, marked on the incident', async () => {
    const x = ok(await v.call('incidents.report', report(v, { itemIds: [], customerIds: [] })));
    expect(x).toMatchObject({ items: [], customers: [], heldItems: 0, unscoped: true });
    const y = ok(await v.call('incidents.report', report(v, { itemIds: [v.items[0]!] })));
    expect(y).toMatchObject({ heldItems: 1, unscoped: false });
  });
});

describe('R-SEC-7 steps to closure', () => {
  test('R-SEC-7 each step by its person, skips and wrong persons refused, overdue marked, holds released at close', async () => {
    const x = ok(await v.call('incidents.report', report(v, { itemIds: [v.items[0]!, v.items[1]!] })));
    expect(activeHolds(db(), [...v.items, v.otherItem])).toEqual([
      { itemId: v.items[0], reason: '泄密事件证据保全', ref: x.no },
      { itemId: v.items[1], reason: '泄密事件证据保全', ref: x.no },
    ]);
    await v.as('sup');
    const before = counts(v.ctx);
    const skip = await v.call('incidents.step', { incidentId: x.id, step: 'investigating', note: '开始调查' });
    expect(skip.ok || skip.error.code).toBe('INCIDENT_STEP_ORDER');
    const closeBySup = await v.call('incidents.step', { incidentId: x.id, step: 'closed', note: '结案' });
    expect(closeBySup.ok || closeBySup.error.code).toBe('INCIDENT_STEP_ORDER');
    expect(counts(v.ctx)).toEqual(before);

    // 25 h after the report the containment (24 h) is overdue
    v.ctx.clock.advance(25 * HOUR);
    expect(ok(await v.call('incidents.counts')).overdue).toBe(1);
    expect(ok(await v.call('incidents.list', { filter: 'overdue' })).map((r) => r.id)).toEqual([x.id]);
    let row = ok(await v.call('incidents.step', { incidentId: x.id, step: 'contained', note: '已删除外传文件，涉事人员停止接触档案' }));
    expect(row.state).toBe('contained');
    expect(row.steps[0]).toMatchObject({ step: 'contained', byName: '李主管', late: true });
    expect(row.acks.map((a) => a.userName)).toEqual(['李主管']); // recording a step acknowledges the report
    expect(row.mineToAck).toBe(false);
    expect(ok(await v.call('incidents.counts')).overdue).toBe(0);

    await v.as('csm');
    const invByCsm = await v.call('incidents.step', { incidentId: x.id, step: 'investigating', note: '调查' });
    expect(invByCsm.ok || invByCsm.error.code).toBe('INCIDENT_STEP_ROLE');
    await v.as('sup');
    row = ok(await v.call('incidents.step', { incidentId: x.id, step: 'investigating', note: '调取查阅、借阅、复制记录核对' }));
    row = ok(await v.call('incidents.step', { incidentId: x.id, step: 'resolved', note: '查明系复印件遗失，已收回并处理责任人' }));
    expect(row.steps.map((s) => s.late)).toEqual([true, false, false]);
    const closeSup = await v.call('incidents.step', { incidentId: x.id, step: 'closed', note: '结案' });
    expect(closeSup.ok || closeSup.error.code).toBe('INCIDENT_STEP_ROLE');
    expect(activeHolds(db(), v.items)).toHaveLength(2); // still held until closed

    await v.as('csm');
    row = ok(await v.call('incidents.step', { incidentId: x.id, step: 'closed', note: '经复核同意结案' }));
    expect(row.state).toBe('closed');
    expect(row.next).toBeNull();
    expect(row.heldItems).toBe(0);
    expect(activeHolds(db(), v.items)).toEqual([]);
    expect(db().prepare('SELECT count(*) FROM item_holds WHERE released_by IS NOT NULL').pluck().get()).toBe(2);
    const twice = await v.call('incidents.step', { incidentId: x.id, step: 'closed', note: '再次结案' });
    expect(twice.ok || twice.error.code).toBe('INCIDENT_STEP_ORDER');
    expect(ok(await v.call('incidents.counts'))).toEqual({ open: 0, overdue: 0, unacknowledged: 0 });
    const steps = db().prepare(`SELECT detail_json FROM audit_entry WHERE action = 'incident.step' ORDER BY seq`).pluck().all() as string[];
    expect(steps.map((d) => (JSON.parse(d) as { step: string }).step)).toEqual(['contained', 'investigating', 'resolved', 'closed']);
  });

  test('R-SEC-7 deadlines are a policy value: containment shortened to 2 h (proposed, GM-approved), the due time follows', async () => {
    const x = ok(await v.call('incidents.report', report(v, { itemIds: [v.items[2]!] })));
    expect(Date.parse(x.next!.dueAt) - Date.parse(x.reportedAt)).toBe(24 * HOUR);
    await changePolicy(v, 'incidents.deadlineHours', { contained: 2, investigating: 72, resolved: 720, closed: 1080 });
    const row = ok(await v.call('incidents.get', { incidentId: x.id }));
    expect(Date.parse(row.next!.dueAt) - Date.parse(row.reportedAt)).toBe(2 * HOUR);
    v.ctx.clock.advance(3 * HOUR);
    expect(ok(await v.call('incidents.get', { incidentId: x.id })).next!.overdue).toBe(true);
  });
});

describe('R-SEC-7 evidence freeze', () => {
  test('R-SEC-7 the history at the report is frozen as canonical JSON; its sha256 is in the audit entry; tampering shows', async () => {
    const x = ok(await v.call('incidents.report', report(v, { itemIds: [v.items[0]!] })));
    const stored = db().prepare('SELECT evidence_json, evidence_sha256 FROM incidents WHERE id = ?').get(x.id) as {
      evidence_json: string;
      evidence_sha256: string;
    };
    const recomputed = createHash('sha256').update(stored.evidence_json).digest('hex');
    expect(recomputed).toBe(stored.evidence_sha256);
    const audit = db().prepare(`SELECT detail_json FROM audit_entry WHERE action = 'incident.report' AND entity_id = ?`).pluck().get(String(x.id)) as string;
    expect((JSON.parse(audit) as { evidenceSha256: string }).evidenceSha256).toBe(recomputed);
    expect(x.evidenceCheck).toEqual({ computed: recomputed, recorded: recomputed, ok: true });
    const ev = x.evidence as { incidentNo: string; items: { itemId: number; custody: { state: string }[] }[] };
    expect(ev.incidentNo).toBe(x.no);
    expect(ev.items.map((i) => i.itemId)).toEqual([v.items[0]]);
    expect(ev.items[0]!.custody.map((c) => c.state)).toContain('onShelf');

    // later history does not change the frozen evidence
    const rep = ok(await v.call('repairs.create', { itemId: v.items[0]!, finding: 'damaged', note: '封皮破损' }));
    ok(await v.call('repairs.start', { repairId: rep.id, note: '送修复室' }));
    expect(db().prepare('SELECT custody_state FROM items WHERE id = ?').pluck().get(v.items[0])).toBe('inRepair');
    expect(ok(await v.call('incidents.get', { incidentId: x.id })).evidenceSha256).toBe(recomputed);

    // someone edits the file behind the app's back: the stored text no longer matches the audit trail
    db().exec('DROP TRIGGER incidents_no_update');
    const forged = stored.evidence_json.replace('"onShelf"', '"onLoan"');
    expect(forged).not.toBe(stored.evidence_json);
    db().prepare('UPDATE incidents SET evidence_json = ? WHERE id = ?').run(forged, x.id);
    let check = ok(await v.call('incidents.get', { incidentId: x.id })).evidenceCheck;
    expect(check.ok).toBe(false);
    expect(check.recorded).toBe(recomputed);
    // … even with the stored hash rewritten to match
    db().prepare('UPDATE incidents SET evidence_sha256 = ? WHERE id = ?').run(createHash('sha256').update(forged).digest('hex'), x.id);
    check = ok(await v.call('incidents.get', { incidentId: x.id })).evidenceCheck;
    expect(check.ok).toBe(false);
  });
});

describe('R-SEC-7 malformed input', () => {
  test('R-SEC-7 bad reports are refused with a clear error and nothing is written', async () => {
    const before = counts(v.ctx);
    const cases: [unknown, string][] = [
      [{ ...report(v, { itemIds: [v.items[0]!] }), summary: '  ' }, 'BAD_INPUT'],
      [{ ...report(v, { itemIds: [v.items[0]!] }), foundAt: '昨天' }, 'BAD_INPUT'],
      [{ ...report(v, { itemIds: [v.items[0]!] }), measures: 'x'.repeat(1001) }, 'BAD_INPUT'],
      [{ ...report(v, { itemIds: [v.items[0]!] }), extra: 1 }, 'BAD_INPUT'],
      [{ ...report(v, { itemIds: [-1] }) }, 'BAD_INPUT'],
      [report(v, { itemIds: [99999] }), 'NOT_FOUND'],
      [report(v, { customerIds: [99999] }), 'NOT_FOUND'],
      [report(v, { itemIds: [v.items[0]!], foundAt: new Date(v.ctx.clock.now().getTime() + HOUR).toISOString() }), 'INCIDENT_FOUND_LATER'],
    ];
    for (const [input, code] of cases) {
      const r = await v.raw('incidents.report', input);
      expect(r.ok || r.error.code, JSON.stringify(input)).toBe(code);
    }
    const msg = await v.raw('incidents.report', { ...report(v, { itemIds: [v.items[0]!] }), summary: '' });
    expect(msg.ok || msg.error.code).toBe('BAD_INPUT');
    const x = ok(await v.call('incidents.report', report(v, { itemIds: [v.items[0]!] })));
    await v.as('sup');
    const mid = counts(v.ctx);
    for (const input of [{ incidentId: x.id, step: 'contained', note: '' }, { incidentId: x.id, step: 'reported', note: '已报告' }, { incidentId: x.id }]) {
      const r = await v.raw('incidents.step', input);
      expect(r.ok || r.error.code).toBe('BAD_INPUT');
    }
    expect(counts(v.ctx)).toEqual(mid);
    expect(mid.incidents).toBe(before.incidents! + 1);
  });
});

describe('R-INSP-2 R-SEC-7 a missing item opens an incident', () => {
  test('R-INSP-2 R-SEC-7 a signed inspection with two missing items opens one incident listing them, held', async () => {
    const w = await setupInspections();
    try {
      await w.as('sup');
      const p = ok(await w.call('inspections.createPlan', { scope: 'room', roomId: w.roomId }));
      await w.as('op');
      let ins = ok(await w.call('inspections.start', { planId: p.id }));
      const [, b, c] = w.items as [number, number, number];
      for (const id of [b, c]) ins = ok(await w.call('inspections.mark', { inspectionId: ins.id, itemId: id, result: 'missing', note: '柜内未见' }));
      ins = await scanAll(w, { ...ins, items: ins.items.filter((i) => i.itemId !== b && i.itemId !== c) });
      await signBoth(w, ins.id);
      const list = ok(await w.call('incidents.list', { filter: 'open' }));
      expect(list).toHaveLength(1);
      expect(list[0]!.inspectionNo).toBe(ins.no);
      expect(list[0]!.items.map((i) => i.itemId)).toEqual([b, c]);
      expect(list[0]!.summary).toContain('2 件档案材料缺失');
      expect(activeHolds(w.ctx.vault!.db, w.items).map((h) => h.itemId)).toEqual([b, c]);
    } finally {
      w.ctx.vault?.close();
      w.cleanup();
    }
  });
});

describe('R-SEC-7 the incident report on paper', () => {
  test('R-SEC-7 R-IT-1 a handler prints the 泄密事件报告 (the register is built as no one in particular: never mistaken for an administrator) and its page verifies as current', async () => {
    const v = await setupIncidents('zh-CN');
    try {
      let html = '';
      v.ctx.printer = {
        toPdf: async (h: string) => ((html = h), { path: '/tmp/incident-report-test.pdf', pages: 1 }),
        toPrinter: async (h: string) => ((html = h), true),
      };
      const inc = ok(await v.call('incidents.report', report(v, { itemIds: [v.items[0]!] })));
      await v.as('sup');
      ok(await v.call('incidents.print', { incidentId: inc.id, target: 'printer' }));
      expect(html).toContain('泄密事件报告');
      expect(html).toContain(report(v).summary);
      const code = /打印件核验码　([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3})/.exec(html)?.[1];
      expect(code).toBeTruthy();
      expect(ok(await v.call('printcheck.verify', { code: code! })).verdict).toBe('current');
    } finally {
      v.ctx.vault?.close();
      v.cleanup();
    }
  });
});
