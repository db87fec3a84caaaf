// R-INSP-1 / R-INSP-2 through the real vault: plans due and overdue on the injected clock, the walk
// by label (present, missing, misplaced, unexpected; the QR payload or the typed 档号), condition
// findings, the two signatures at the machine (inspector first, a supervisor other than the
// inspector), the record frozen once signed, repair tasks opened from the findings, custody
// onShelf → inRepair → onShelf, verified at the next inspection; bad input refused, nothing written.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ItemCreated } from '../../electron/archive/contract/calls';
import { item } from './archive-helpers';
import { ok } from './kit';
import { PW } from './auth-helpers';
import { changePolicy } from './policy-helpers';
import { counts, custody, scanAll, setupInspections, signBoth, type InspectionRig } from './inspections-fixture';

const DAY = 86_400_000;
let v: InspectionRig;
beforeEach(async () => {
  v = await setupInspections();
});
afterEach(() => {
  v.ctx.vault?.close();
  v.cleanup();
});

async function plan() {
  await v.as('sup');
  const p = ok(await v.call('inspections.createPlan', { scope: 'room', roomId: v.roomId }));
  await v.as('op');
  return p;
}

describe('R-INSP-1 plans and their due state', () => {
  test('R-INSP-1 a new plan is due within the fortnight, overdue after; signed: due again six months later (policy)', async () => {
    const p = await plan();
    expect(p.intervalMonths).toBe(6);
    expect(p.state).toBe('due');
    expect(ok(await v.call('inspections.counts'))).toEqual({ due: 1, overdue: 0, open: 0 });
    v.ctx.clock.advance(15 * DAY);
    expect(ok(await v.call('inspections.plans'))[0]!.state).toBe('overdue');
    expect(ok(await v.call('inspections.counts')).overdue).toBe(1);
    const ins = await scanAll(v, ok(await v.call('inspections.start', { planId: p.id })));
    await signBoth(v, ins.id);
    const after = ok(await v.call('inspections.plans'))[0]!;
    expect(after.state).toBe('ok');
    expect(after.lastInspectionId).toBe(ins.id);
    // 2026-12-12 09:00 (+08:00) + 6 months
    expect(after.dueAt).toBe('2027-06-12T01:00:00.000Z');
    v.ctx.clock.advance(170 * DAY); // 2027-05-31: within 14 days of the due date
    expect(ok(await v.call('inspections.plans'))[0]!.state).toBe('due');
    v.ctx.clock.advance(12 * DAY);
    expect(ok(await v.call('inspections.plans'))[0]!.state).toBe('overdue');
  });
  test('R-INSP-1 R-GOV-1 the interval is policy: the security officer proposes 3 months, the GM approves, the plan follows', async () => {
    const p = await plan();
    const ins = await scanAll(v, ok(await v.call('inspections.start', { planId: p.id })));
    await signBoth(v, ins.id);
    await changePolicy(v, 'inspections.policy', { intervalMonths: 3, dueSoonDays: 14 }, { back: 'op' });
    expect(ok(await v.call('inspections.plans'))[0]!.dueAt).toBe('2027-02-27T01:00:00.000Z');
    expect((await v.call('inspections.setPolicy', { intervalMonths: 3, dueSoonDays: 14 })).ok).toBe(false);
  });
  test('R-INSP-1 one plan per room or cabinet; the operator may not plan; bad input writes nothing', async () => {
    await plan();
    await v.as('sup');
    const before = counts(v.ctx);
    const dup = await v.call('inspections.createPlan', { scope: 'room', roomId: v.roomId });
    expect(dup.ok || dup.error.code).toBe('PLAN_EXISTS');
    const bad = await v.call('inspections.createPlan', { scope: 'cabinet', cabinetId: v.a01, intervalMonths: 48 });
    expect(bad.ok || bad.error.code).toBe('BAD_INPUT');
    expect(counts(v.ctx)).toEqual(before);
    await v.as('op');
    const r = await v.call('inspections.createPlan', { scope: 'cabinet', cabinetId: v.a01 });
    expect(r.ok || r.error.code).toBe('FORBIDDEN_ROLE');
  });
});

