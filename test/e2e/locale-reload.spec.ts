// R-IT-1 Electron #3: after a reload (restart, lock, idle lock, sign-out all reload the page) an
// English UI still gets English messages from main. The bridge reads the locale from <html lang>
// exactly as the preload does, so this fails if the renderer does not set <html lang> at start.
import { ADMIN, expect, seedVault, signIn, test } from './fixtures';

test('R-IT-1 English kept after reload: <html lang="en"> and main answers in English', async ({ app: page, bridge }) => {
  await seedVault(bridge, []);
  await page.reload();
  await signIn(page, ADMIN.login, ADMIN.password);
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('menuitem', { name: 'Users' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('menuitem', { name: 'Users' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByLabel('Current password').fill('Wrong-password-1');
  await page.getByLabel('New password').fill('Another-pass-2024');
  await page.getByLabel('Confirm password').fill('Another-pass-2024');
  await page.getByRole('button', { name: 'Change password' }).click();
  // an error message written by main (dispatcher), in the UI language
  await expect(page.getByText('Wrong user name or password')).toBeVisible();
  await expect(page.getByText('用户名或密码错误')).toHaveCount(0);
});
