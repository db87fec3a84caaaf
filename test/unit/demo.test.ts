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
    const sig = db.prepare(`SELECT signer_name, record_type FROM signatures`).all();
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
  test('R-ARCH-1 R-ARCH-4 R-SEC-2 the demo vault holds a living archive room: customers of both categories, shelved items, items at intake, 机密 items in segregated cabinets with their custodian', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const clock = new ManualClock();
    await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
    const ctx = testCtx(t.dir, clock);
    await signIn(ctx, 'wangjg', 'Demo-2026-wangjg');
    const { api } = clientFor(ctx, 'zh-CN');
    const db = ctx.vault!.db;
    const categories = db.prepare('SELECT category, count(*) AS n FROM customers GROUP BY category ORDER BY category').all() as {
      category: string;
      n: number;
    }[];
    expect(categories.map((c) => c.category)).toEqual(['general', 'special']);
    expect(categories.reduce((s, c) => s + c.n, 0)).toBe(12);
    const placed = db.prepare('SELECT count(*) FROM items WHERE location_id IS NOT NULL').pluck().get() as number;
    const intake = db.prepare('SELECT count(*) FROM items WHERE location_id IS NULL').pluck().get() as number;
    expect(placed).toBeGreaterThan(20);
    expect(intake).toBeGreaterThan(0);
    const classifiedPlaced = db
      .prepare(
        `SELECT i.custodian_id, c.segregated FROM items i JOIN locations l ON l.id = i.location_id JOIN cabinets c ON c.id = l.cabinet_id
         WHERE i.classification >= 2`,
      )
      .all() as { custodian_id: number; segregated: number }[];
    expect(classifiedPlaced.length).toBeGreaterThan(0);
    expect(classifiedPlaced.every((r) => r.segregated === 1 && r.custodian_id !== null)).toBe(true);
    // the operator sees it the way the index screen does, and finds a customer by a Chinese name
    const anyName = db.prepare('SELECT name FROM customers ORDER BY id LIMIT 1').pluck().get() as string;
    expect((await api.auth.acknowledgeRules({ accepted: true })).ok).toBe(true);
    const index = await api.archive.index({ filter: {}, offset: 0, limit: 100 });
    expect(index.ok && index.value.total).toBeGreaterThan(20);
    const found = await api.archive.search({ query: anyName.slice(0, 4), filter: {}, offset: 0, limit: 20 });
    expect(found.ok && found.value.hits.length).toBeGreaterThan(0);
    const report = verifyOpenVault(ctx.vault!, { clock });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    await endSession(ctx, 'signOut');
  });
});
