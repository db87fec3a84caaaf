// Forms never change what the user typed (issue 12): a cabinet with 层数 50, 柜号 "a 01!" or an
// item with 页数 −3 is refused with a field error that names the allowed range or format, and
// nothing is written (the same contract schema checks the form and the IPC boundary).
import { afterEach, describe, expect, test } from 'vitest';
import type { CustomerCreated } from '../../electron/archive/contract/calls';
import { count, item, ok, person, setupArchive } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('form ranges', () => {
  test('R-ARCH-4 R-ARCH-5 out-of-range numbers and a malformed 柜号 get field errors naming the range/format; nothing written', async () => {
    const v = await setupArchive('op', 'zh-CN');
    cleanup = v.cleanup;
    const room = ok(await v.call('locations.createRoom', { name: '一号库房' })).id;
    const cab = { roomId: room, code: 'A01', zone: 'general' as const, segregated: false, shelves: 4, positions: 10 };
    expect(await v.call('locations.createCabinet', { ...cab, shelves: 50 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'shelves', message: '层数须为 1–20 的整数' }] },
    });
    expect(await v.call('locations.createCabinet', { ...cab, positions: 2.5 })).toMatchObject({
      error: { issues: [{ path: 'positions', message: '每层位数须为 1–100 的整数' }] },
    });
    expect(await v.call('locations.createCabinet', { ...cab, code: 'a 01!' })).toMatchObject({
      error: { issues: [{ path: 'code', message: '柜号只能由字母、数字和连字符组成，以字母或数字开头（如 A01、B-02）' }] },
    });
    expect(count(v.ctx, 'cabinets')).toBe(0);
    expect(ok(await v.call('locations.createCabinet', { ...cab, code: 'B-02' })).locations).toBe(40);

    const c = ok<CustomerCreated>(await v.call('customers.create', person()));
    expect(await v.call('items.create', item(c.customerId, { pages: -3 }))).toMatchObject({
      error: { issues: [{ path: 'pages', message: '页数须为 0–100000 的整数' }] },
    });
    expect(count(v.ctx, 'items')).toBe(0);
  });
});
