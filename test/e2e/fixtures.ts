// Playwright fixtures for the operator flows: each test gets a fresh vault folder, its own
// loopback bridge (same dispatcher + handler table as the app) and a page whose window.api
// talks to it. KDF: FAST_TEST_KDF_PARAMS (the e2e flows sign in dozens of times; KDF cost has
// its own unit test), passed through ctx.kdfParams exactly as the app passes its defaults.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CALL_NAMES } from '../../electron/contract';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { defineWindowApi, startBridge, type Bridge } from './bridge/server';
import { ChromiumPrinter } from './support/chromium-printer';

export const ROOT = resolve(__dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test/output/screenshots');
export const PDF_DIR = join(ROOT, 'test/output/pdf');

export const test = base.extend<{ bridge: Bridge; app: Page }>({
  bridge: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'ar-e2e-'));
    const printer = new ChromiumPrinter({ outDir: PDF_DIR, printerAnswer: true });
    const bridge = await startBridge({ dir, webRoot: join(ROOT, 'out/web'), printer, kdfParams: FAST_TEST_KDF_PARAMS });
    await use(bridge);
    await bridge.close();
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, bridge }, use) => {
    await page.addInitScript(defineWindowApi, [...CALL_NAMES]);
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    await page.goto(bridge.origin + '/');
    await use(page);
  },
});
export { expect };

/** A full-page screenshot into test/output/screenshots/<name>.png (one per screen, zh-CN unless named otherwise). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