describe('R-INSP-1 the walk', () => {
  test('R-INSP-1 scan reconciliation: present, misplaced, missing and a found-but-unexpected item', async () => {
    const p = await plan();
    let ins = ok(await v.call('inspections.start', { planId: p.id }));
    expect(ins.no).toBe('JC-2026-001');
    expect(ins.counts).toMatchObject({ expected: 4, pending: 4 });
    expect(ins.cabinets.map((c) => [c.code, c.expected])).toEqual([
      ['A01', 3],
      ['A02', 1],
    ]);
    const [a, b, c, d] = v.items as [number, number, number, number];
    // a: scanned as the scanner types the QR payload
    const qr = JSON.stringify({ archiveNo: v.archiveNo(a).slice(0, -4), itemArchiveNo: v.archiveNo(a), itemId: a });
    let s = ok(await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: v.a01, code: qr }));
    expect(s.result).toBe('present');
    // b: typed in lower case with spaces, in the wrong cabinet
    s = ok(await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: v.a02, code: ` ${v.archiveNo(b).toLowerCase()} ` }));
    expect(s.result).toBe('misplaced');
    expect(s.expectedLocation).toContain('A01');
    // the same label again: repeated, nothing new
    const audits = counts(v.ctx).audit_entry;
    s = ok(await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: v.a02, code: v.archiveNo(b) }));
    expect(s.repeated).toBe(true);
    expect(counts(v.ctx).audit_entry).toBe(audits);
    // c: not found → marked missing
    ins = ok(await v.call('inspections.mark', { inspectionId: ins.id, itemId: c, result: 'missing', note: '柜内未见' }));
    // d in A02 present
    ok(await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: v.a02, code: v.archiveNo(d) }));
    // an item still at intake (no shelf position), found in A01: unexpected
    const stray = ok<ItemCreated>(await v.call('items.create', item(v.customerId, { title: '零散材料' }))).id;
    s = ok(await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: v.a01, code: v.archiveNo(stray) }));
    expect(s.result).toBe('unexpected');
    ins = s.inspection;
    expect(ins.counts).toMatchObject({ expected: 4, present: 2, misplaced: 1, missing: 1, unexpected: 1, pending: 0 });
    const row = (id: number) => ins.items.find((i) => i.itemId === id)!;
    expect(row(b).foundCabinetCode).toBe('A02');
    expect(row(c).note).toBe('柜内未见');
  });
});

describe('R-INSP-1 refusals', () => {
  test('R-INSP-1 an unknown label, a cabinet outside the scope, "other" without a note: refused, nothing written', async () => {
    const p = await plan();
    const ins = ok(await v.call('inspections.start', { planId: p.id }));
    const before = counts(v.ctx);
    const r1 = await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: v.a01, code: 'XX-2026-99999-001' });
    expect(r1.ok || r1.error.code).toBe('UNKNOWN_LABEL');
    const r2 = await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: 9999, code: v.archiveNo(v.items[0]!) });
    expect(r2.ok || r2.error.code).toBe('NOT_IN_CABINET');
    ok(await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: v.a01, code: v.archiveNo(v.items[0]!) }));
    const mid = counts(v.ctx);
    const r3 = await v.raw('inspections.finding', { inspectionId: ins.id, itemId: v.items[0], finding: 'other', note: '' });
    expect(r3.ok).toBe(false);
    if (!r3.ok) expect(r3.error.issues).toEqual([{ path: 'note', message: 'Describe the finding when choosing "other"' }]);
    const r4 = await v.call('inspections.finding', { inspectionId: ins.id, itemId: v.items[1]!, finding: 'faded' });
    expect(r4.ok || r4.error.code).toBe('BAD_INPUT');
    const r5 = await v.raw('inspections.mark', { inspectionId: ins.id, itemId: v.items[1], result: 'misplaced' });
    expect(r5.ok).toBe(false);
    const r6 = await v.raw('inspections.scan', { inspectionId: ins.id, cabinetId: v.a01, code: '' });
    expect(r6.ok).toBe(false);
    expect(counts(v.ctx)).toEqual({ ...mid });
    expect(before.audit_entry!).toBeLessThan(mid.audit_entry!);
    // the inspector cannot sign while items are unchecked
    const r7 = await v.call('inspections.sign', { inspectionId: ins.id, as: 'inspector', signerLogin: 'op', signerPassword: PW });
    expect(r7.ok || r7.error.code).toBe('INSPECTION_PENDING');
  });
});

