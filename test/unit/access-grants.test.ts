// Access grants and the content gate (R-USE-1..3), through the real vault and dispatcher: a grant
// opens an item's content and attachments for its reader (staff: their own session; outsider:
// the operator's session during an open consultation) until it ends — by the injected clock or
// early — and every view under it is one access.view audit entry. The custodian always sees.
import { afterEach, describe, expect, test } from 'vitest';
import type { AttachmentRow } from '../../electron/archive/contract/attachments';
import { grantAllows, grantInForce } from '../../electron/access';
import type { ConsultationRow, GrantDetail, GrantRow } from '../../electron/access/contract/calls';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import { setupAccess } from './access-helpers';
import { ok } from './kit';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
const HOUR = 3_600_000;
const pdf = Buffer.from('%PDF-1.4\n% 授信协议扫描件\n%%EOF\n').toString('base64');

async function rig(locale: 'en' | 'zh-CN' = 'en') {
  const v = await setupAccess(locale);
  cleanup = v.cleanup;
  return v;
}

describe('staff grant: the reader’s own session', () => {
  test('R-USE-1 a staff grant opens content and attachments to its reader until it ends by the clock; then CONTENT_DENIED, even for an open window’s re-check', async () => {
    const v = await rig();
    // the custodian adds a scan to the 机密 item (standing permission)
    await v.as('cus1');
    const scan = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.items.conf, fileName: '协议.pdf', mime: 'application/pdf', dataBase64: pdf }));
    await v.as('dev');
    const denied = await v.call('items.get', { id: v.items.conf });
    expect(!denied.ok && denied.error.code).toBe('CONTENT_DENIED');

    const until = new Date(v.ctx.clock.now().getTime() + 2 * HOUR).toISOString();
    v.grant({ itemIds: [v.items.conf], reader: { kind: 'staff', userId: v.ids.dev!, name: '刘洋', unit: '客户开发部' }, validUntil: until });
    const d = ok(await v.call('items.get', { id: v.items.conf }));
    expect(d).toMatchObject({ title: '综合授信协议（2025年度）', contentUntil: until, contentGrantNo: 'CY-2026-0001' });
    expect(ok(await v.call('attachments.list', { itemId: v.items.conf })).map((a) => a.fileName)).toEqual(['协议.pdf']);
    expect(ok(await v.call('attachments.get', { id: scan.id })).sha256).toBe(scan.sha256);
    expect(ok(await v.call('items.contentStatus', { id: v.items.conf }))).toMatchObject({ open: true, until, grantNo: 'CY-2026-0001' });
    // the grant covers only its items
    expect((await v.call('items.get', { id: v.items.plain })).ok).toBe(false);

    v.ctx.clock.advance(2 * HOUR - 1000);
    expect((await v.call('items.get', { id: v.items.conf })).ok).toBe(true);
    v.ctx.clock.advance(1000); // exactly the end: closed
    const after = await v.call('items.get', { id: v.items.conf });
    expect(!after.ok && after.error.code).toBe('CONTENT_DENIED');
    expect(ok(await v.call('items.contentStatus', { id: v.items.conf }))).toMatchObject({ open: false, until: null });
    const att = await v.call('attachments.get', { id: scan.id });
    expect(!att.ok && att.error.code).toBe('CONTENT_DENIED');
    expect(ok(await v.call('access.grants', { state: 'ended' })).map((g) => g.no)).toEqual(['CY-2026-0001']);
    expect(ok(await v.call('access.grants', {}))).toEqual([]);
  });

  test('R-USE-1 a grant for one reader opens nothing to anyone else; the other readers keep their standing permission only', async () => {
    const v = await rig();
    v.grant({ itemIds: [v.items.conf, v.items.secret], reader: { kind: 'staff', userId: v.ids.dev!, name: '刘洋' } });
    for (const login of ['liming', 'gm', 'op']) {
      await v.as(login);
      const r = await v.call('items.get', { id: v.items.conf });
      expect(!r.ok && r.error.code, login).toBe('CONTENT_DENIED');
    }
    // the operator's standing permission (policy: 普通/秘密) is not a grant: no contentUntil
    expect(ok(await v.call('items.get', { id: v.items.secret }))).toMatchObject({ contentUntil: null, contentGrantNo: null });
    await v.as('dev');
    expect(ok(await v.call('items.get', { id: v.items.secret })).contentGrantNo).toBe('CY-2026-0001');
  });

  test('R-USE-1 without an end time a grant lasts the same day until 18:00 (policy), on the workstation’s wall clock', async () => {
    const v = await rig();
    const id = v.grant({ itemIds: [v.items.conf], reader: { kind: 'staff', userId: v.ids.dev!, name: '刘洋' } });
    const g = ok<GrantDetail>(await v.call('access.grant', { id }));
    const tz = workstationTimeZone();
    expect(g.validFrom).toBe(v.ctx.clock.now().toISOString());
    expect(formatTime(g.validUntil, 'zh-CN', tz)).toBe(`${formatTime(g.validFrom, 'zh-CN', tz, { dateOnly: true })} 18:00:00`);
    expect(g).toMatchObject({ state: 'current', readerKind: 'staff', allowPrint: false, allowDownload: false, highestClassification: 2 });
  });

  test('R-USE-1 the custodian always sees the item, with or without a grant; the view is the archive’s own audit entry, not a grant view', async () => {
    const v = await rig();
    await v.as('cus1');
    expect(ok(await v.call('items.get', { id: v.items.conf })).contentUntil).toBeNull();
    v.ctx.clock.advance(30 * 24 * HOUR);
    expect(ok(await v.call('items.get', { id: v.items.conf })).title).toBe('综合授信协议（2025年度）');
    expect(v.audit('archive.item.view').map((e) => e.actorId)).toEqual([v.ids.cus1, v.ids.cus1]);
    expect(v.audit('access.view')).toEqual([]);
  });
});

