#!/usr/bin/env node
// Renders build/icon.png (512×512) from resources/icons/icon.html: a 档 seal on vermilion, drawn
// by Chromium with the bundled Noto Sans SC font so no system CJK font is needed. Run once; the
// PNG is committed (electron-builder reads it from build/).
//   node scripts/make-icon.mjs [path-to-chromium]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { ROOT } from './electron-env.mjs';

const css = pathToFileURL(join(ROOT, 'node_modules', '@fontsource', 'noto-sans-sc', '900.css')).href;
const html = readFileSync(join(ROOT, 'resources', 'icons', 'icon.html'), 'utf8').replace('FONT_CSS_URL', css);

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
