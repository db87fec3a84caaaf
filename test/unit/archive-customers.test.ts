import { afterEach, describe, expect, test } from 'vitest';
import { changePolicy, today } from './policy-helpers';
import { insertCustomer } from '../../electron/archive/customers';
import { getArchivePolicy } from '../../electron/archive/policy';
import type { CustomerCreated, CustomerDetail, SearchPage } from '../../electron/archive/contract/calls';
import { actions, bank, count, ok, person, setupArchive, USCC } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('customers and their archives', () => {
  test('R-CUST-1 R-ARCH-1 creating a customer opens its archive at once, numbered {cat}-{yyyy}-{seq:5}, audited', async () => {
    const v = await setupArchive('dev'); // the development specialist reports a new customer (Art. 4)
    cleanup = v.cleanup;
    const before = count(v.ctx, 'audit_entry');
    const c = ok<CustomerCreated>(await v.call('customers.create', bank()));
    expect(c.archiveNo).toBe('TS-2026-00001');
    const p = ok<CustomerCreated>(await v.call('customers.create', person()));
    expect(p.archiveNo).toBe('YB-2026-00001');
    const d = ok<CustomerDetail>(await v.call('customers.get', { id: c.customerId }));
    expect(d).toMatchObject({
      name: '中国银行',
      category: 'special',
      subType: 'bank',
      idNumber: USCC.boc,
      archiveId: c.archiveId,
      archiveNo: 'TS-2026-00001',
      itemCount: 0,
    });
    expect(count(v.ctx, 'audit_entry')).toBe(before + 2);
    expect(actions(v.ctx).filter((a) => a === 'archive.customer.create')).toHaveLength(2);
  });

  test('R-ARCH-3 archive numbers are unique and strictly increasing; a rolled-back creation leaves no trace and no reuse', async () => {
    const v = await setupArchive();
    cleanup = v.cleanup;
    const vault = v.ctx.vault!;
    const actor = { id: v.ids.op!, name: '信息专员甲' };
    const nos: string[] = [];
    for (let i = 0; i < 3; i++)
      nos.push(ok<CustomerCreated>(await v.call('customers.create', person({ name: `客户${i}`, idKind: 'other', idNumber: `X${i}` }))).archiveNo);
    // a creation that fails after its number was drawn rolls back number and rows together
    expect(() =>
      vault.tx((w) => {
        insertCustomer(w, v.ctx.clock, actor, person({ name: '回滚客户', idKind: 'other', idNumber: 'R1' }));
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(vault.db.prepare(`SELECT count(*) FROM customers WHERE name = '回滚客户'`).pluck().get()).toBe(0);
    for (let i = 3; i < 5; i++)
      nos.push(ok<CustomerCreated>(await v.call('customers.create', person({ name: `客户${i}`, idKind: 'other', idNumber: `X${i}` }))).archiveNo);
    expect(nos).toEqual(['YB-2026-00001', 'YB-2026-00002', 'YB-2026-00003', 'YB-2026-00004', 'YB-2026-00005']);
    expect([...nos].sort()).toEqual(nos);
    // archives cannot be deleted or renumbered, so a committed number can never come back
    expect(() => vault.db.prepare('DELETE FROM archives WHERE archive_no = ?').run(nos[4])).toThrow(/never deleted/);
    expect(() => vault.db.prepare(`UPDATE archives SET archive_no = 'YB-2026-99999' WHERE archive_no = ?`).run(nos[0])).toThrow(/never change/);
    // a pattern change that would collide skips taken numbers (UNIQUE holds)
    vault.db.prepare('DELETE FROM archive_counters').run();
    const again = ok<CustomerCreated>(await v.call('customers.create', person({ name: '客户9', idKind: 'other', idNumber: 'X9' }))).archiveNo;
    expect(again).toBe('YB-2026-00006');
    // the year in the number follows the clock
    v.ctx.clock.set(new Date('2027-01-02T09:00:00+08:00'));
    expect(ok<CustomerCreated>(await v.call('customers.create', bank())).archiveNo).toBe('TS-2027-00001');
  });

  test('R-ARCH-3 R-GOV-1 the number pattern is a policy setting (security officer proposes, GM approves), audited', async () => {
    const v = await setupArchive('sec');
    cleanup = v.cleanup;
    const policy = { ...getArchivePolicy(v.ctx.vault!.db), numberPattern: 'KH{yy}{cat}{seq:4}' };
    const bad = await v.call('policy.propose', {
      key: 'archive.policy',
      value: { ...policy, numberPattern: 'NO-SEQ' },
      effectiveFrom: today(v),
      reason: '调整',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    await changePolicy(v, 'archive.policy', policy);
    expect(actions(v.ctx)).toContain('policy.apply');
    await v.as('op');
    expect(ok<CustomerCreated>(await v.call('customers.create', bank())).archiveNo).toBe('KH26TS0001');
  });

  test('R-ARCH-1 bad input through the dispatcher → BAD_INPUT with translated field messages, nothing written', async () => {
    const v = await setupArchive();
    cleanup = v.cleanup;
    const audit = count(v.ctx, 'audit_entry');
    const bads: unknown[] = [
      bank({ idNumber: '911000001000013429' }),
      person({ idNumber: '110105194912310021' }),
      bank({ name: '' }),
      bank({ email: 'not-an-email' }),
      { ...bank(), extra: 1 },
      { ...bank(), category: 'vip' },
      bank({ firstContactDate: '2026-13-01' }),
      null,
    ];
    for (const b of bads) {
      const r = await v.raw('customers.create', b);
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    const r = await v.call('customers.create', bank({ idNumber: '911000001000013429' }));
    expect(!r.ok && r.error.issues).toEqual([{ path: 'idNumber', message: 'Unified social credit code: wrong format or check character' }]);
    expect(count(v.ctx, 'customers')).toBe(0);
    expect(count(v.ctx, 'archives')).toBe(0);
    expect(count(v.ctx, 'audit_entry')).toBe(audit);
    // a second customer with the same credit code is a duplicate; nothing written either
    ok(await v.call('customers.create', bank()));
    expect(await v.call('customers.create', bank({ name: '中国银行（重复）' }))).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    expect(count(v.ctx, 'customers')).toBe(1);
  });

  test('R-ARCH-1 R-ARCH-3 editing a customer rewrites its search entry in the same transaction, audits the changes, keeps category and number', async () => {
    const v = await setupArchive();
    cleanup = v.cleanup;
    const c = ok<CustomerCreated>(await v.call('customers.create', bank({ name: '中国银行' })));
    const hits = async (q: string) => ok<SearchPage>(await v.call('archive.search', { query: q })).total;
    expect(await hits('zgyh')).toBe(1);
    const d = ok<CustomerDetail>(await v.call('customers.update', { ...bank({ name: '招商银行深圳分行', phone: '0755-83198888' }), id: c.customerId }));
    // issue 12: the phone comes back masked; customers.reveal shows it (audited)
    expect(d).toMatchObject({ name: '招商银行深圳分行', archiveNo: c.archiveNo, phone: '075*-****8888', masked: ['phone'] });
    expect(ok(await v.call('customers.reveal', { id: c.customerId, field: 'phone' }))).toEqual({ value: '0755-83198888' });
    expect([await hits('zgyh'), await hits('中国银行'), await hits('zsyh'), await hits('深圳分行'), await hits('招商')]).toEqual([0, 0, 1, 1, 1]);
    const detail = JSON.parse(v.ctx.vault!.db.prepare(`SELECT detail_json FROM audit_entry WHERE action = 'archive.customer.update'`).pluck().get() as string);
    expect(detail.changed.name).toEqual({ from: '中国银行', to: '招商银行深圳分行' });
    // the category is part of the archive number: it cannot change; bad ID numbers are refused as at creation
    expect(await v.call('customers.update', { ...person({ category: 'general' }), id: c.customerId })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await v.call('customers.update', { ...bank({ idNumber: '911000001000013429' }), id: c.customerId })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await v.call('customers.update', { ...bank(), id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(ok<CustomerDetail>(await v.call('customers.get', { id: c.customerId })).name).toBe('招商银行深圳分行');
  });

  test('R-USE-1 who may create customers: operator and development specialist, not the administrators', async () => {
    const v = await setupArchive('admin');
    cleanup = v.cleanup;
    expect(await v.call('customers.create', bank())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    await v.as('gm');
    expect(await v.call('customers.create', bank())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    expect(count(v.ctx, 'customers')).toBe(0);
  });
});
