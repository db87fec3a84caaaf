import { afterEach, describe, expect, test } from 'vitest';
import { appendAudit, type AuditInput } from '../../electron/audit/append';
import { canonicalJson, sha256Hex } from '../../electron/audit/canonical';
import { auditActions, listAudit } from '../../electron/audit/query';
import { signIn } from '../../electron/people/signIn';
import { clientFor, ok } from './kit';
import { ManualClock } from '../../electron/vault/clock';
import { Vault } from '../../electron/vault/vault';
import { tempDir, testVaultOptions } from './helpers';
import { populatedVault, PW } from './audit-fixture';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const ACTIONS = ['archive.item.create', 'loan.issue', 'loan.return', 'access.request', 'user.update'];
const NAMES = ['王建国', '李明', '张伟', '陈静'];

describe('audit trail reading', () => {
  test('R-IT-1 filter by text, action, actor and time, with paging and total, at 100k entries; filters use their indexes', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const clock = new ManualClock(new Date('2026-01-01T00:00:00Z'));
    const { vault } = await Vault.create(t.dir, testVaultOptions(clock));
    vault.tx((w) => {
      for (let i = 0; i < 100_000; i++) {
        clock.advance(60_000);
        appendAudit(w, clock, {
          actorId: (i % 4) + 1,
          actorName: NAMES[i % 4]!,
          // made-up codes on purpose (a volume/query test, not a trail anyone reads): cast, test code only
          action: ACTIONS[i % 5]! as AuditInput['action'],
          entity: 'item',
          entityId: `A-${i}`,
          detail: { title: i === 77_777 ? '华东客户合同（2019）原件' : `客户档案 ${i}`, boxes: i % 7 },
        });
      }
    });
    const db = vault.db;
    const page = listAudit(db, {}, 0, 50);
    expect(page.total).toBe(100_000);
    expect(page.rows.map((r) => r.seq).slice(0, 2)).toEqual([100_000, 99_999]); // newest first
    expect(page.rows[0]!.detail).toEqual({ title: '客户档案 99999', boxes: 99_999 % 7 });

    const text = listAudit(db, { text: '华东客户合同' }, 0, 50);
    expect(text.total).toBe(1);
    expect(text.rows[0]!.entityId).toBe('A-77777');
    expect(listAudit(db, { text: '100%' }, 0, 50).total).toBe(0); // % is literal, not a wildcard
    expect(listAudit(db, { text: '张伟' }, 0, 10).total).toBe(25_000);

    const loans = listAudit(db, { action: 'loan.issue', actorId: 2 }, 100, 20);
    expect(loans.total).toBe(5_000);
    expect(loans.rows).toHaveLength(20);
    expect(loans.rows.every((r) => r.action === 'loan.issue' && r.actorId === 2)).toBe(true);

    // entry i is at 2026-01-01T00:00Z + (i+1) minutes; a Beijing-time window of 10 minutes
    const win = listAudit(db, { from: '2026-01-01T09:01:00+08:00', to: '2026-01-01T09:10:00+08:00' }, 0, 50);
    expect(win.total).toBe(10);
    expect(win.rows.at(-1)!.seq).toBe(61);

    expect(auditActions(db)).toEqual([...ACTIONS].sort());
    const deep = listAudit(db, { action: 'loan.return' }, 19_000, 50);
    expect(deep.total).toBe(20_000);
    expect(deep.rows.map((r) => r.seq)).toEqual(Array.from({ length: 50 }, (_, k) => 100_000 - 2 - 5 * (19_000 + k)));
    // No wall-clock bound here (timings are in `npm run bench`): instead the plan is checked,
    // which is what keeps these queries fast on any machine.
    const plan = (sql: string, ...params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT count(*) FROM audit_entry WHERE action = ?', 'loan.return')).toMatch(/USING (COVERING )?INDEX audit_entry_action/);
    expect(plan('SELECT count(*) FROM audit_entry WHERE actor_id = ?', 2)).toMatch(/USING (COVERING )?INDEX audit_entry_actor/);
    expect(plan('SELECT count(*) FROM audit_entry WHERE at >= ? AND at <= ?', 'a', 'b')).toMatch(/USING (COVERING )?INDEX audit_entry_at/);
    vault.close();
  }, 120_000);

  test('R-IT-1 audit.verify stores the report (hash of its canonical JSON) and an audit.verify entry', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const { ctx } = await populatedVault(t.dir);
    await signIn(ctx, 'auditor', PW.auditor);
    ctx.session!.rulesAcknowledged = true;
    const out = ok(await clientFor(ctx).api.audit.verify());
    const { id, ...report } = out as Awaited<typeof out> & { id: string };
    expect(report.ok).toBe(true);
    const row = ctx.vault!.db.prepare('SELECT * FROM audit_verifications WHERE id = ?').get(id) as {
      by_id: number;
      ok: number;
      content_hash: string;
      report_json: string;
    };
    expect(row.by_id).toBe(ctx.session!.userId);
    expect(row.ok).toBe(1);
    expect(row.content_hash).toBe(sha256Hex(canonicalJson(report)));
    const last = listAudit(ctx.vault!.db, { action: 'audit.verify' }, 0, 1).rows[0]!;
    expect(last.entityId).toBe(id);
    expect(last.actorName).toBe('孙丽');
    expect(auditActions(ctx.vault!.db)).toContain('audit.verify');
    ctx.vault!.close();
  });
});

describe('audit calls through the dispatcher', () => {
  test('R-IT-1 audit.list is for audit readers only and rejects malformed paging', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const { ctx } = await populatedVault(t.dir);
    const { raw } = clientFor(ctx, 'zh-CN');
    const call = (input: unknown) => raw('audit.list', input);
    await signIn(ctx, 'admin', PW.admin);
    ctx.session!.rulesAcknowledged = true;
    expect(await call({ filter: {}, offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    await signIn(ctx, 'auditor', PW.auditor);
    ctx.session!.rulesAcknowledged = true;
    expect(await call({ filter: {}, offset: 0, limit: 5000 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const r = await call({ filter: { action: 'user.create' }, offset: 0, limit: 10 });
    expect(r).toMatchObject({ ok: true, value: { total: 3 } });
    ctx.vault!.close();
  });
});
