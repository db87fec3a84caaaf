// npm run preview: the function the script runs (startPreview), without its browser window —
// this test's Chromium opens the URL instead. Demo vault, banner, sign-in, wipe at stop.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startPreview, type Preview } from '../../scripts/preview';
import { ROOT, signIn } from './fixtures';

let preview: Preview | undefined;
test.afterEach(async () => {
  await preview?.stop();
});

test('R-SEC-2 preview: demo vault on 127.0.0.1 behind the per-launch secret, labelled on screen; a demo operator signs in; stop wipes its folder', async ({
  page,
}) => {
  preview = await startPreview({ webRoot: join(ROOT, process.env.AR_WEB_OUT ?? 'out/web'), launchBrowser: false, log: () => undefined });
  expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#ar=[\w-]{20,}$/);
  expect(existsSync(join(preview.root, 'vault'))).toBe(true);

  // without the secret the handler table is closed, even from the page's own origin
  const denied = await fetch(`${preview.origin}/api/vault.status`, { method: 'POST', headers: { origin: preview.origin }, body: '{}' });
  expect(denied.status).toBe(403);

  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await page.goto(preview.url);
  await expect(page.getByRole('status').filter({ hasText: '预览模式：演示数据，非正式档案库' })).toBeVisible();
  await signIn(page, 'wangjg', 'Demo-2026-wangjg');
  await expect(page.getByRole('menu').getByText('客户档案').first()).toBeVisible();
  await expect(page.getByText('预览模式：演示数据，非正式档案库')).toBeVisible();

  const root = preview.root;
  await preview.stop();
  preview = undefined;
  expect(existsSync(root)).toBe(false);
});