describe('outsider grant: only at the reading desk, during a consultation', () => {
  test('R-USE-1 R-USE-3 an outsider’s grant opens the content only in the session of the operator who recorded the time in, until the time out', async () => {
    const v = await rig();
    const gid = v.grant({ itemIds: [v.items.conf] });
    const get = () => v.call('items.get', { id: v.items.conf });
    expect((await get()).ok).toBe(false); // granted, but nobody at the desk
    const c = ok<ConsultationRow>(await v.call('access.consultationStart', { grantId: gid }));
    expect(c).toMatchObject({ grantNo: 'CY-2026-0001', readerName: '周律师', readerUnit: '金杜律师事务所', operatorName: '王建国', timeOut: null });
    expect(ok(await get()).contentGrantNo).toBe('CY-2026-0001');
    // a grant lets a reader look, never change the archive (the operator's own role could add scans)
    const add = await v.call('attachments.add', { itemId: v.items.conf, fileName: 'x.pdf', mime: 'application/pdf', dataBase64: pdf });
    expect(!add.ok && add.error.code).toBe('CONTENT_DENIED');
    // another operator's session does not see it
    await v.as('op2');
    expect((await get()).ok).toBe(false);
    const twice = await v.call('access.consultationStart', { grantId: gid });
    expect(!twice.ok && twice.error.code).toBe('CONSULTATION_OPEN');
    await v.as('op');
    v.ctx.clock.advance(HOUR);
    const out = ok<ConsultationRow>(await v.call('access.consultationEnd', { id: c.id, remarks: '原件已收回' }));
    expect(out.timeOut).toBe(v.ctx.clock.now().toISOString());
    expect((await get()).ok).toBe(false);
    const again = await v.call('access.consultationEnd', { id: c.id });
    expect(!again.ok && again.error.code).toBe('CONSULTATION_CLOSED');
    // a second visit the same day under the same grant is a new register row
    ok(await v.call('access.consultationStart', { grantId: gid }));
    expect((await get()).ok).toBe(true);
    expect(ok(await v.call('access.register', {})).map((r) => [r.readerName, r.timeOut === null])).toEqual([
      ['周律师', false],
      ['周律师', true],
    ]);
  });

  test('R-USE-1 the grant’s end closes the content during an open consultation; no time in once it has ended (translated)', async () => {
    const v = await rig('zh-CN');
    const gid = v.grant({ itemIds: [v.items.conf], validUntil: new Date(v.ctx.clock.now().getTime() + HOUR).toISOString() });
    ok(await v.call('access.consultationStart', { grantId: gid }));
    expect((await v.call('items.get', { id: v.items.conf })).ok).toBe(true);
    v.ctx.clock.advance(HOUR);
    const r = await v.call('items.get', { id: v.items.conf });
    expect(!r.ok && r.error.code).toBe('CONTENT_DENIED');
    expect(!r.ok && r.error.message).toBe('无权查阅该档案材料的内容');
    // the open row stays in the register until its time out is recorded
    expect(ok(await v.call('access.register', { filter: { open: true } }))).toHaveLength(1);
    const late = v.grant({
      itemIds: [v.items.plain],
      validFrom: new Date(v.ctx.clock.now().getTime() - 2 * HOUR).toISOString(),
      validUntil: new Date(v.ctx.clock.now().getTime() + 1000).toISOString(),
    });
    v.ctx.clock.advance(1000);
    const start = await v.call('access.consultationStart', { grantId: late });
    expect(!start.ok && start.error.code).toBe('GRANT_NOT_CURRENT');
    expect(!start.ok && start.error.message).toBe('该查阅授权不在有效期内（未开始、已到期或已终止）');
  });

  test('R-USE-1 a grant not yet begun opens nothing and takes no time in', async () => {
    const v = await rig();
    const now = v.ctx.clock.now().getTime();
    const gid = v.grant({ itemIds: [v.items.conf], validFrom: new Date(now + HOUR).toISOString(), validUntil: new Date(now + 3 * HOUR).toISOString() });
    expect(ok<GrantRow[]>(await v.call('access.grants', {}))[0]!.state).toBe('upcoming');
    const early = await v.call('access.consultationStart', { grantId: gid });
    expect(!early.ok && early.error.code).toBe('GRANT_NOT_CURRENT');
    v.ctx.clock.advance(HOUR);
    ok(await v.call('access.consultationStart', { grantId: gid }));
    expect((await v.call('items.get', { id: v.items.conf })).ok).toBe(true);
  });
});

