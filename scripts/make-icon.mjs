#!/usr/bin/env node
// Renders build/icon.png (512×512): a 档 seal on vermilion, drawn by Chromium with the bundled
// Noto Sans SC font so no system CJK font is needed. Run once; the PNG is committed.
//   node scripts/make-icon.mjs [path-to-chromium]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { ROOT } from './electron-env.mjs';

const css = pathToFileURL(join(ROOT, 'node_modules', '@fontsource', 'noto-sans-sc', '900.css')).href;
const html = `<!doctype html><html><head><link rel="stylesheet" href="${css}"><style>
  html,body{margin:0;background:transparent}
  .seal{width:512px;height:512px;border-radius:96px;background:#b7312c;display:flex;align-items:center;justify-content:center;box-sizing:border-box}
  .frame{width:420px;height:420px;border:18px solid #fbeee0;border-radius:48px;display:flex;align-items:center;justify-content:center;box-sizing:border-box}
  .glyph{font-family:'Noto Sans SC';font-weight:900;font-size:300px;line-height:1;color:#fbeee0;transform:translateY(-8px)}
</style></head><body><div class="seal"><div class="frame"><div class="glyph">档</div></div></div></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'ar-icon-'));
const page = join(dir, 'icon.html');
writeFileSync(page, html);
const browser = await chromium.launch({ executablePath: process.argv[2] ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const tab = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await tab.goto(pathToFileURL(page).href);
  await tab.evaluate(() => document.fonts.ready);
  await tab.screenshot({ path: join(ROOT, 'build', 'icon.png'), omitBackground: true });
  console.log('✓ build/icon.png');
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
