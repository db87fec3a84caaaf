// Fixtures for the access flows: the usual bridge and page (fixtures.ts), but the bridge runs on
// an injected ManualClock the test moves (a grant's end without waiting for it), and the people
// an access request meets: the operator at the desk, the CS-department reviewer and manager.
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALL_NAMES } from '../../electron/contract';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { ARCHIVE_STAFF } from './archive-fixtures';
import { defineWindowApi, startBridge, type Bridge } from './bridge/server';
import { PDF_DIR, ROOT, type SeedUser } from './fixtures';
import { ChromiumPrinter } from './support/chromium-printer';
import type { Page } from '@playwright/test';

export const SUPERVISOR: SeedUser = { login: 'liming', displayName: '李明', roles: ['infoSupervisor'], password: 'Demo-2026-liming' };
export const CS_MANAGER: SeedUser = { login: 'zhangwei', displayName: '张伟', roles: ['csManager'], password: 'Demo-2026-zhangwei' };
export const ACCESS_STAFF = [...ARCHIVE_STAFF, SUPERVISOR, CS_MANAGER];

export const test = base.extend<{ clock: ManualClock; bridge: Bridge; app: Page }>({
  // 2026-11-27 09:00 (+08:00), a Friday morning at the reading room
  clock: async ({}, use) => use(new ManualClock()),
  bridge: async ({ clock }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'ar-e2e-access-'));
    const printer = new ChromiumPrinter({ outDir: PDF_DIR, printerAnswer: true });
    const bridge = await startBridge({ dir, webRoot: join(ROOT, process.env.AR_WEB_OUT ?? 'out/web'), printer, clock, kdfParams: FAST_TEST_KDF_PARAMS });
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
export { expect } from '@playwright/test';
