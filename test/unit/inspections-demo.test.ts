// R-INSP-1 R-INSP-2 R-INSP-3 the demo vault's inspections, repairs and environment, through the real
// calls as the demo's information specialist: a past inspection signed by both (its signatures
// verify), plans due, an open and a done repair, 60 days of readings with out-of-range ones and their
// actions, one day short of a reading, past days closed.
import { expect, test } from 'vitest';
import { demoSignedIn } from './demo-fixture';
import { ok } from './kit';

test('R-INSP-1 R-INSP-2 R-INSP-3 the demo holds a signed past inspection, due plans, open and done repairs, two months of readings with actions', async () => {
  const { call, clock } = await demoSignedIn();

  const plans = ok(await call('inspections.plans'));
  expect(plans.map((p) => [p.scopeName, p.state])).toEqual([
    ['一号档案库房 A01 柜', 'due'],
    ['一号档案库房 B01 柜', 'due'],
    ['二号档案库房', 'ok'],
  ]);
  const records = ok(await call('inspections.list', {}));
  expect(records.map((r) => r.status)).toEqual(['signed', 'signed']);
  const a01 = records.find((r) => r.scopeName.includes('A01'))!;
  expect(a01.signatures.map((s) => [s.as, s.signerName, s.valid])).toEqual([
    ['inspector', '王建国', true],
    ['supervisor', '李明', true],
  ]);
  expect(a01.counts).toMatchObject({ missing: 0, pending: 0, findings: 2 });
  expect(a01.counts.present).toBeGreaterThan(10);

  const repairs = ok(await call('repairs.list', {}));
  expect(repairs.map((r) => [r.finding, r.state, r.inspectionNo])).toEqual([
    ['damaged', 'inRepair', a01.no],
    ['faded', 'repaired', a01.no],
  ]);

  const rooms = ok(await call('environment.rooms'));
  expect(rooms.map((r) => r.roomName)).toEqual(['一号档案库房', '二号档案库房']);
  const today = new Date(clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
  const readings = ok(await call('environment.readings', { roomId: rooms[0]!.roomId, from, to: today }));
  expect(readings.length).toBe(119);
  const out = readings.filter((r) => r.problems.length);
  expect(out.length).toBeGreaterThanOrEqual(3);
  expect(out.every((r) => r.actions.length > 0)).toBe(true);
  expect(ok(await call('environment.counts'))).toMatchObject({ unresolved: 0, unclosedDays: 4 });
});
