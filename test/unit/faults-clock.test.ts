// Fault: the workstation clock set back by a day (R-IT-1, issue 11). The audit chain stays
// ordered by sequence number and verifies; the entries whose time goes backwards are flagged by
// the verifier (notices, in words), not hidden and not a tampering failure. Loans and grants
// (their own domains) keep their stored due dates — covered by their tests, not here.
import { afterEach, describe, expect, test } from 'vitest';
import { verifyOpenVault } from '../../electron/audit/verify';
import { bank, setupArchive } from './archive-helpers';
import { ok } from './kit';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('fault: clock set back (R-IT-1)', () => {
  test('R-IT-1 clock set back a day: the chain stays in sequence order and verifies, the backwards times are flagged by the verifier', async () => {
    const v = await setupArchive();
    cleanup = v.cleanup;
    ok(await v.call('customers.create', bank({ name: '时钟前银行' })));
    const before = v.ctx.vault!.db.prepare('SELECT max(seq) FROM audit_entry').pluck().get() as number;
    const clean = verifyOpenVault(v.ctx.vault!, { clock: v.ctx.clock, locale: 'zh-CN' });
    expect([clean.ok, clean.notices]).toEqual([true, undefined]);

    v.ctx.clock.set(new Date(v.ctx.clock.now().getTime() - 86_400_000));
    ok(await v.call('customers.create', bank({ name: '时钟后银行', idNumber: '91440300100012316L', subType: 'insurer' })));
    const rows = v.ctx.vault!.db.prepare('SELECT seq, at FROM audit_entry WHERE seq > ? - 1 ORDER BY seq').all(before) as { seq: number; at: string }[];
    // numbering continues; the time went back
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => before + i));
    expect(rows[1]!.at < rows[0]!.at).toBe(true);

    const zh = verifyOpenVault(v.ctx.vault!, { clock: v.ctx.clock, locale: 'zh-CN' });
    expect(zh.ok).toBe(true);
    expect(zh.checks.find((c) => c.name === 'chain')).toMatchObject({ ok: true, problems: [] });
    expect(zh.notices).toEqual([expect.stringMatching(new RegExp(`^第 ${before + 1} 条审计记录的时间（.*）早于前一条（.*）：工作站时钟曾被回拨`))]);
    const en = verifyOpenVault(v.ctx.vault!, { clock: v.ctx.clock, locale: 'en' });
    expect(en.notices).toEqual([expect.stringMatching(/^Audit entry \d+ is timed .* before the entry before it .*clock was set back/)]);
  });
});
