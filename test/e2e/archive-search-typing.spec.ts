// 检索 as you type (R-ARCH-3, issue 11): no Enter needed — the query goes out once typing pauses;
// a slow answer to an earlier query never replaces the newer one's results; the total shown and
// the rows the operator can scroll to agree (the issue-12 finding: 共 360 条结果 but 200 rows);
// the 客户 column shows the customer (not the category) for customer hits too.
import type { Route } from '@playwright/test';
import { bulkSeedArchive } from '../../electron/archive/bulkSeed';
import type { SearchPage } from '../../electron/archive/contract/calls';
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, openMenu, OPERATOR } from './archive-fixtures';

const search = async (bridge: Parameters<typeof seedVault>[0], query: string, offset = 0, limit = 50): Promise<SearchPage> => {
  const r = await bridge.dispatch('archive.search', { query, offset, limit }, { trustedSender: true });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as SearchPage;
};

test('R-ARCH-3 检索边输边搜：停顿即检索、旧结果不覆盖新结果、总数与可翻阅行数一致、客户列显示客户名称', async ({ app: page, bridge }) => {
  await seedVault(bridge, ARCHIVE_STAFF);
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  // the volume is not the subject: straight into the open vault (one audit entry per batch)
  bulkSeedArchive(bridge.ctx.vault!.db, bridge.ctx.clock, { customers: 30, items: 330 });
  const db = bridge.ctx.vault!.db;
  const customerName = db.prepare('SELECT name FROM customers ORDER BY id LIMIT 1').pluck().get() as string;
  // the Chinese character in most names and titles (hundreds of hits, all of them below the cap)
  const common = db
    .prepare(`SELECT gram FROM search_grams WHERE length(gram) = 1 AND unicode(gram) > 13312 GROUP BY gram ORDER BY count(*) DESC LIMIT 1`)
    .pluck()
    .get() as string;

  // an earlier query whose answer is held back until the newer one is on screen
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  const seen: string[] = [];
  await page.route('**/api/archive.search', async (route: Route) => {
    const q = (route.request().postDataJSON() as { query: string }).query;
    seen.push(q);
    if (q === customerName.slice(0, 2)) await held;
    await route.continue();
  });

  await openMenu(page, '检索');
  const box = page.getByPlaceholder(/拼音首字母/);
  const results = page.getByRole('table', { name: '检索' });
  const total = page.getByTestId('search-total');

  // typed, no Enter: the two-character prefix goes out (and is held), then the full name
  await box.pressSequentially(customerName.slice(0, 2));
  await expect.poll(() => seen.includes(customerName.slice(0, 2))).toBe(true);
  await box.pressSequentially(customerName.slice(2));
  const full = await search(bridge, customerName);
  await expect(total).toHaveText(`共 ${full.total} 条结果`);
  await expect(results.getByRole('row').filter({ hasText: full.hits[0]!.title }).first()).toBeVisible();
  // the old answer arrives late: the screen keeps the newer query's total and rows
  const lateAnswer = page.waitForResponse(
    (r) => r.url().endsWith('/api/archive.search') && (r.request().postDataJSON() as { query: string }).query === customerName.slice(0, 2),
  );
  release();
  const prefix = await search(bridge, customerName.slice(0, 2));
  expect(prefix.total).not.toBe(full.total);
  // wait for that very response (not a fixed delay), then for the page to have handled it
  await lateAnswer;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await expect(total).toHaveText(`共 ${full.total} 条结果`);
  await expect(results).toHaveAttribute('aria-rowcount', String(full.total));

  // the customer hit's 客户 column is the customer's name, not its category
  const customerRow = results.getByRole('row').filter({ hasText: '客户' }).filter({ hasText: customerName }).first();
  await expect(customerRow.getByRole('cell').nth(3)).toHaveText(customerName);

  // a query with several pages of hits: the total shown is the number of rows one can scroll through
  await box.fill(common);
  const many = await search(bridge, common, 0, 1);
  expect(many.total).toBeGreaterThan(150);
  expect(many.capped).toBeUndefined();
  await expect(total).toHaveText(`共 ${many.total} 条结果`);
  const body = results.locator('.vtable-body');
  const placeholders = results.locator('.vtable-row').filter({ hasNot: page.locator('[role=cell]') });
  for (let i = 0; i < 60; i++) {
    await expect(placeholders).toHaveCount(0);
    const atEnd = await body.evaluate((el) => {
      el.scrollTop += el.clientHeight;
      return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    });
    if (atEnd) break;
  }
  await expect(placeholders).toHaveCount(0);
  await expect(results).toHaveAttribute('aria-rowcount', String(many.total));
  // the last row on screen is the last hit the search has
  const last = (await search(bridge, common, many.total - 1, 1)).hits[0]!;
  const shown = await results.locator('.vtable-row').evaluateAll((rows) =>
    rows
      .map((row) => ({ y: new DOMMatrix(getComputedStyle(row).transform).m42, text: row.textContent ?? '' }))
      .sort((a, b) => a.y - b.y)
      .map((x) => x.text),
  );
  expect(shown[shown.length - 1]).toContain(last.itemArchiveNo ?? last.archiveNo);
  await shot(page, 'archive-search-typing');
});
