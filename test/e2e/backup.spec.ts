// 备份与恢复 from the app (R-IT-1, issue 11): the system administrator sees the reminder (no
// verified backup), backs up to the chosen medium (progress, verified, manifest with SHA-256),
// runs the restore drill on the file, and — after a sign-out has moved the keys.json checkpoint
// past the copy — a restore is a rollback: the administrator's own signature is refused, the
// security officer's is accepted, the replaced vault is kept aside and the app signs out.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupManifest } from '../../electron/backup/contract/calls';
import { ADMIN, expect, seedVault, shot, signIn, test, type SeedUser } from './fixtures';
import { openMenu } from './archive-fixtures';

const SO: SeedUser = { login: 'baomi', displayName: '周保密', roles: ['securityOfficer'], password: 'Secret-pass-2024' };

test('R-IT-1 备份与恢复：提醒 → 备份到移动介质（进度、只读校验、清单）→ 恢复演练 → 回滚须安全保密员签名（系统管理员本人签名被拒）→ 恢复后被替换的档案库保留', async ({
  app: page,
  bridge,
}) => {
  const media = mkdtempSync(join(tmpdir(), 'ar-e2e-media-'));
  try {
    let pick: string | null = null;
    bridge.ctx.backupMedia = { chooseFolder: async () => media, chooseBackupFile: async () => pick };
    await seedVault(bridge, [SO]);
    await page.reload();
    await signIn(page, ADMIN.login, ADMIN.password);
    // the home screen reminds: there is no verified backup
    await expect(page.getByTestId('backup-reminder')).toContainText('尚无校验通过的备份');

    await openMenu(page, '备份与恢复');
    await page.getByRole('button', { name: '备份到移动介质…' }).click();
    const done = page.getByTestId('backup-done');
    await expect(done).toContainText('备份已完成并通过校验');
    await expect(page.getByTestId('backup-progress')).toContainText('完成');
    const file = readdirSync(media).find((f) => f.endsWith('.arbk'))!;
    const manifest = JSON.parse(readFileSync(join(media, `${file}.manifest.json`), 'utf8')) as BackupManifest;
    await expect(done).toContainText(manifest.sha256);
    await expect(done).toContainText(manifest.auditHead);
    await shot(page, 'backup-done');

    // restore drill on the file just written: verifies, the live vault untouched
    pick = join(media, file);
    await page.getByRole('button', { name: '恢复演练：校验备份文件…' }).click();
    await expect(page.getByTestId('backup-check')).toContainText('备份文件校验通过');
    await expect(page.getByTestId('backup-check')).toContainText(manifest.auditHead);

    // sign out and in again: the checkpoint in keys.json is now past the copy
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, ADMIN.login, ADMIN.password);
    await openMenu(page, '备份与恢复');
    await page.getByRole('button', { name: '恢复演练：校验备份文件…' }).click();
    const check = page.getByTestId('backup-check');
    await expect(check).toContainText('恢复即回滚');
    await check.getByRole('button', { name: '用此备份替换当前档案库…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('安全保密员签名确认回滚');
    // the administrator may not confirm his own rollback
    await dialog.getByLabel('签署人用户名').fill(ADMIN.login);
    await dialog.getByLabel('签署人密码').fill(ADMIN.password);
    await dialog.getByRole('button', { name: '签名' }).click();
    await expect(dialog).toContainText('您的角色无权执行此操作');
    expect(readdirSync(bridge.ctx.dir).filter((f) => f.includes('replaced'))).toEqual([]);
    await shot(page, 'backup-rollback-refused');
    // the security officer signs: restored, the replaced vault kept aside
    await dialog.getByLabel('签署人用户名').fill(SO.login);
    await dialog.getByLabel('签署人密码').fill(SO.password);
    await dialog.getByRole('button', { name: '签名' }).click();
    await expect(page.getByTestId('backup-restored')).toContainText('已恢复');
    const kept = readdirSync(bridge.ctx.dir).filter((f) => f.includes('replaced'));
    expect(kept.sort()).toEqual([expect.stringMatching(/^keys\.json\.replaced-/), expect.stringMatching(/^vault\.db\.replaced-/)]);
    expect(existsSync(join(bridge.ctx.dir, 'vault.db'))).toBe(true);
    await page.getByRole('button', { name: '重新登录' }).click();
    await signIn(page, ADMIN.login, ADMIN.password);
    await expect(page.getByRole('menu')).toBeVisible();
  } finally {
    rmSync(media, { recursive: true, force: true });
  }
});
