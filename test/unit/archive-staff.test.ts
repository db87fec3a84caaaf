// The calls the archive screens need beyond the domain's own: archive.staff (custodian and
// relationship-owner pickers for roles that may not read the user register) and the search
// filters kind (the customer list) and customerId (a customer's items).
import { afterEach, describe, expect, test } from 'vitest';
import type { SearchPage, StaffRow } from '../../electron/archive/contract/calls';
import { bank, item, ok, person, setupArchive } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('archive screens support', () => {
  test('R-SEC-2 archive.staff lists active business-role users with business roles only; admin roles refused', async () => {
    const v = await setupArchive('op');
    cleanup = v.cleanup;
    const staff = ok<StaffRow[]>(await v.call('archive.staff'));
    const logins = staff.map((s) => s.login);
    expect(logins).toEqual(expect.arrayContaining(['op', 'dev', 'cus1', 'cus2', 'gm']));
    // 三员分立: the security officer, auditor and administrator are nobody's custodian
    expect(logins).not.toContain('sec');
    expect(logins).not.toContain('aud');
    expect(logins).not.toContain('admin');
    expect(staff.find((s) => s.login === 'cus1')!.roles).toEqual(['custodian']);
    await v.as('aud');
    const refused = await v.call('archive.staff');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN_ROLE');
  });

  test('R-ARCH-3 search filter kind=customer lists customers only; customerId narrows to one archive', async () => {
    const v = await setupArchive('op');
    cleanup = v.cleanup;
    const a = ok<{ customerId: number }>(await v.call('customers.create', bank()));
    const b = ok<{ customerId: number }>(await v.call('customers.create', person()));
    for (const t of ['合同一', '合同二']) ok(await v.call('items.create', item(a.customerId, { title: t })));
    ok(await v.call('items.create', item(b.customerId, { title: '合同三' })));

    const customers = ok<SearchPage>(await v.call('archive.search', { query: '', filter: { kind: 'customer' } }));
    expect(customers.total).toBe(2);
    expect(customers.hits.every((h) => h.kind === 'customer')).toBe(true);
    const items = ok<SearchPage>(await v.call('archive.search', { query: '', filter: { kind: 'item', customerId: a.customerId } }));
    expect(items.hits.map((h) => h.title).sort()).toEqual(['合同一', '合同二']);
    expect(items.total).toBe(2);
    const all = ok<SearchPage>(await v.call('archive.search', { query: '', filter: {} }));
    expect(all.total).toBe(5);
  });
});
