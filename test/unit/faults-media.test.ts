// Faults at the file layer (R-IT-1, issue 11), on a real small filesystem: the test runs a child
// in `unshare -r -m` (a user + mount namespace, no root on the host) that mounts a tmpfs of a
// few hundred KiB — disk full while writing the vault, disk full on the backup medium, the
// medium pulled while the backup is verified. Each: a clear message, nothing lost, no file
// called a backup, the vault still opens and verifies. Skipped (saying why) where the kernel
// does not allow unprivileged user namespaces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const CAN_UNSHARE = spawnSync('unshare', ['-r', '-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${tmpdir()} && true`]).status === 0;
const why = 'unshare -r -m (unprivileged user + mount namespace) is not allowed here: no small filesystem to fill';

function runChild(mode: string, size: string): Record<string, unknown> {
  const mnt = mkdtempSync(join(tmpdir(), 'ar-fault-'));
  try {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const script = `mount -t tmpfs -o size=${size} tmpfs '${mnt}' && exec '${tsx}' '${join(ROOT, 'test/fixtures/faults-child.ts')}' ${mode} '${mnt}'`;
    const r = spawnSync('unshare', ['-r', '-m', 'sh', '-c', script], { encoding: 'utf8', timeout: 240_000 });
    const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`child ${mode} printed no result (status ${r.status}): ${r.stderr.slice(-2000)}`);
    return JSON.parse(line.slice(7)) as Record<string, unknown>;
  } finally {
    rmSync(mnt, { recursive: true, force: true });
  }
}

describe.skipIf(!CAN_UNSHARE)(`faults at the file layer (R-IT-1)${CAN_UNSHARE ? '' : ` — skipped: ${why}`}`, () => {
  test(
    'R-IT-1 disk full during a backup: a clear ENOSPC message, no file left on the medium, no backup reported, the vault verifies and reopens',
    { timeout: 300_000 },
    () => {
      const r = runChild('backupFull', '96k');
      expect(r.crashed).toBeUndefined();
      expect(r.result).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED', message: expect.stringMatching(/ENOSPC（介质空间不足/) } });
      expect(r.files).toEqual([]);
      expect(r.status).toMatchObject({ ok: true, value: { last: null, overdue: true } });
      expect(r.audit).toContain('backup.failed');
      expect([r.failedChecks, r.reopenedFailedChecks]).toEqual([[], []]);
    },
  );

  test(
    'R-IT-1 medium pulled mid-backup: the backup fails clearly, the live vault is untouched and verifies, nothing is reported as a backup',
    { timeout: 300_000 },
    () => {
      const r = runChild('mediaPulled', '64m');
      expect(r.crashed).toBeUndefined();
      expect(r.pulled).toBe(true);
      expect(r.result).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED', message: expect.stringMatching(/介质不可用或已拔出/) } });
      expect(r.status).toMatchObject({ ok: true, value: { last: null } });
      expect(r.files).toEqual([]);
      expect([r.failedChecks, r.reopenedFailedChecks]).toEqual([[], []]);
    },
  );

  test(
    'R-IT-1 disk full while writing: the failing change is refused with DISK_FULL in words, every acknowledged one is kept, the vault reopens and verifies',
    { timeout: 300_000 },
    () => {
      const r = runChild('writeFull', '2m');
      expect(r.crashed).toBeUndefined();
      expect(r.acknowledged).toBeGreaterThan(0);
      expect(r.error).toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(/^磁盘已满：本次操作未保存/) });
      expect(r.customers).toBe(r.acknowledged);
      expect(r.failedChecks).toEqual([]);
    },
  );
});
