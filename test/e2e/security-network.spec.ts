// Offline guard (R-IT-1): a non-loopback interface that is up shows a persistent warning on every
// screen, sign-in included, and the security officer finds the event in the audit trail. The
// bridge's context gets the same networkInterfaces port main gives the app (os.networkInterfaces).
import { join } from 'node:path';
import type { NetworkInterfaceInfo } from 'node:os';
import { expect, SCREENSHOTS, seedVault, signIn, test } from './fixtures';
import { pick } from './archive-fixtures';

const ANQUAN = { login: 'anquan', displayName: '周保密', roles: ['securityOfficer'], password: 'Secure-pass-2024' };
const LO: NetworkInterfaceInfo[] = [
  { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
];
const ETH0: NetworkInterfaceInfo[] = [
  { address: '192.168.1.5', netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: '192.168.1.5/24' },
];
const WARNING = '警告：本机已连接网络（eth0 192.168.1.5）。涉密档案不得通过公共网络传输，请断开网络连接。';

test('R-IT-1 离线检查：本机连接网络时登录界面和登录后都显示警告横幅，安全保密管理员在审计记录中查到连接与断开', async ({ app: page, bridge }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedVault(bridge, [ANQUAN]);

  // loopback only: no banner
  bridge.ctx.networkInterfaces = () => ({ lo: LO });
  await page.reload();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expect(page.getByTestId('network-banner')).toHaveCount(0);

  // a network cable: the banner shows on the sign-in screen, in Chinese
  bridge.ctx.networkInterfaces = () => ({ lo: LO, eth0: ETH0 });
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: '本机已连接网络' });
  await expect(banner).toHaveText(WARNING);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(SCREENSHOTS, 'network-banner-sign-in.png') });

  // … and after sign-in, on every screen
  await signIn(page, ANQUAN.login, ANQUAN.password);
  await expect(banner).toHaveText(WARNING);
  await page.getByRole('menuitem', { name: '审计记录' }).click();
  await expect(banner).toBeVisible();
  const audit = page.getByRole('table', { name: '审计记录' });
  // noticed while the vault was closed: parked and appended at this sign-in; filter by its action
  await pick(page, page, '操作类型', '本机已连接网络');
  await page.getByRole('button', { name: '查询' }).click();
  const rows = audit.getByRole('row').filter({ hasText: '本机已连接网络' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('检测到本机已连接网络：eth0 192.168.1.5');
  await expect(page.getByText('共 1 条')).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(SCREENSHOTS, 'network-banner-audit.png') });

  // cable out: the banner goes at the next check, and the trail has the disconnection too
  bridge.ctx.networkInterfaces = () => ({ lo: LO });
  await page.reload();
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByTestId('network-banner')).toHaveCount(0);
  await page.getByRole('menuitem', { name: '审计记录' }).click();
  await pick(page, page, '操作类型', '本机已断开网络');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(audit.getByRole('row').filter({ hasText: '本机已断开网络' })).toHaveCount(1);
});

test('R-IT-1 离线检查：未连接网络时不显示横幅', async ({ app: page, bridge }) => {
  await seedVault(bridge, [ANQUAN]);
  await page.reload();
  await signIn(page, ANQUAN.login, ANQUAN.password);
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByTestId('network-banner')).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: '本机已连接网络' })).toHaveCount(0);
});
