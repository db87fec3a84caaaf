// R-INSP-3 through the real vault: readings judged against the carrier limits (paper 14–24 °C /
// 45–60 % RH, magnetic 40–60 %) and the daily swing (±2 °C / ±5 % RH) from policy, a failed 八防
// check, an out-of-range reading needing an action before its day closes (refused without, nothing
// written), missing readings flagged on the injected clock, a data logger's CSV imported in one
// transaction (bad line: nothing written), the chart's SVG with the limit bands, malformed input.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ALL_OK } from '../../electron/environment/contract/calls';
import { ok, vaultWith } from './kit';
import { changePolicy } from './policy-helpers';

const USERS = [
  { login: 'op', roles: ['operator' as const], name: '王专员' },
  { login: 'sec', roles: ['securityOfficer' as const], name: '孙保密' },
  { login: 'gm', roles: ['gm' as const], name: '陈总' },
];
type Rig = Awaited<ReturnType<typeof vaultWith>> & { roomId: number };
let v: Rig;
beforeEach(async () => {
  const x = await vaultWith(USERS, { as: 'op' });
  const room = ok(await x.call('locations.createRoom', { name: '一号库房' }));
  v = { ...x, roomId: room.id };
});
afterEach(() => {
  v.ctx.vault?.close();
  v.cleanup();
});

const count = (t: string) => v.ctx.vault!.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
const counts = () => ({ r: count('env_readings'), a: count('env_actions'), c: count('env_day_closes'), audit: count('audit_entry') });
// the rig's clock: Friday 2026-11-27 09:00 (+08:00)
const reading = (hhmm: string, temperature: number, humidity: number, day = '2026-11-27', checks = ALL_OK) => ({
  roomId: v.roomId,
  at: `${day}T${hhmm}:00+08:00`,
  temperature,
  humidity,
  checks,
});

describe('R-INSP-3 limits, swing and 八防', () => {
  test('R-INSP-3 paper limits 14–24 °C / 45–60 % RH: in range, too humid, too cold, a failed 防虫 check', async () => {
    v.ctx.clock.set(new Date('2026-11-27T18:00:00+08:00'));
    expect(ok(await v.call('environment.record', reading('08:00', 19.5, 52))).problems).toEqual([]);
    expect(ok(await v.call('environment.record', reading('09:00', 19.8, 61))).problems).toEqual(['rhHigh']);
    expect(ok(await v.call('environment.record', reading('07:00', 13.5, 50, '2026-11-26'))).problems).toEqual(['tLow']);
    const pests = ok(await v.call('environment.record', reading('10:00', 19.6, 53, '2026-11-25', { ...ALL_OK, pests: false })));
    expect(pests.problems).toEqual(['check.pests']);
  });
  test('R-INSP-3 R-GOV-1 magnetic media (policy per room, changed under GM approval): 42 % RH is fine there, too dry for paper', async () => {
    v.ctx.clock.set(new Date('2026-11-27T18:00:00+08:00'));
    expect(ok(await v.call('environment.record', reading('08:00', 19, 42))).problems).toEqual(['rhLow']);
    const p = ok(await v.call('environment.policy'));
    await changePolicy(v, 'environment.policy', { ...p, rooms: { [String(v.roomId)]: 'magnetic' } }, { back: 'op' });
    expect(ok(await v.call('environment.readings', { roomId: v.roomId, from: '2026-11-27', to: '2026-11-27' }))[0]!.problems).toEqual([]);
    const gm = await v.as('gm').then(() => v.call('environment.setPolicy', { ...p, readingsPerDay: 3 }));
    expect(gm.ok || gm.error.code).toBe('FORBIDDEN_ROLE');
  });
  test('R-INSP-3 daily swing ≤ ±2 °C / ±5 % RH around the day’s mean: the reading that breaks it is flagged', async () => {
    v.ctx.clock.set(new Date('2026-11-27T20:00:00+08:00'));
    ok(await v.call('environment.record', reading('08:00', 16.5, 46)));
    ok(await v.call('environment.record', reading('12:00', 18, 50)));
    const hot = ok(await v.call('environment.record', reading('16:00', 22.5, 58)));
    // mean 19 °C: 22.5 deviates 3.5 > 2; mean 51.3 %: 58 deviates 6.7 > 5 — both within the absolute limits
    expect(hot.problems).toEqual(['tSwing', 'rhSwing']);
  });
});

