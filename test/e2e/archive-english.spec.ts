// The archive screens in English (R-ARCH-3, R-IT-1): after switching the language, every archive
// screen and drawer shows English UI text — no raw i18n keys (a missing translation renders its
// key, e.g. 'arch.f.title') and no Chinese except data: customer and item values the operator
// typed, and the organisation's own classification labels (settings data, 普通/秘密/…).
import type { Page } from '@playwright/test';
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, CUSTODIAN, CUSTODIAN2, OPERATOR, seedArchive } from './archive-fixtures';
import { ADMIN } from './fixtures';

/** Chinese the seed put in as data (seedVault, seedArchive) — allowed on English screens. */
const DATA = [
  '中国银行',
  '周经理',
  '上海市浦东新区银城中路200号',
  '开户申请及授权书',
  '开户资料',
  '授信业务往来传真',
  '往来函件',
  '账户对账单（2024 年度）',
  '对账单',
  '一号库房',
  '华东客户服务部',
  OPERATOR.displayName,
  CUSTODIAN.displayName,
  CUSTODIAN2.displayName,
  ADMIN.name,
];
const HAN = /\p{Script=Han}/u;
/**
 * What a missing i18n key looks like on screen: a lower-case namespace, dots, camelCase names
 * ('arch.f.title', 'v.required'); the last part two letters at least, so 'e.g.' is not one.
 */
const KEY_LIKE = /(?<![\w@/.])[a-z]+(?:\.[a-zA-Z0-9]+)*\.[a-zA-Z0-9]{2,}(?![\w/.])/;

/** Every text node and labelling attribute in the main content and any open drawer/modal/dropdown. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll('.app-content, .ant-drawer, .ant-modal, .ant-select-dropdown, .ant-layout-sider')];
    const out: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const s = n.textContent?.trim();
        if (s) out.push(s);
      }
      for (const el of root.querySelectorAll('[placeholder], [aria-label], [title]')) {
        for (const a of ['placeholder', 'aria-label', 'title']) {
          const v = el.getAttribute(a)?.trim();
          if (v) out.push(v);
        }
      }
    }
    return out;
  });
}

async function expectEnglish(page: Page, screen: string): Promise<void> {
  const texts = await visibleTexts(page);
  const keys = texts.filter((s) => KEY_LIKE.test(s));
  const chinese = texts.filter((s) => HAN.test(DATA.reduce((rest, d) => rest.replaceAll(d, ''), s)));
  expect({ screen, keys, chinese }).toEqual({ screen, keys: [], chinese: [] });
}

test('R-ARCH-3 R-IT-1 English UI: customers, index, locations, search, import and the detail drawers show no raw keys and no untranslated Chinese', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, ARCHIVE_STAFF);
  const { archiveNo } = await seedArchive(bridge);
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('menuitem', { name: 'Customers' })).toBeVisible();

  // customers + the customer drawer
  await page.getByRole('menuitem', { name: 'Customers' }).click();
  await expect(page.locator('.app-content')).toContainText('中国银行');
  await expectEnglish(page, 'customers');
  await shot(page, 'archive-en-customers');
  await page.locator('.app-content').getByRole('row').filter({ hasText: '中国银行' }).first().click();
  await expect(page.locator('.ant-drawer')).toContainText(archiveNo);
  await expectEnglish(page, 'customer drawer');
  await shot(page, 'archive-en-customer-detail');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);

  // index + the item drawer (a placed item with movement history)
  await page.getByRole('menuitem', { name: 'Index' }).click();
  await expect(page.locator('.app-content')).toContainText('开户申请及授权书');
  await expectEnglish(page, 'index');
  await expect(page.getByRole('button', { name: 'Print index register (PDF)' })).toBeVisible();
  await expect(page.locator('.app-content')).toContainText('Category: All');
  // issue 12: the classification and the remarks mark follow the UI language; no filter box cuts its words off
  const secretRow = page.locator('.app-content').getByRole('row').filter({ hasText: '账户对账单' });
  await expect(secretRow).toContainText('[Confidential]');
  await expect(secretRow).not.toContainText('机密');
  await page.getByRole('combobox', { name: 'Classification' }).click();
  await page.locator('.ant-select-dropdown:visible').getByText('Confidential', { exact: true }).click();
  await expect(page.locator('.app-content')).toContainText('Classification: Confidential');
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('.app-content .ant-select *')]
      .filter((el) => getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, 'archive-en-index');
  await page.getByRole('combobox', { name: 'Classification' }).click();
  await page.locator('.ant-select-dropdown:visible').getByText('All', { exact: true }).click();
  await page.locator('.app-content').getByRole('row').filter({ hasText: '开户申请及授权书' }).click();
  await expect(page.locator('.ant-drawer').getByTestId('item-detail')).toContainText('开户申请及授权书');
  await expectEnglish(page, 'item drawer');
  await shot(page, 'archive-en-item-detail');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);

  // locations (shelf map of A01)
  await page.getByRole('menuitem', { name: 'Locations' }).click();
  await expect(page.locator('.app-content')).toContainText('A01');
  await expectEnglish(page, 'locations');
  await shot(page, 'archive-en-locations');

  // search and import
  await page.getByRole('menuitem', { name: 'Search' }).click();
  await expect(page.locator('.app-content input').first()).toBeVisible();
  await expectEnglish(page, 'search');
  await page.getByRole('menuitem', { name: 'Import' }).click();
  await expect(page.locator('.app-content')).not.toBeEmpty();
  await expectEnglish(page, 'import');
});
