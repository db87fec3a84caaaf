// Print verification across registers (issue 9): the 查阅登记簿 (a consultation ended after the print:
// its row differs in the time out, rows keyed by grant and time in, not by the printed position) and
// the archive index register (an item added after the print: a row added). Real vault, injected clock.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ConsultationRow } from '../../electron/access/contract/calls';
import type { PrintCheckResult } from '../../electron/printcheck/contract/calls';
import { setupAccess } from './access-helpers';
import { item } from './archive-helpers';
import { ok } from './kit';

const CODE = /打印件核验码　([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3})/g;

describe('R-USE-1 R-ARCH-3 print verification of the access register and the archive index', () => {
  let v: Awaited<ReturnType<typeof setupAccess>>;
  let last = '';
  const check = async (code: string): Promise<PrintCheckResult> => ok(await v.call('printcheck.verify', { code }));
  const firstCode = () => [...last.matchAll(CODE)].map((m) => m[1]!)[0]!;

  beforeAll(async () => {
    v = await setupAccess('zh-CN');
    v.ctx.printer = {
      toPdf: async (html: string) => ((last = html), { path: '/tmp/printcheck-registers.pdf', pages: 1 }),
      toPrinter: async () => true,
    };
  }, 90_000);
  afterAll(() => {
    v?.ctx.vault?.close();
    v?.cleanup();
  });

  test('R-USE-1 print verification: a consultation ended after the 查阅登记簿 printed → that row differs in its time out only', async () => {
    const g1 = v.grant({ itemIds: [v.items.plain], reader: { kind: 'staff', userId: null, name: '高磊', unit: '客户服务部' } });
    const g2 = v.grant({ itemIds: [v.items.secret] });
    const a = ok<ConsultationRow>(await v.call('access.consultationStart', { grantId: g1 }));
    v.ctx.clock.advance(10 * 60_000);
    ok(await v.call('access.consultationStart', { grantId: g2 }));
    ok(await v.call('access.printRegister', { filter: {}, target: 'pdf' }));
    const code = firstCode();
    expect((await check(code)).verdict).toBe('current');
    v.ctx.clock.advance(30 * 60_000);
    ok(await v.call('access.consultationEnd', { id: a.id }));
    const r = await check(code);
    expect(r.verdict).toBe('outdated');
    expect(r.changes).toMatchObject({ added: [], struckOff: [], removed: [] });
    expect(r.changes!.changed).toHaveLength(1);
    expect(r.changes!.changed[0]!.label).toContain('高磊');
    expect(r.changes!.changed[0]!.fields).toHaveLength(1);
  });

  test('R-ARCH-3 print verification: an item added after the archive index printed → a row added', async () => {
    ok(await v.call('archive.printIndex', { filter: {}, target: 'pdf' }));
    const code = firstCode();
    expect((await check(code)).verdict).toBe('current');
    const added = ok(await v.call('items.create', item(v.boc.customerId, { title: '抵押合同' })));
    const r = await check(code);
    expect(r.verdict).toBe('outdated');
    expect(r.changes!.pageMatches).toBe(true);
    expect(r.changes!.added.map((x) => x.key)).toEqual([added.itemArchiveNo]);
  });
});