describe('ending early, audit, copies', () => {
  test('R-USE-1 every view under a grant is one access.view entry naming the grant, reader, item and classification; refused views are the archive’s', async () => {
    const v = await rig();
    await v.as('cus1');
    const scan = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.items.conf, fileName: '协议.pdf', mime: 'application/pdf', dataBase64: pdf }));
    await v.as('op');
    const gid = v.grant({ itemIds: [v.items.conf] });
    const c = ok<ConsultationRow>(await v.call('access.consultationStart', { grantId: gid }));
    ok(await v.call('items.get', { id: v.items.conf }));
    ok(await v.call('items.get', { id: v.items.conf }));
    ok(await v.call('attachments.get', { id: scan.id }));
    ok(await v.call('items.contentStatus', { id: v.items.conf })); // a re-check is not a view
    const views = v.audit('access.view');
    expect(views).toHaveLength(3);
    expect(views.every((e) => e.actorId === v.ids.op && e.entityId === String(v.items.conf))).toBe(true);
    expect(JSON.parse(views[0]!.detail)).toMatchObject({
      op: 'item',
      grantId: gid,
      grantNo: 'CY-2026-0001',
      itemArchiveNo: v.itemNos.conf,
      classification: 2,
      readerName: '周律师',
      readerUnit: '金杜律师事务所',
      consultationId: c.id,
    });
    expect(JSON.parse(views[2]!.detail)).toMatchObject({ op: 'attachment.get', attachmentId: scan.id });
    // no double entry: the archive's own classified-view entries are not written for grant views
    expect(v.audit('archive.item.view')).toEqual([]);
    expect(v.audit('archive.attachment.view')).toEqual([]);
    ok(await v.call('access.consultationEnd', { id: c.id }));
    expect((await v.call('items.get', { id: v.items.conf })).ok).toBe(false);
    expect(v.audit('archive.item.viewDenied')).toHaveLength(1);
    expect(v.audit('access.consultation.start')).toHaveLength(1);
    expect(v.audit('access.consultation.end')).toHaveLength(1);
    expect(v.audit('access.grant.create')).toHaveLength(1);
  });

  test('R-USE-1 a grant ended early (with a reason) closes the content at once; once; audited', async () => {
    const v = await rig('zh-CN');
    const gid = v.grant({ itemIds: [v.items.conf], reader: { kind: 'staff', userId: v.ids.dev!, name: '刘洋' } });
    await v.as('liming');
    const noReason = await v.call('access.endGrant', { id: gid, reason: ' ' });
    expect(!noReason.ok && noReason.error.issues).toEqual([{ path: 'reason', message: '必填' }]);
    await v.as('dev');
    const notMine = await v.call('access.endGrant', { id: gid, reason: '提前结束' });
    expect(!notMine.ok && notMine.error.code).toBe('FORBIDDEN_ROLE');
    expect((await v.call('items.get', { id: v.items.conf })).ok).toBe(true);
    await v.as('liming');
    const ended = ok<GrantRow>(await v.call('access.endGrant', { id: gid, reason: '查阅目的已完成' }));
    expect(ended).toMatchObject({ state: 'ended', ended: { byName: '李明', reason: '查阅目的已完成' } });
    const twice = await v.call('access.endGrant', { id: gid, reason: '再次' });
    expect(!twice.ok && twice.error.code).toBe('GRANT_ENDED');
    await v.as('dev');
    expect((await v.call('items.get', { id: v.items.conf })).ok).toBe(false);
    expect(v.audit('access.grant.end').map((e) => JSON.parse(e.detail))).toEqual([{ no: 'CY-2026-0001', reason: '查阅目的已完成' }]);
  });

  test('R-USE-1 R-SEC-3 print/download are copies: grantAllows and the grant in force say what a grant allows; saving under a view-only grant is refused', async () => {
    const v = await rig();
    const db = v.ctx.vault!.db;
    const viewOnly = v.grant({ itemIds: [v.items.conf], reader: { kind: 'staff', userId: v.ids.dev!, name: '刘洋' } });
    const copies = v.grant({ itemIds: [v.items.secret], reader: { kind: 'staff', userId: v.ids.dev!, name: '刘洋' }, allowPrint: true, allowDownload: true });
    expect([grantAllows(db, viewOnly, 'print'), grantAllows(db, viewOnly, 'download')]).toEqual([false, false]);
    expect([grantAllows(db, copies, 'print'), grantAllows(db, copies, 'download')]).toEqual([true, true]);
    const now = v.ctx.clock.now();
    expect(grantInForce(db, { id: v.ids.dev! }, v.items.secret, now)).toMatchObject({
      grantId: copies,
      no: 'CY-2026-0002',
      allows: { print: true, download: true },
      readerName: '刘洋',
    });
    expect(grantInForce(db, { id: v.ids.op! }, v.items.secret, now)).toBeNull();
    const later = new Date(now.getTime() + 24 * HOUR);
    expect(grantInForce(db, { id: v.ids.dev! }, v.items.secret, later)).toBeNull();
    expect(grantAllows(db, copies, 'download', later)).toBe(false);

    await v.as('cus1');
    const scan = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.items.conf, fileName: '协议.pdf', mime: 'application/pdf', dataBase64: pdf }));
    await v.as('dev');
    v.ctx.fileSaver = { save: async () => '/tmp/never-written.pdf' };
    const save = await v.call('attachments.save', { id: scan.id });
    expect(!save.ok && save.error.code).toBe('CONTENT_DENIED');
  });

  test('R-USE-1 grants and the register are never rewritten: the vault refuses changes and deletions', async () => {
    const v = await rig();
    const gid = v.grant({ itemIds: [v.items.conf] });
    const c = ok<ConsultationRow>(await v.call('access.consultationStart', { grantId: gid }));
    const db = v.ctx.vault!.db;
    expect(() => db.prepare("UPDATE access_grants SET valid_until = '2099-01-01T00:00:00.000Z' WHERE id = ?").run(gid)).toThrow(/never change/);
    expect(() => db.prepare('DELETE FROM access_grant_items WHERE grant_id = ?').run(gid)).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE access_consultations SET time_in = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(c.id)).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM access_consultations WHERE id = ?').run(c.id)).toThrow(/never deleted/);
  });

  test('R-USE-1 malformed calls are refused with nothing written; the reading desk is the operator’s; 三员 see no grants', async () => {
    const v = await rig('zh-CN');
    const gid = v.grant({ itemIds: [v.items.conf] });
    const seq = () => v.ctx.vault!.db.prepare('SELECT max(seq) FROM audit_entry').pluck().get();
    const before = seq();
    for (const bad of [{ grantId: gid, extra: 1 }, { grantId: -1 }, { grantId: gid, remarks: 'x'.repeat(201) }, {}]) {
      const r = await v.raw('access.consultationStart', bad);
      expect(!r.ok && r.error.code).toBe('BAD_INPUT');
    }
    const badDate = await v.raw('access.register', { filter: { from: '2026-13-01' } });
    expect(!badDate.ok && badDate.error.issues).toEqual([{ path: 'filter.from', message: '日期格式不正确' }]);
    expect(seq()).toBe(before);
    await v.as('liming');
    const desk = await v.call('access.consultationStart', { grantId: gid });
    expect(!desk.ok && desk.error.code).toBe('FORBIDDEN_ROLE');
    await v.as('sec');
    const r = await v.call('access.grants', {});
    expect(!r.ok && r.error.code).toBe('FORBIDDEN_ROLE');
  });
});
