// R-ARCH-2 the home dashboard through the real demo vault on an injected clock: every figure equals
// an independent SQL count over the vault's tables (or, where the rule is the domain's own — plan
// due dates, approval chains, swing limits — the rows of the filtered list it clicks through to),
// "what waits for me" fits each role, and the aggregate view is the CS department's only.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildDashboardRegister, OVERVIEW_WORDS } from '../../electron/dashboard/registers/dashboard-register';
import { createDemoVault } from '../../electron/demo';
import type { AppContext } from '../../electron/core/context';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { testCtx } from './audit-fixture';
import { tempDir } from './helpers';
import { clientFor, ok } from './kit';

let t: { dir: string; cleanup: () => void };
let ctx: AppContext;
let clock: ManualClock;
let pw: (login: string) => string;

beforeAll(async () => {
  t = tempDir();
  clock = new ManualClock();
  const demo = await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
  pw = (login) => demo.signIns.find((s) => s.login === login)!.password;
  ctx = testCtx(t.dir, clock);
}, 120_000);
afterAll(() => t?.cleanup());

async function as(login: string) {
  if (ctx.session) await endSession(ctx, 'signOut');
  await signIn(ctx, login, pw(login));
  return clientFor(ctx, 'zh-CN').call;
}
const q = (sqlText: string, ...p: unknown[]) =>
  ctx
    .vault!.db.prepare(sqlText)
    .pluck()
    .get(...p) as number;
const day = (d: Date, plus = 0) => new Date(d.getTime() + 8 * 3_600_000 + plus * 86_400_000).toISOString().slice(0, 10);
const month = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

function independentOverview() {
  const nowIso = clock.now().toISOString();
  return {
    overdueLoans: q(
      `SELECT count(*) FROM loans l WHERE NOT EXISTS (SELECT 1 FROM loan_strikes s WHERE s.loan_id = l.id)
         AND coalesce((SELECT due_at FROM loan_renewals r WHERE r.loan_id = l.id ORDER BY r.id DESC LIMIT 1), l.due_at) < ?`,
      nowIso,
    ),
    // the end in force: an extension's keep-until, never for permanent, else the item's own
    retentionExpiring: q(
      `SELECT count(*) FROM items i WHERE custody_state <> 'destroyed' AND coalesce(
         (SELECT CASE decision WHEN 'extend' THEN keep_until WHEN 'permanent' THEN '9999' ELSE NULL END FROM destruction_appraisals x WHERE x.item_id = i.id ORDER BY x.id DESC LIMIT 1),
         retention_until) BETWEEN ? AND ?`,
      day(clock.now()),
      day(clock.now(), 90),
    ),
    openRepairs: q(`SELECT count(*) FROM repairs r WHERE NOT EXISTS (SELECT 1 FROM repair_events e WHERE e.repair_id = r.id)`),
    inRepair: q(
      `SELECT count(*) FROM repairs r WHERE EXISTS (SELECT 1 FROM repair_events e WHERE e.repair_id = r.id AND e.kind = 'start')
         AND NOT EXISTS (SELECT 1 FROM repair_events e WHERE e.repair_id = r.id AND e.kind IN ('finish', 'verify'))`,
    ),
  };
}

test('R-ARCH-2 the overview figures equal independent SQL counts on the demo vault, and follow the injected clock', async () => {
  for (const advance of [0, 40 * 86_400_000]) {
    clock.advance(advance);
    const call = await as('wangjg');
    const s = ok(await call('dashboard.summary'));
    const got = Object.fromEntries(s.overview.map((o) => [o.key, o.n]));
    const want = independentOverview();
    expect(got).toMatchObject(want);
    // the demo is realistic: something overdue once the clock moves on, repairs in progress
    if (advance) expect(got.overdueLoans).toBeGreaterThan(0);
    expect(got.inRepair).toBeGreaterThan(0);
    // the domain-ruled figures are the rows of the filtered list they click through to
    const plans = ok(await call('inspections.plans'));
    expect(got.inspectionsDue).toBe(plans.filter((p) => p.state !== 'ok').length);
    expect(got.overdueLoans).toBe(ok(await call('loans.list', { filter: 'overdue' })).length);
    expect(got.appraisalDue).toBe(ok(await call('destruction.appraisals', { filter: 'due' })).length);
    expect(got.openRepairs).toBe(ok(await call('repairs.list', { filter: 'open' })).length);
    expect(got.inRepair).toBe(ok(await call('repairs.list', { filter: 'inRepair' })).length);
    expect(s.asOf).toBe(clock.now().toISOString());
  }
});