describe('R-INSP-1 signatures', () => {
  test('R-INSP-1 the inspector signs first, then a supervisor other than the inspector; the signed record is frozen', async () => {
    const p = await plan();
    const ins = await scanAll(v, ok(await v.call('inspections.start', { planId: p.id })));
    const early = await v.call('inspections.sign', { inspectionId: ins.id, as: 'supervisor', signerLogin: 'sup', signerPassword: PW });
    expect(early.ok || early.error.code).toBe('INSPECTION_SIGN_ORDER');
    const stranger = await v.call('inspections.sign', { inspectionId: ins.id, as: 'inspector', signerLogin: 'op2', signerPassword: PW });
    expect(stranger.ok || stranger.error.code).toBe('INSPECTION_SIGNER');
    const wrong = await v.call('inspections.sign', { inspectionId: ins.id, as: 'inspector', signerLogin: 'op', signerPassword: 'wrong-password-1' });
    expect(wrong.ok || wrong.error.code).toBe('WRONG_PASSWORD');
    let r = ok(await v.call('inspections.sign', { inspectionId: ins.id, as: 'inspector', signerLogin: 'op', signerPassword: PW }));
    expect(r.status).toBe('inspected');
    // frozen after the inspector's signature
    const late = await v.call('inspections.finding', { inspectionId: ins.id, itemId: v.items[0]!, finding: 'faded' });
    expect(late.ok || late.error.code).toBe('INSPECTION_STATE');
    const notSup = await v.call('inspections.sign', { inspectionId: ins.id, as: 'supervisor', signerLogin: 'op2', signerPassword: PW });
    expect(notSup.ok || notSup.error.code).toBe('INSPECTION_SIGNER');
    r = ok(await v.call('inspections.sign', { inspectionId: ins.id, as: 'supervisor', signerLogin: 'sup', signerPassword: PW }));
    expect(r.status).toBe('signed');
    expect(r.signatures.map((s) => [s.as, s.signerName, s.valid])).toEqual([
      ['inspector', '王专员', true],
      ['supervisor', '李主管', true],
    ]);
    // a forged change under the triggers is refused; a change by hand breaks both signatures
    expect(() => v.ctx.vault!.db.prepare("UPDATE inspection_items SET result = 'missing' WHERE inspection_id = ?").run(ins.id)).toThrow(/never changed/);
    const db = v.ctx.vault!.db;
    db.exec('DROP TRIGGER inspection_items_frozen');
    db.prepare("UPDATE inspection_items SET finding = 'mould' WHERE inspection_id = ?").run(ins.id);
    expect(ok(await v.call('inspections.get', { inspectionId: ins.id })).signatures.map((s) => s.valid)).toEqual([false, false]);
  });
});

describe('R-INSP-2 repairs', () => {
  test('R-INSP-2 a faded finding opens a repair task at signing; in repair off the shelf; repaired back on its shelf; verified at the next inspection', async () => {
    const p = await plan();
    const [a] = v.items as [number];
    let ins = await scanAll(v, ok(await v.call('inspections.start', { planId: p.id })));
    ins = ok(await v.call('inspections.finding', { inspectionId: ins.id, itemId: a, finding: 'faded', note: '复写字迹褪色' }));
    expect(ok(await v.call('repairs.list', {}))).toEqual([]);
    await signBoth(v, ins.id);
    let [task] = ok(await v.call('repairs.list', {}));
    expect(task).toMatchObject({ no: 'XF-2026-001', itemId: a, finding: 'faded', findingNote: '复写字迹褪色', inspectionNo: ins.no, state: 'open' });
    const location = task!.location;
    expect(location).toContain('A01');
    task = ok(await v.call('repairs.start', { repairId: task!.id, note: '送修复室显色处理' }));
    expect(task.state).toBe('inRepair');
    expect(custody(v.ctx, a)).toBe('inRepair');
    // off the shelf: not expected at an inspection, not lendable, not sent twice
    const again = await v.call('repairs.start', { repairId: task.id, note: 'x' });
    expect(again.ok || again.error.code).toBe('REPAIR_STATE');
    const dup = await v.call('repairs.create', { itemId: a, finding: 'damaged', note: '封皮破损' });
    expect(dup.ok || dup.error.code).toBe('REPAIR_OPEN');
    const bad = await v.raw('repairs.finish', { repairId: task.id, done: '' });
    expect(bad.ok).toBe(false);
    task = ok(await v.call('repairs.finish', { repairId: task.id, done: '显色处理后字迹清晰，另制复制件' }));
    expect(task.state).toBe('repaired');
    expect(custody(v.ctx, a)).toBe('onShelf');
    expect(task.location).toBe(location);
    expect(ok(await v.call('repairs.counts'))).toEqual({ open: 0, inRepair: 0, repaired: 1 });
    // the next inspection finds it in good order: verified when the supervisor signs
    v.ctx.clock.advance(180 * DAY);
    const next = await scanAll(v, ok(await v.call('inspections.start', { planId: p.id })));
    await signBoth(v, next.id);
    [task] = ok(await v.call('repairs.list', {}));
    expect(task!.state).toBe('verified');
    expect(task!.events.map((e) => [e.kind, e.inspectionNo])).toEqual([
      ['start', null],
      ['finish', null],
      ['verify', next.no],
    ]);
    const kinds = v.ctx.vault!.db.prepare("SELECT state FROM custody_events WHERE item_id = ? AND ref_type = 'repair' ORDER BY id").pluck().all(a);
    expect(kinds).toEqual(['inRepair', 'onShelf']);
  });
  test('R-INSP-2 an item in repair is not expected on the shelf; the repair register prints', async () => {
    const p = await plan();
    const [a] = v.items as [number];
    const t = ok(await v.call('repairs.create', { itemId: a, finding: 'damaged', note: '封皮撕裂' }));
    ok(await v.call('repairs.start', { repairId: t.id, note: '托裱' }));
    const ins = ok(await v.call('inspections.start', { planId: p.id }));
    expect(ins.items.map((i) => i.itemId)).not.toContain(a);
    const loan = await v.call('repairs.start', { repairId: t.id, note: 'x' });
    expect(loan.ok).toBe(false);
  });
});
