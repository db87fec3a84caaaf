// R-REP-1..5 the demo vault's reports, through the real calls as the demo's information specialist:
// the template's version 2 (approved by the GM) and a change still waiting for her; the 风险管理部's
// request approved by the CS manager and the GM; the report compiled for it, naming version 2,
// reviewed by both (signatures verify), released in 4 copies: 3 distributed, copy 3 recalled and
// copy 4 destroyed (struck off, still listed).
import { expect, test } from 'vitest';
import { demoSignedIn } from './demo-fixture';
import { ok } from './kit';

test('R-REP-1 R-REP-2 R-REP-3 R-REP-4 R-REP-5 the demo holds a released report with its distribution, template versions and a pending change', async () => {
  const { call } = await demoSignedIn();

  const [tpl] = ok(await call('reports.templates', {}));
  expect(tpl).toMatchObject({ version: 2, pending: [{ no: expect.stringMatching(/^MB-/) }] });
  const [req] = ok(await call('reports.requests', {}));
  expect(req).toMatchObject({ department: '风险管理部', status: 'approved', copies: 4 });
  const [rep] = ok(await call('reports.list', {}));
  expect(rep).toMatchObject({ status: 'released', templateVersion: 2, requestNo: req!.no, copiesTotal: 4 });
  const detail = ok(await call('reports.get', { reportId: rep!.id }));
  expect(detail.reviews.map((r) => [r.as, r.signerName, r.verified])).toEqual([
    ['infoSupervisor', '李明', true],
    ['csManager', '张伟', true],
  ]);
  expect(detail.copies.map((c) => [c.copyNo, c.distribution?.recipientUnit ?? null, c.strike?.kind ?? null])).toEqual([
    [1, '风险管理部', null],
    [2, '总经理办公室', null],
    [3, '客户服务部', 'recalled'],
    [4, null, 'destroyed'],
  ]);
  // live demo data: customers were created in the month before the demo's clock
  expect(detail.figures.find((f) => f.key === 'newCustomers')!.total).toBeGreaterThanOrEqual(0);
  expect(detail.figures.map((f) => f.key)).toContain('specialCustomers');
});