test('R-ARCH-2 an out-of-range reading without its action shows in the overview and in the recorder\'s "waits for me"', async () => {
  const call = await as('wangjg');
  const before = ok(await call('dashboard.summary'));
  const room = ok(await call('environment.rooms'))[0]!;
  const checks = { damp: true, mould: true, pests: true, fire: true, theft: true, light: true, dust: true, water: true };
  ok(
    await call('environment.record', {
      roomId: room.roomId,
      at: new Date(clock.now().getTime() - 3_600_000).toISOString(),
      temperature: 31,
      humidity: 50,
      checks,
    }),
  );
  const after = ok(await call('dashboard.summary'));
  const n = (s: typeof after, k: string) => s.overview.find((o) => o.key === k)?.n;
  expect(n(after, 'outOfRange')).toBe(n(before, 'outOfRange')! + 1);
  // independent: readings of the last 31 days over the room's limits with no action
  const lim = room.limits;
  const sqlOut = q(
    `SELECT count(*) FROM env_readings x WHERE x.day >= ? AND (temperature < ? OR temperature > ? OR humidity < ? OR humidity > ?)
       AND NOT EXISTS (SELECT 1 FROM env_actions a WHERE a.reading_id = x.id)`,
    day(clock.now(), -31),
    lim.tMin,
    lim.tMax,
    lim.rhMin,
    lim.rhMax,
  );
  expect(n(after, 'outOfRange')).toBe(sqlOut);
  expect(after.waiting.find((w) => w.key === 'readings')?.n).toBe(sqlOut);
});

test('R-ARCH-2 "what waits for me" per role: the GM has approvals only, the custodian returns/inspections/readings, the inbox count is the inbox', async () => {
  const keys = async (login: string) => {
    const call = await as(login);
    const s = ok(await call('dashboard.summary'));
    return { call, s, keys: s.waiting.map((w) => w.key) };
  };
  const gm = await keys('chenjing');
  expect(gm.keys).toEqual(['approvals']);
  expect(gm.s.waiting[0]!.n).toBe(ok(await gm.call('approvals.inbox')).length);
  const op = await keys('wangjg');
  expect(op.keys).toEqual(['approvals', 'returns', 'inspections', 'readings', 'missingReadings', 'appraisals']);
  expect(op.s.waiting.find((w) => w.key === 'returns')!.n).toBe(independentOverview().overdueLoans);
  const cs = await keys('zhangwei');
  expect(cs.keys).toEqual(['approvals', 'appraisals', 'incidents']);
  expect(cs.s.waiting[0]!.n).toBe(ok(await cs.call('approvals.inbox')).length);
  const cust = await keys('qianhui');
  expect(cust.keys).toEqual(['approvals', 'returns', 'inspections', 'readings', 'missingReadings']);
  // the auditor is no business role: no dashboard (三员分立)
  const aud = clientFor(ctx, 'zh-CN');
  await endSession(ctx, 'signOut');
  await signIn(ctx, 'sunli', pw('sunli'));
  const r = await aud.call('dashboard.summary');
  expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN_ROLE');
});

test('R-ARCH-2 an incident reported shows as open on every dashboard and waits for the supervisor and CS manager to acknowledge it', async () => {
  const openSql = () =>
    q(`SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM incident_steps s WHERE s.incident_id = i.id AND s.state = 'closed')`);
  const figure = async (login: string) => {
    const s = ok(await (await as(login))('dashboard.summary'));
    return { open: s.overview.find((o) => o.key === 'openIncidents')!.n, ack: s.waiting.find((w) => w.key === 'incidents')?.n };
  };
  const before = await figure('liming');
  expect(before.open).toBe(openSql());
  const call = await as('wangjg');
  const itemId = q('SELECT min(id) FROM items');
  ok(
    await call('incidents.report', {
      summary: '复印件疑似遗失',
      foundAt: clock.now().toISOString(),
      itemIds: [itemId],
      channel: '普通电话',
      measures: '已封存原件并通知主管',
    }),
  );
  const sup = await figure('liming');
  expect(sup).toEqual({ open: openSql(), ack: before.ack! + 1 });
  expect(sup.open).toBe(before.open + 1);
  expect((await figure('zhangwei')).ack).toBeGreaterThan(0);
  // the operator reported it: open for them too, nothing to acknowledge
  expect(await figure('wangjg')).toEqual({ open: openSql(), ack: undefined });
});

