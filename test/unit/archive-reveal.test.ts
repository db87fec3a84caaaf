// Personal identifiers masked by default (issue 12): customers.get and customers.update mask
// resident ID / passport numbers and phone numbers; customers.reveal shows one in full to a role the
// archive policy lets see content (operator by default), and every reveal — refused ones too — is
// one audit entry. Real vault, real dispatcher.
import { afterEach, describe, expect, test } from 'vitest';
import type { CustomerCreated, CustomerView } from '../../electron/archive/contract/calls';
import { maskIdNumber, maskPhone } from '../../electron/archive/contract/mask';
import { bank, ok, person, setupArchive } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('masked identifiers', () => {
  test('R-SEC-2 R-USE-1 resident ID and phone are masked (110105********002X); the operator reveals one, audited; a role without content access is refused, audited too', async () => {
    const v = await setupArchive('op', 'zh-CN');
    cleanup = v.cleanup;
    const zhang = ok<CustomerCreated>(await v.call('customers.create', person({ phone: '13812345678' })));
    const shown = ok<CustomerView>(await v.call('customers.get', { id: zhang.customerId }));
    expect(shown).toMatchObject({ idNumber: '110105********002X', phone: '138****5678', masked: ['idNumber', 'phone'] });
    // an organisation's credit code is not a personal identifier: readable
    const boc = ok<CustomerCreated>(await v.call('customers.create', bank()));
    expect(ok<CustomerView>(await v.call('customers.get', { id: boc.customerId }))).toMatchObject({ idNumber: '911000001000013428', masked: ['phone'] });

    expect(ok(await v.call('customers.reveal', { id: zhang.customerId, field: 'idNumber' }))).toEqual({ value: '11010519491231002X' });
    const last = () =>
      v.ctx.vault!.db.prepare('SELECT action, actor_name AS actor, entity_id AS id, detail_json AS d FROM audit_entry ORDER BY seq DESC LIMIT 1').get() as {
        action: string;
        actor: string;
        id: string;
        d: string;
      };
    expect(last()).toMatchObject({ action: 'archive.customer.reveal', actor: '信息专员甲', id: String(zhang.customerId) });
    expect(JSON.parse(last().d)).toEqual({ archiveNo: zhang.archiveNo, field: 'idNumber' });

    // the general manager may open customers (ARCHIVE_ROLES) but the policy gives content to the operator only
    await v.as('gm');
    expect(ok<CustomerView>(await v.call('customers.get', { id: zhang.customerId })).idNumber).toBe('110105********002X');
    expect(await v.call('customers.reveal', { id: zhang.customerId, field: 'phone' })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
    expect(last()).toMatchObject({ action: 'archive.customer.revealDenied', actor: '总经理' });
  });

  test('R-SEC-2 the masks keep the ends: passports 2 + 2, phones the first 3 and last 4 digits, separators kept', () => {
    expect(maskIdNumber('passport', 'E12345678')).toBe('E1*****78');
    expect(maskIdNumber('uscc', '911000001000013428')).toBe('911000001000013428');
    expect(maskPhone('010-66596688')).toBe('010-****6688');
    expect(maskPhone('123')).toBe('***');
    expect(maskIdNumber('residentId', null)).toBeNull();
  });
});
