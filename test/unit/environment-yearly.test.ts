// R-INSP-3 the yearly environment analysis through the real vault on an injected clock: per month
// the readings, temperature and RH min / max / mean, days out of range, out-of-range readings and
// the actions taken, days short of readings and how many are missing — each equal to an
// independent SQL count over env_readings / env_actions — with the year chart; printed through the
// one register printer (audited) and refused for a bad year.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ChromiumPrinter } from '../e2e/support/chromium-printer';
import { HAVE_PRINT_TOOLS } from './print-helpers';
import { ALL_OK } from '../../electron/environment/contract/calls';
import { buildYearlyAnalysis } from '../../electron/environment/registers/yearly-analysis';
import { ok, vaultWith } from './kit';

let v: Awaited<ReturnType<typeof vaultWith>>;
let roomId = 0;
let printer: ChromiumPrinter | undefined;
const OUT = join(process.cwd(), 'test', 'output', 'print');
const NOW = new Date('2026-05-10T20:00:00+08:00');

beforeAll(async () => {
  v = await vaultWith([{ login: 'op', roles: ['operator'], name: '王专员' }], { as: 'op', locale: 'zh-CN' });
  roomId = ok(await v.call('locations.createRoom', { name: '一号库房' })).id;
  v.ctx.clock.set(NOW);
  // March 1 – May 10: two readings a day, a few days short, a few too hot / too damp, most acted on
  for (let t = Date.parse('2026-03-01T00:00:00+08:00'); t < Date.parse('2026-05-11T00:00:00+08:00'); t += 86_400_000) {
    const day = new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
    const n = Number(day.slice(8, 10));
    const am = ok(
      await v.call('environment.record', { roomId, at: `${day}T09:00:00+08:00`, temperature: 17 + (n % 5) * 0.5, humidity: 50 + (n % 4), checks: ALL_OK }),
    );
    if (n % 11 === 0) continue; // short of the afternoon reading
    const hot = n % 9 === 0;
    const damp = n === 14;
    const pm = ok(
      await v.call('environment.record', {
        roomId,
        at: `${day}T16:00:00+08:00`,
        temperature: hot ? 26.5 : 18 + (n % 3) * 0.4,
        humidity: damp ? 66 : 52,
        checks: ALL_OK,
      }),
    );
    if (pm.problems.length && n !== 27) ok(await v.call('environment.addAction', { readingId: pm.id, action: hot ? '开启空调降温' : '开启除湿机' }));
    void am;
  }
}, 120_000);
afterAll(async () => {
  await printer?.close();
  v?.ctx.vault?.close();
  v?.cleanup();
});

const q = <T = number>(sqlText: string, ...p: unknown[]) =>
  v.ctx
    .vault!.db.prepare(sqlText)
    .pluck()
    .get(...p) as T;