test('R-ARCH-2 the CS aggregate (customers by category/sub-type, items by classification/carrier, per month) equals SQL; custodians do not get it', async () => {
  const call = await as('chenjing');
  const a = ok(await call('dashboard.aggregate', {}));
  const rows = ctx.vault!.db.prepare('SELECT category, sub_type AS subType, count(*) AS n FROM customers GROUP BY 1, 2').all() as {
    category: string;
    subType: string;
    n: number;
  }[];
  expect([...a.customers].sort((x, y) => x.subType.localeCompare(y.subType))).toEqual(rows.sort((x, y) => x.subType.localeCompare(y.subType)));
  expect(a.customers.reduce((s, c) => s + c.n, 0)).toBe(q('SELECT count(*) FROM customers'));
  for (const c of a.byClassification) expect(c.n).toBe(q('SELECT count(*) FROM items WHERE classification = ?', c.classification));
  for (const c of a.byCarrier) expect(c.n).toBe(q('SELECT count(*) FROM items WHERE carrier = ?', c.carrier));
  expect(a.byCarrier.reduce((s, c) => s + c.n, 0)).toBe(q('SELECT count(*) FROM items'));
  // per month: JS months over the raw timestamps (not the dashboard's SQL)
  const count = (table: string, col: string) => {
    const m = new Map<string, number>();
    for (const v of ctx.vault!.db.prepare(`SELECT ${col} FROM ${table}`).pluck().all() as string[]) m.set(month(v), (m.get(month(v)) ?? 0) + 1);
    return m;
  };
  const intake = count('items', 'created_at');
  const loans = count('loans', 'out_at');
  const cons = count('access_consultations', 'time_in');
  expect(a.months).toHaveLength(12);
  expect(a.months.at(-1)!.month).toBe(month(clock.now().toISOString()));
  for (const m of a.months)
    expect([m.month, m.intake, m.loans, m.consultations]).toEqual([m.month, intake.get(m.month) ?? 0, loans.get(m.month) ?? 0, cons.get(m.month) ?? 0]);
  // realistic demo numbers: several sub-types, intake, loans and consultations this year
  expect(a.customers.length).toBeGreaterThan(3);
  expect(a.months.reduce((s, m) => s + m.intake, 0)).toBeGreaterThan(0);
  expect(a.months.reduce((s, m) => s + m.loans, 0)).toBeGreaterThan(0);
  expect(a.months.reduce((s, m) => s + m.consultations, 0)).toBeGreaterThan(0);
  // the rows behind the figures without a filtered screen of their own: as many as the figure says
  const drill = async (d: Parameters<typeof call<'dashboard.drill'>>[1]) => ok(await call('dashboard.drill', d)).length;
  for (const c of a.customers) expect(await drill({ drill: { kind: 'subType', subType: c.subType as 'bank' } })).toBe(c.n);
  for (const c of a.byCarrier) expect(await drill({ drill: { kind: 'carrier', carrier: c.carrier as 'paper' } })).toBe(c.n);
  for (const m of a.months.slice(-3)) {
    expect(await drill({ drill: { kind: 'intake', month: m.month } })).toBe(m.intake);
    expect(await drill({ drill: { kind: 'loans', month: m.month } })).toBe(m.loans);
    expect(await drill({ drill: { kind: 'consultations', month: m.month } })).toBe(m.consultations);
  }
  const summary = ok(await call('dashboard.summary'));
  expect(await drill({ drill: { kind: 'retention' } })).toBe(summary.overview.find((o) => o.key === 'retentionExpiring')!.n);
  expect(((await call('dashboard.drill', { drill: { kind: 'intake', month: '2026-13x' } })) as { ok: boolean }).ok).toBe(false);
  // the printout (客户信息汇总表) carries the same figures and the same charts
  const spec = buildDashboardRegister(ctx.vault!, { locale: 'zh-CN', printedBy: '陈静', now: clock.now() });
  expect(spec.rows.filter((r) => r.group === '待办事项').map((r) => [r.item, r.n])).toEqual(summary.overview.map((o) => [OVERVIEW_WORDS[o.key], o.n]));
  expect(spec.rows.filter((r) => r.group === '档案（按载体）').map((r) => r.n)).toEqual(a.byCarrier.map((c) => c.n));
  expect(spec.figures).toHaveLength(3);
  for (const svg of Object.values(a.charts)) expect(svg).toMatch(/^<svg[\s>]/);
  expect(a.charts.customers).toContain('经销商');
  // on an English screen the charts speak English (the printout stays Chinese)
  const en = ok(await clientFor(ctx, 'en').call('dashboard.aggregate', {}));
  expect(en.charts.customers).toContain('Distributor');
  expect(en.charts.months).toContain('Intake');
  const cust = await as('qianhui');
  const r = await cust('dashboard.aggregate', {});
  expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN_ROLE');
});
