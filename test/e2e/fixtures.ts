// Playwright fixtures for the operator flows: each test gets a fresh vault folder, its own
// loopback bridge (same dispatcher + handler table as the app) and a page whose window.api
// talks to it. KDF: FAST_TEST_KDF_PARAMS (the e2e flows sign in dozens of times; KDF cost has
// its own unit test), passed through ctx.kdfParams exactly as the app passes its defaults.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CALL_NAMES } from '../../electron/contract';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { defineWindowApi, startBridge, type Bridge } from './bridge/server';
import { ChromiumPrinter } from './support/chromium-printer';

export const ROOT = resolve(__dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test/output/screenshots');
export const PDF_DIR = join(ROOT, 'test/output/pdf');

/** A fresh vault folder and its own loopback bridge, on the given clock (the machine's when none). */
async function withBridge(prefix: string, clock: ManualClock | undefined, use: (b: Bridge) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const printer = new ChromiumPrinter({ outDir: PDF_DIR, printerAnswer: true });
  const bridge = await startBridge({ dir, webRoot: join(ROOT, process.env.AR_WEB_OUT ?? 'out/web'), printer, kdfParams: FAST_TEST_KDF_PARAMS, clock });
  await use(bridge);
  await bridge.close();
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
}

/** The page, its window.api talking to the bridge. */
async function withApp(page: Page, bridge: Bridge, use: (p: Page) => Promise<void>): Promise<void> {
  await page.addInitScript(defineWindowApi, [...CALL_NAMES]);
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await page.goto(bridge.origin + '/');
  await use(page);
}

export const test = base.extend<{ bridge: Bridge; app: Page }>({
  bridge: async ({}, use) => withBridge('ar-e2e-', undefined, use),
  app: async ({ page, bridge }, use) => withApp(page, bridge, use),
});

/** The same, with the bridge on a ManualClock the test moves (a due date, a grant's end, a cooling-off without waiting). */
export function clockedTest(start?: Date, prefix = 'ar-e2e-clock-') {
  return base.extend<{ clock: ManualClock; bridge: Bridge; app: Page }>({
    clock: async ({}, use) => use(new ManualClock(start)),
    bridge: async ({ clock }, use) => withBridge(prefix, clock, use),
    app: async ({ page, bridge }, use) => withApp(page, bridge, use),
  });
}
export { expect };

/** A full-page screenshot into test/output/screenshots/<name>.png (one per screen, zh-CN unless named otherwise). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export const ADMIN = { login: 'admin', password: 'Admin-pass-2024', name: '王建国' };
export interface SeedUser {
  login: string;
  displayName: string;
  roles: string[];
  password: string;
}

/**
 * Seeds a vault through the same dispatcher the page uses (for flows whose subject is not setup):
 * vault + confirmed recovery code, admin with rules acknowledged, the given users; then signs out
 * so the page starts at the sign-in screen.
 */
export async function seedVault(bridge: Bridge, users: SeedUser[]): Promise<{ recoveryCode: string }> {
  const d = async (name: string, input: unknown) => {
    const r = await bridge.dispatch(name, input, { trustedSender: true });
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  const { recoveryCode } = (await d('vault.create', {
    orgName: '华东客户服务部',
    adminLogin: ADMIN.login,
    adminName: ADMIN.name,
    password: ADMIN.password,
    passwordConfirm: ADMIN.password,
  })) as { recoveryCode: string };
  await d('vault.confirmRecovery', { recoveryCode });
  await d('auth.signIn', { login: ADMIN.login, password: ADMIN.password });
  await d('auth.acknowledgeRules', { accepted: true });
  for (const u of users)
    await d('users.create', { login: u.login, displayName: u.displayName, roles: u.roles, password: u.password, passwordConfirm: u.password });
  await d('auth.signOut', {});
  return { recoveryCode };
}

/**
 * Signs in through the sign-in screen, acknowledges the rules when asked and, when the
 * administrator set the password, sets `newPassword` (default: the same one, so later steps can
 * reuse it — the contract only requires strength, not a different password).
 */
export async function signIn(page: Page, login: string, password: string, newPassword = password): Promise<void> {
  await page.getByLabel('用户名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  const rules = page.getByRole('button', { name: '确认并继续' });
  const mustChange = page.getByText('首次登录请修改密码');
  const menu = page.getByRole('menu');
  await expect(rules.or(mustChange).or(menu)).toBeVisible();
  if (await rules.isVisible()) {
    await page.getByRole('checkbox', { name: '我已阅读并承诺遵守以上保密守则' }).check();
    await rules.click();
    await expect(mustChange.or(menu)).toBeVisible();
  }
  if (await mustChange.isVisible()) {
    await page.getByLabel('当前密码').fill(password);
    await page.getByLabel('新密码').fill(newPassword);
    await page.getByLabel('确认密码').fill(newPassword);
    await page.getByRole('button', { name: '修改密码' }).click();
  }
  await expect(menu).toBeVisible();
}

/** Signs the current user out and waits for the sign-in screen. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}