test("R-INSP-3 年度分析: every month's figures equal independent SQL over the readings and actions", () => {
  const spec = buildYearlyAnalysis(v.ctx.vault!, roomId, 2026, { locale: 'zh-CN', printedBy: '王专员', now: NOW });
  expect(spec.title).toBe('库房温湿度年度分析（2026 年）');
  expect(spec.rows).toHaveLength(12);
  expect(spec.figures?.[0]?.svg).toMatch(/^<svg[\s>]/);
  const today = '2026-05-10';
  const first = q<string>('SELECT min(day) FROM env_readings WHERE room_id = ?', roomId);
  expect(first).toBe('2026-03-01');
  for (const [i, row] of spec.rows.entries()) {
    const m = `2026-${String(i + 1).padStart(2, '0')}`;
    const like = `${m}-%`;
    const n = q('SELECT count(*) FROM env_readings WHERE room_id = ? AND day LIKE ?', roomId, like);
    expect(row.readings).toBe(n);
    if (n) {
      const r1 = (x: number) => Math.round(x * 10) / 10;
      const t = v.ctx
        .vault!.db.prepare(
          'SELECT min(temperature) a, max(temperature) b, avg(temperature) c, min(humidity) d, max(humidity) e, avg(humidity) f FROM env_readings WHERE room_id = ? AND day LIKE ?',
        )
        .get(roomId, like) as Record<string, number>;
      expect(row.t).toBe(`${t.a} / ${t.b} / ${r1(t.c!)}`);
      expect(row.rh).toBe(`${t.d} / ${t.e} / ${r1(t.f!)}`);
    } else expect(row.t).toBe('—');
    // out of range: over the paper limits (14–24 °C, 45–60 %)
    const OUT = `room_id = ? AND day LIKE ? AND (temperature < 14 OR temperature > 24 OR humidity < 45 OR humidity > 60)`;
    const outN = q(`SELECT count(*) FROM env_readings WHERE ${OUT}`, roomId, like);
    const acted = q(`SELECT count(*) FROM env_readings x WHERE ${OUT} AND EXISTS (SELECT 1 FROM env_actions a WHERE a.reading_id = x.id)`, roomId, like);
    expect(row.out).toBe(`${outN} / ${acted}`);
    expect(row.daysOut).toBe(q(`SELECT count(DISTINCT day) FROM env_readings WHERE ${OUT}`, roomId, like));
    const actions = v.ctx
      .vault!.db.prepare(`SELECT a.action FROM env_actions a JOIN env_readings x ON x.id = a.reading_id WHERE x.room_id = ? AND x.day LIKE ? ORDER BY x.at`)
      .pluck()
      .all(roomId, like) as string[];
    for (const a of actions) expect(String(row.actions)).toContain(a);
    expect(String(row.actions).split('；').filter(Boolean)).toHaveLength(actions.length);
    // missing: each day of the month up to today needs 2 (today: 1 by noon, 2 by the end — at 20:00 that is 1)
    const perDay = new Map(
      (
        v.ctx.vault!.db.prepare('SELECT day, count(*) n FROM env_readings WHERE room_id = ? AND day LIKE ? GROUP BY day').all(roomId, like) as {
          day: string;
          n: number;
        }[]
      ).map((x) => [x.day, x.n]),
    );
    let days = 0;
    let missing = 0;
    for (
      let d = new Date(`${m}-01T00:00:00Z`);
      d.toISOString().slice(0, 7) === m && d.toISOString().slice(0, 10) <= today;
      d = new Date(d.getTime() + 86_400_000)
    ) {
      const key = d.toISOString().slice(0, 10);
      if (key < first) continue; // before the room's first reading nothing is missing
      const due = key === today ? 1 : 2;
      const short = Math.max(0, due - (perDay.get(key) ?? 0));
      if (short) days++;
      missing += short;
    }
    expect(row.missing).toBe(`${days} / ${missing}`);
  }
  // the test data really exercises it: out-of-range, an unacted one, days short, a month before the readings
  expect(spec.rows[2]!.daysOut).toBeGreaterThan(0);
  expect(spec.rows.some((r) => r.note === '有未处置')).toBe(true);
  expect(spec.rows[0]!.missing).toBe('0 / 0');
  expect(spec.rows[2]!.missing).toBe('2 / 2'); // 11th and 22nd short of the afternoon
  expect(spec.rows[0]!.note).toBe('无读数');
  expect(spec.rows[11]!.missing).toBe('0 / 0');
  expect(spec.summary?.join('\n')).toContain(`全年读数 ${q('SELECT count(*) FROM env_readings')} 条`);
});

test.skipIf(!HAVE_PRINT_TOOLS)(
  'R-INSP-3 年度分析 printed through the one register printer to PDF (read back, page 1 rendered; audited); a bad year is refused',
  async () => {
    mkdirSync(OUT, { recursive: true });
    printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
    v.ctx.printer = printer;
    const r = ok(await v.call('environment.printYear', { roomId, year: 2026, target: 'pdf' }));
    const text = execFileSync('pdftotext', ['-raw', r.path!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const w of ['库房温湿度年度分析（2026年）', '一号库房', '温湿度曲线', '开启空调降温', '有未处置', '分析人']) expect(text).toContain(w);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', r.path!, join(OUT, 'environment-yearly-analysis')]);
    const detail = JSON.parse(q<string>(`SELECT detail_json FROM audit_entry WHERE action = 'print.register' ORDER BY seq DESC LIMIT 1`)) as Record<
      string,
      unknown
    >;
    expect(detail.register).toBe('environmentYearlyAnalysis');
    expect(detail.rows).toBe(12);
    const bad = await v.call('environment.printYear', { roomId, year: 1999, target: 'pdf' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('BAD_INPUT');
  },
);
