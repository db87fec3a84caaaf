import { afterEach, describe, expect, test } from 'vitest';
import { insertItem, retentionUntil } from '../../electron/archive/items';
import type { CustomerCreated, HandoverRow, IndexPage, ItemCreated, ItemDetail } from '../../electron/archive/contract/calls';
import type { SignatureRow } from '../../electron/contract/types';
import { listSignatures, verifySignatureRow } from '../../electron/people/signatures';
import { PW } from './auth-helpers';
import { actions, bank, count, item, ok, person, setupArchive } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function withCustomer(login = 'op') {
  const v = await setupArchive('op');
  cleanup = v.cleanup;
  const boc = ok<CustomerCreated>(await v.call('customers.create', bank())).customerId;
  if (login !== 'op') await v.as(login);
  return { ...v, boc };
}

describe('archive items', () => {
  test('R-ARCH-5 carrier and writing medium are recorded; ballpoint, pencil and thermal paper are flagged non-durable at intake', async () => {
    const v = await withCustomer();
    for (const [medium, flagged] of [
      ['print', false],
      ['carbonInk', false],
      ['ballpoint', true],
      ['pencil', true],
      ['thermalPaper', true],
    ] as const) {
      const r = ok<ItemCreated>(await v.call('items.create', item(v.boc, { writingMedium: medium, carrier: 'paper' })));
      expect([medium, r.nonDurable, r.warnings]).toEqual([medium, flagged, flagged ? ['nonDurableMedium'] : []]);
      expect(ok<ItemDetail>(await v.call('items.get', { id: r.id }))).toMatchObject({ writingMedium: medium, carrier: 'paper', nonDurable: flagged });
    }
    expect(await v.call('items.create', item(v.boc, { carrier: 'floppy' as 'usb' }))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(actions(v.ctx).filter((a) => a === 'archive.item.create')).toHaveLength(5);
  });

  test('R-SEC-6 retention: 10 / 30 years from the document date (or intake), permanent has no end', () => {
    const intake = new Date('2026-11-27T01:00:00Z');
    expect(retentionUntil('10y', '2025-03-01', intake)).toBe('2035-03-01');
    expect(retentionUntil('30y', undefined, intake)).toBe('2056-11-27');
    expect(retentionUntil('10y', '2024-02-29', intake)).toBe('2034-02-28');
    expect(retentionUntil('permanent', '2025-03-01', intake)).toBeNull();
  });

  test('R-SEC-2 机密/绝密 items need a designated custodian holding the custodian role; bad input writes nothing', async () => {
    const v = await withCustomer();
    const audit = count(v.ctx, 'audit_entry');
    const r = await v.call('items.create', item(v.boc, { classification: 2 }));
    expect(!r.ok && r.error.issues).toEqual([{ path: 'custodianId', message: 'Confidential and top-secret items need a designated custodian' }]);
    expect(await v.call('items.create', item(v.boc, { classification: 3, custodianId: v.ids.gm }))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await v.call('items.create', item(v.boc, { title: '', pages: -1 }))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await v.call('items.create', item(999, {}))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count(v.ctx, 'items')).toBe(0);
    expect(count(v.ctx, 'search_docs')).toBe(1); // the customer only
    expect(count(v.ctx, 'audit_entry')).toBe(audit);
    ok(await v.call('items.create', item(v.boc, { classification: 3, custodianId: v.ids.cus1 })));
  });
});

describe('content gating (R-USE-1, R-SEC-2)', () => {
  test('R-USE-1 sysAdmin, security officer and auditor cannot see the index (三员分立); archive roles see index lines', async () => {
    const v = await withCustomer();
    ok(await v.call('items.create', item(v.boc)));
    for (const l of ['admin', 'sec', 'aud']) {
      await v.as(l);
      expect(await v.call('archive.index', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
      expect(await v.call('archive.search', { query: '中国银行' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
      expect(await v.call('items.get', { id: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    }
    for (const l of ['gm', 'dev', 'cus2']) {
      await v.as(l);
      expect(ok<IndexPage>(await v.call('archive.index', {})).total).toBe(1);
    }
  });

  test("R-USE-1 R-SEC-2 only the custodian sees a classified item's content; every classified view (and refusal) is audited", async () => {
    const v = await withCustomer();
    const secret = ok<ItemCreated>(await v.call('items.create', item(v.boc, { title: '绝密授信方案', classification: 3, custodianId: v.ids.cus1 }))).id;
    const plain = ok<ItemCreated>(await v.call('items.create', item(v.boc, { title: '普通对账单' }))).id;
    const views = () => v.ctx.vault!.db.prepare(`SELECT action, actor_id FROM audit_entry WHERE action LIKE 'archive.item.view%' ORDER BY seq`).all();

    // operator: the plain item yes (not audited as a classified view), the secret one no
    ok(await v.call('items.get', { id: plain }));
    expect(await v.call('items.get', { id: secret })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
    // the index line is still there, with the mark in the remarks column
    const idx = ok<IndexPage>(await v.call('archive.index', {}));
    expect(idx.rows.find((r) => r.itemId === secret)).toMatchObject({ title: '绝密授信方案', remarks: '【绝密】', classification: 3 });
    // another custodian and the GM: no
    for (const l of ['cus2', 'gm']) {
      await v.as(l);
      expect(await v.call('items.get', { id: secret })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
    }
    await v.as('cus1');
    expect(ok<ItemDetail>(await v.call('items.get', { id: secret }))).toMatchObject({
      title: '绝密授信方案',
      classificationLabel: '绝密',
      custodianName: '保管员丙',
    });
    expect(views()).toEqual([
      { action: 'archive.item.viewDenied', actor_id: v.ids.op },
      { action: 'archive.item.viewDenied', actor_id: v.ids.cus2 },
      { action: 'archive.item.viewDenied', actor_id: v.ids.gm },
      { action: 'archive.item.view', actor_id: v.ids.cus1 },
    ]);
  });

  test('R-SEC-2 custodian handover (交接) is a record signed by the receiving custodian; only then does the custodian change', async () => {
    const v = await withCustomer();
    const secret = ok<ItemCreated>(await v.call('items.create', item(v.boc, { classification: 2, custodianId: v.ids.cus1 }))).id;
    const hand = (signerLogin: string, signerPassword = PW) =>
      v.call('items.handover', { itemId: secret, toCustodianId: v.ids.cus2!, remarks: '岗位调整', signerLogin, signerPassword });
    // the operator may not hand over an item that has a custodian
    expect(await hand('cus2')).toMatchObject({ ok: false, error: { code: 'NOT_CUSTODIAN' } });
    await v.as('cus1');
    // someone other than the receiver signing is refused; a wrong password leaves a failed record
    expect(await hand('gm')).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await hand('cus2', 'wrong-password-1')).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(ok<ItemDetail>(await v.call('items.get', { id: secret })).custodianId).toBe(v.ids.cus1);
    const done = ok<HandoverRow>(await hand('cus2'));
    expect(done).toMatchObject({
      status: 'completed',
      fromCustodianId: v.ids.cus1,
      toCustodianId: v.ids.cus2,
      signature: { signerName: '保管员丁', meaning: 'approved', valid: true },
    });
    const all = ok<HandoverRow[]>(await v.call('items.handovers', { itemId: secret }));
    expect(all.map((h) => h.status)).toEqual(['failed', 'completed']);
    // the former custodian has lost access; the new one has it
    expect(await v.call('items.get', { id: secret })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
    await v.as('cus2');
    expect(ok<ItemDetail>(await v.call('items.get', { id: secret })).custodianName).toBe('保管员丁');
    // the signature verifies against the row, and breaks if the record is altered
    const db = v.ctx.vault!.db;
    const sig = listSignatures(db, 'handover', String(done.id))[0] as SignatureRow;
    expect(verifySignatureRow(db, sig)).toBe(true);
    db.prepare(`UPDATE handovers SET remarks = '篡改' WHERE id = ?`).run(done.id);
    expect(verifySignatureRow(db, sig)).toBe(false);
    expect(actions(v.ctx)).toEqual(expect.arrayContaining(['archive.handover.create', 'archive.handover.fail', 'signature.sign', 'archive.handover.complete']));
  });
});

describe('item numbers (件号)', () => {
  test('R-ARCH-1 R-ARCH-3 items numbered within the archive in creation order: creation returns the item 档号 (archive no.-item no.), a second archive keeps its own sequence', async () => {
    const v = await withCustomer();
    const zhang = ok<CustomerCreated>(await v.call('customers.create', person())).customerId;
    const made: ItemCreated[] = [];
    for (const cid of [v.boc, v.boc, zhang, v.boc, zhang]) made.push(ok<ItemCreated>(await v.call('items.create', item(cid))));
    expect(made.map((m) => [m.archiveNo, m.itemNo, m.itemArchiveNo])).toEqual([
      ['TS-2026-00001', 1, 'TS-2026-00001-001'],
      ['TS-2026-00001', 2, 'TS-2026-00001-002'],
      ['YB-2026-00001', 1, 'YB-2026-00001-001'],
      ['TS-2026-00001', 3, 'TS-2026-00001-003'],
      ['YB-2026-00001', 2, 'YB-2026-00001-002'],
    ]);
    // the detail and the audit entry name the item by its own 档号
    expect(ok<ItemDetail>(await v.call('items.get', { id: made[3]!.id }))).toMatchObject({
      archiveNo: 'TS-2026-00001',
      itemNo: 3,
      itemArchiveNo: 'TS-2026-00001-003',
    });
    const detail = v.ctx
      .vault!.db.prepare(`SELECT detail_json FROM audit_entry WHERE action = 'archive.item.create' AND entity_id = ?`)
      .pluck()
      .get(String(made[4]!.id)) as string;
    expect(JSON.parse(detail)).toMatchObject({ archiveNo: 'YB-2026-00001', itemNo: 2, itemArchiveNo: 'YB-2026-00001-002' });
  });

  test('R-ARCH-1 item numbers are never reused: the counter is kept in the vault across sign-out, a rolled-back creation hands out nothing, renumbering or winding the counter back is refused', async () => {
    const v = await withCustomer();
    ok(await v.call('items.create', item(v.boc)));
    ok(await v.call('items.create', item(v.boc)));
    let db = v.ctx.vault!.db;
    expect(db.prepare('SELECT next_item_no FROM archives WHERE customer_id = ?').pluck().get(v.boc)).toBe(3);
    // a creation that fails after taking its number takes the counter back with it: the number was never seen
    expect(() =>
      v.ctx.vault!.tx((w) => {
        insertItem(w, v.ctx.clock, { id: v.ids.op!, name: '信息专员甲' }, item(v.boc));
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(count(v.ctx, 'items')).toBe(2);
    // the vault refuses a renumber, a move to another archive's sequence and a counter wound back
    expect(() => db.prepare('UPDATE items SET item_no = 1 WHERE item_no = 2').run()).toThrow(/never change/);
    expect(() => db.prepare('UPDATE archives SET next_item_no = 2').run()).toThrow(/never reused/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO items(archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
           VALUES (1, 3, 'x', 'x', 'paper', 'print', 0, '30y', 0, 'now')`,
        )
        .run(),
    ).toThrow(/archive counter/);
    // signed out (vault closed) and back: the count goes on from 3
    ok(await v.call('auth.signOut'));
    expect(v.ctx.vault).toBeNull();
    await v.as('op');
    db = v.ctx.vault!.db;
    expect(ok<ItemCreated>(await v.call('items.create', item(v.boc))).itemArchiveNo).toBe('TS-2026-00001-003');
    expect(db.prepare('SELECT item_no FROM items ORDER BY id').pluck().all()).toEqual([1, 2, 3]);
  });
});
