import { afterEach, describe, expect, test } from 'vitest';
import { createDemoVault, DEMO_PEOPLE } from '../../electron/demo';
import { verifyOpenVault } from '../../electron/audit/verify';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { vaultHandlers } from '../../electron/people/handlers/vault';
import { ROLES } from '../../electron/contract/roles';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { tempDir } from './helpers';
import { testCtx } from './audit-fixture';
import { clientFor } from './kit';
import { DEMO_CUSTOMERS, DEMO_NAMED_CUSTOMERS } from '../../electron/archive/demo';
import { CUSTOMER_SUB_TYPES } from '../../electron/archive/contract/calls';
import { isDemoVault } from '../../electron/core/demo-mark';
import { createVaultWithAdmin } from '../../electron/people/setup';
import { vaultOptions } from '../../electron/vault/vault';
import type { VaultStatus } from '../../electron/contract/types';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoRegisterSpec } from '../../electron/print/print-register';
import { renderRegisterHtml } from '../../electron/print/register';
import { sampleSpec } from './print-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('demo vault', () => {
  test('R-SEC-1 R-IT-1 every role has a Chinese-named demo user whose printed sign-in works; the trail verifies', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const clock = new ManualClock();
    const { signIns } = await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
    expect(new Set(signIns.flatMap((s) => s.roles))).toEqual(new Set(ROLES));
    expect(signIns.find((s) => s.login === 'wangjg')!.displayName).toBe('王建国（信息管理专员）');

    const ctx = testCtx(t.dir, clock);
    for (const s of signIns) {
      const info = await signIn(ctx, s.login, s.password);
      expect(info.roles).toEqual(s.roles);
      expect(info.rulesAcknowledged).toBe(DEMO_PEOPLE.find((p) => p.login === s.login)!.acknowledged);
    }
    const db = ctx.vault!.db;
    expect(db.prepare('SELECT count(*) FROM checkpoints').pluck().get()).toBeGreaterThanOrEqual(7);
    const sig = db.prepare(`SELECT signer_name, record_type FROM signatures WHERE record_type = 'auditVerification'`).all();
    expect(sig).toEqual([{ signer_name: '孙丽', record_type: 'auditVerification' }]);
    expect(db.prepare('SELECT count(*) FROM audit_verifications').pluck().get()).toBe(1);
    const report = verifyOpenVault(ctx.vault!, { clock });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    await endSession(ctx, 'signOut');

    // the app's handler refuses to overwrite
    await expect(Promise.resolve().then(() => vaultHandlers['vault.createDemo']({}, testCtx(t.dir, clock)))).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
  });
});

