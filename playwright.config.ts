// Playwright: operator flows in Debian Chromium against the renderer + the real handler table
// over the loopback bridge in test/e2e/bridge (build the page first: npm run build:web).
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The workstation stands in the archive room in China: the bridge (the main process's code, in the
// Playwright worker) runs in the same zone as the page (timezoneId below), so printed registers and
// the screen show the same times, as they do on the real machine. Workers inherit this.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  outputDir: process.env.AR_PW_RESULTS ?? 'test-results',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // two CPU cores on the target machine: one worker. Under CI one retry absorbs antd
  // multi-select timing on a loaded machine; Playwright still reports such a test as "flaky".
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'test/e2e',
      testMatch: '**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] },
      },
    },
    // the real Electron app; skips (with the reason printed) when no Electron binary is present
    { name: 'electron', testDir: 'test/electron', testMatch: '**/*.spec.ts' },
  ],
});