describe('R-INSP-3 actions and the day close', () => {
  test('R-INSP-3 an out-of-range reading needs an action before the day closes: refused without, nothing written; closed with it', async () => {
    v.ctx.clock.set(new Date('2026-11-27T17:30:00+08:00'));
    ok(await v.call('environment.record', reading('09:00', 19, 52)));
    const bad = ok(await v.call('environment.record', reading('15:00', 25.4, 55)));
    // too hot, and 6.4 °C above the morning: the daily swing too
    expect(bad.problems).toEqual(['tHigh', 'tSwing']);
    const before = counts();
    const r = await v.call('environment.closeDay', { roomId: v.roomId, day: '2026-11-27' });
    expect(r.ok || r.error.code).toBe('ACTION_MISSING');
    expect(counts()).toEqual(before);
    const okReading = ok(await v.call('environment.readings', { roomId: v.roomId, from: '2026-11-27', to: '2026-11-27' }))[0]!;
    const needless = await v.call('environment.addAction', { readingId: okReading.id, action: '无' + '需处置' });
    expect(needless.ok || needless.error.code).toBe('NOT_OUT_OF_RANGE');
    const empty = await v.raw('environment.addAction', { readingId: bad.id, action: ' ' });
    expect(empty.ok).toBe(false);
    expect(counts()).toEqual(before);
    const acted = ok(await v.call('environment.addAction', { readingId: bad.id, action: '空调调低至 20 °C，17:00 复测 22.8 °C' }));
    expect(acted.actions.map((a) => a.byName)).toEqual(['王专员']);
    const closed = ok(await v.call('environment.closeDay', { roomId: v.roomId, day: '2026-11-27' }));
    expect(closed).toMatchObject({ readings: 2, outOfRange: 1, unresolved: 0, missing: 0 });
    expect(closed.closed?.byName).toBe('王专员');
    // nothing more that day; a closed day stays closed
    const late = await v.call('environment.record', reading('16:00', 19, 52));
    expect(late.ok || late.error.code).toBe('DAY_CLOSED');
    expect(() => v.ctx.vault!.db.prepare('DELETE FROM env_day_closes').run()).toThrow(/stays closed/);
    expect(() => v.ctx.vault!.db.prepare('UPDATE env_readings SET temperature = 20').run()).toThrow(/never changed/);
    const future = await v.call('environment.closeDay', { roomId: v.roomId, day: '2026-11-28' });
    expect(future.ok || future.error.code).toBe('DAY_NOT_BEGUN');
  });
  test('R-INSP-3 missing readings (policy: twice a day) are flagged on the injected clock', async () => {
    v.ctx.clock.set(new Date('2026-11-26T09:00:00+08:00'));
    ok(await v.call('environment.record', reading('08:30', 19, 52, '2026-11-26')));
    // 26th, 11:00: one reading due by noon is there
    v.ctx.clock.set(new Date('2026-11-26T11:00:00+08:00'));
    expect(ok(await v.call('environment.days', { roomId: v.roomId, month: '2026-11' })).at(-1)).toMatchObject({ day: '2026-11-26', readings: 1, missing: 0 });
    // the next morning the 26th is short of its second reading, and the 27th of nothing yet
    v.ctx.clock.set(new Date('2026-11-27T09:00:00+08:00'));
    const days = ok(await v.call('environment.days', { roomId: v.roomId, month: '2026-11' }));
    expect(days.find((d) => d.day === '2026-11-26')).toMatchObject({ readings: 1, missing: 1 });
    expect(days.find((d) => d.day === '2026-11-27')).toMatchObject({ readings: 0, missing: 0 });
    expect(days.find((d) => d.day === '2026-11-25')).toMatchObject({ readings: 0, missing: 2 });
    expect(ok(await v.call('environment.counts')).missingDays).toBe(7);
    v.ctx.clock.set(new Date('2026-11-27T13:00:00+08:00'));
    expect(ok(await v.call('environment.rooms'))[0]!.today).toMatchObject({ readings: 0, missing: 1 });
  });
});

describe('R-INSP-3 data logger CSV and the chart', () => {
  test('R-INSP-3 a logger CSV (header, UTC+8 times) imports in one transaction; duplicates skipped; a bad line writes nothing', async () => {
    v.ctx.clock.set(new Date('2026-11-27T18:00:00+08:00'));
    const csv = ['时间,温度(℃),湿度(%RH)', '2026-11-27 08:00:00,19.2,51.5', '2026/11/27 12:00,20.1,53', '2026-11-27 16:00,20.4,62.5', ''].join('\r\n');
    expect(ok(await v.call('environment.importCsv', { roomId: v.roomId, csv }))).toEqual({ imported: 3, skipped: 0, outOfRange: 1 });
    const rows = ok(await v.call('environment.readings', { roomId: v.roomId, from: '2026-11-27', to: '2026-11-27' }));
    expect(rows.map((r) => [r.at, r.source])).toEqual([
      ['2026-11-27T00:00:00.000Z', 'csv'],
      ['2026-11-27T04:00:00.000Z', 'csv'],
      ['2026-11-27T08:00:00.000Z', 'csv'],
    ]);
    expect(ok(await v.call('environment.importCsv', { roomId: v.roomId, csv }))).toEqual({ imported: 0, skipped: 3, outOfRange: 0 });
    const before = counts();
    const bad = await v.call('environment.importCsv', { roomId: v.roomId, csv: '时间,温度,湿度\n2026-11-26 08:00,19,50\n2026-11-26 12:00,abc,50' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect([bad.error.code, bad.error.message]).toEqual(['CSV_FORMAT', 'CSV line 3 is not understood (expected: time, temperature, relative humidity)']);
    expect(counts()).toEqual(before);
  });
  test('R-INSP-3 the room chart (day / month / year) is an ECharts SVG with both limit bands', async () => {
    v.ctx.clock.set(new Date('2026-11-27T18:00:00+08:00'));
    ok(await v.call('environment.record', reading('08:00', 19.5, 52)));
    ok(await v.call('environment.record', reading('16:00', 25.5, 52)));
    for (const period of ['day', 'month', 'year'] as const) {
      const { svg } = ok(await v.call('environment.chart', { roomId: v.roomId, period, date: '2026-11-27' }));
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('温度 14–24 °C');
      expect(svg).toContain('湿度 45–60 %');
      expect(svg).toContain('相对湿度 (%RH)');
    }
    const bad = await v.raw('environment.record', { ...reading('10:00', 120, 52) });
    expect(bad.ok).toBe(false);
  });
});