describe('demo archive', () => {
  test("R-ARCH-1 R-ARCH-4 R-SEC-2 R-IT-1 the demo vault holds a living archive room: 300 customers of every category and sub-type (the sample archive's own among them), rooms and cabinets with zones and segregated ones, items shelved and at intake, 机密/绝密 with their custodian, scans, signed handovers; built in seconds", async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const clock = new ManualClock();
    const started = performance.now();
    await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
    // measured, not asserted (no wall-clock thresholds): printed for the report
    console.info(`demo vault built in ${Math.round(performance.now() - started)} ms`);
    const ctx = testCtx(t.dir, clock);
    await signIn(ctx, 'wangjg', 'Demo-2026-wangjg');
    const { api } = clientFor(ctx, 'zh-CN');
    const db = ctx.vault!.db;
    const count = (q: string) => db.prepare(q).pluck().get() as number;
    expect(count('SELECT count(*) FROM customers')).toBe(DEMO_CUSTOMERS);
    const subTypes = db.prepare("SELECT DISTINCT category || '/' || sub_type FROM customers").pluck().all() as string[];
    for (const [category, subs] of Object.entries(CUSTOMER_SUB_TYPES)) for (const s of subs) expect(subTypes).toContain(`${category}/${s}`);
    const names = db.prepare('SELECT name FROM customers').pluck().all() as string[];
    for (const n of DEMO_NAMED_CUSTOMERS) expect(names).toContain(n);
    expect(count('SELECT count(*) FROM rooms')).toBe(2);
    const zones = db.prepare('SELECT DISTINCT zone || segregated FROM cabinets').pluck().all() as string[];
    expect(zones.sort()).toEqual(['any0', 'general0', 'general1', 'special0', 'special1']);
    // one cabinet is empty (it can be renamed or removed)
    expect(
      count('SELECT count(*) FROM cabinets cb WHERE NOT EXISTS (SELECT 1 FROM locations l JOIN items i ON i.location_id = l.id WHERE l.cabinet_id = cb.id)'),
    ).toBe(1);
    const placed = count('SELECT count(*) FROM items WHERE location_id IS NOT NULL');
    const intake = count('SELECT count(*) FROM items WHERE location_id IS NULL');
    expect(placed).toBeGreaterThan(400);
    expect(intake).toBeGreaterThan(20);
    const classified = db
      .prepare(
        `SELECT i.classification, i.custodian_id, c.segregated FROM items i LEFT JOIN locations l ON l.id = i.location_id LEFT JOIN cabinets c ON c.id = l.cabinet_id
         WHERE i.classification >= 2`,
      )
      .all() as { classification: number; custodian_id: number | null; segregated: number | null }[];
    expect(new Set(classified.map((c) => c.classification))).toEqual(new Set([2, 3]));
    expect(classified.every((r) => r.custodian_id !== null && (r.segregated === null || r.segregated === 1))).toBe(true);
    expect(classified.filter((r) => r.segregated === 1).length).toBeGreaterThan(5);
    // scans: PDFs and PNGs, through the real call (the operator reads an unclassified one)
    expect(count("SELECT count(*) FROM attachments WHERE mime = 'application/pdf'")).toBeGreaterThan(40);
    expect(count("SELECT count(*) FROM attachments WHERE mime = 'image/png'")).toBeGreaterThan(10);
    const scan = db
      .prepare('SELECT t.id FROM attachments t JOIN items i ON i.id = t.item_id WHERE i.classification = 0 ORDER BY t.id LIMIT 1')
      .pluck()
      .get() as number;
    const read = await api.attachments.get({ id: scan });
    expect(read.ok && Buffer.from(read.value.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // handovers signed by the receiving custodian
    const handovers = db
      .prepare(`SELECT h.status, s.signer_name FROM handovers h JOIN signatures s ON s.record_type = 'handover' AND s.record_id = h.id`)
      .all();
    expect(handovers).toEqual([
      { status: 'completed', signer_name: '赵磊' },
      { status: 'completed', signer_name: '赵磊' },
    ]);
    // the operator sees it the way the index screen does, and finds a named customer
    expect((await api.auth.acknowledgeRules({ accepted: true })).ok).toBe(true);
    const index = await api.archive.index({ filter: {}, offset: 0, limit: 100 });
    expect(index.ok && index.value.total).toBe(placed + intake);
    const found = await api.archive.search({ query: '海丰益', filter: {}, offset: 0, limit: 20 });
    expect(found.ok && found.value.hits.length).toBeGreaterThan(0);
    const report = verifyOpenVault(ctx.vault!, { clock });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    // a demo says so: inside the vault and next to it
    expect(isDemoVault(db)).toBe(true);
    await endSession(ctx, 'signOut');
  });

  test('R-IT-1 a demo vault is marked (status lists its sign-ins again); setting it aside moves its files into a sub-folder and the first run follows; a real vault is never set aside', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const clock = new ManualClock();
    const { signIns } = await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
    const ctx = testCtx(t.dir, clock);
    const status = vaultHandlers['vault.status']({}, ctx) as VaultStatus;
    expect(status.state).toBe('locked');
    expect(status.demo).toEqual(signIns);
    const { folder } = vaultHandlers['vault.demoSetAside']({}, ctx) as { folder: string };
    expect(folder.startsWith(t.dir)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['demo.json', 'keys.json', 'vault.db']);
    const after = vaultHandlers['vault.status']({}, ctx) as VaultStatus;
    expect(after).toMatchObject({ state: 'uninitialised', demo: null });
    // the folder set aside is still a whole vault
    const aside = testCtx(folder, clock);
    await signIn(aside, 'wangjg', 'Demo-2026-wangjg');
    expect(aside.vault!.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(DEMO_CUSTOMERS);
    await endSession(aside, 'signOut');
    // a real vault (no demo marker) is refused
    await createVaultWithAdmin(
      t.dir,
      { adminLogin: 'admin', adminName: '管理员', orgName: '正式', password: 'Admin-pass-2024' },
      vaultOptions({ clock, kdfParams: FAST_TEST_KDF_PARAMS }),
    ).then((r) => r.vault.close());
    expect(() => vaultHandlers['vault.demoSetAside']({}, ctx)).toThrow(/not a demo vault/);
    expect(existsSync(join(t.dir, 'vault.db'))).toBe(true);
  });

  test('R-IT-1 R-REP-4 every printout of a demo vault says 演示数据 (heading, every page header, file name, summary); a real vault prints unmarked', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const clock = new ManualClock();
    await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
    const ctx = testCtx(t.dir, clock);
    const printed: { html: string; name: string }[] = [];
    ctx.printer = { toPdf: async (html, name) => (printed.push({ html, name }), { path: `/tmp/${name}`, pages: 1 }), toPrinter: async () => false };
    await signIn(ctx, 'wangjg', 'Demo-2026-wangjg');
    const { api } = clientFor(ctx, 'zh-CN');
    const r = await api.archive.printIndex({ filter: {}, target: 'pdf' });
    expect(r.ok).toBe(true);
    expect(printed[0]!.name.startsWith('【演示数据】')).toBe(true);
    expect(printed[0]!.html).toContain('<h1>【演示数据】');
    expect(printed[0]!.html).toContain('（演示档案库，非正式档案）');
    expect(printed[0]!.html).toContain('演示数据：本登记簿打印自演示档案库，不得作为凭证使用。');
    await endSession(ctx, 'signOut');
    // the same printer on a real vault: no mark
    expect(demoRegisterSpec(sampleSpec([])).title).toBe('【演示数据】测试登记簿');
    expect(renderRegisterHtml(sampleSpec([]))).not.toContain('演示');
  });
});
