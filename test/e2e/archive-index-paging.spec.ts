// The index at volume (R-ARCH-3): scrolling forward fetches each next page by cursor (keyset on
// 档号 + item id — a deep OFFSET page costs 100–200 ms at 100k items, a cursor page ~0.35 ms),
// and the rows shown are exactly the offset-ordered catalogue, with the total kept. 330 items
// over 20 customers: ~16 items per 档号, so page boundaries fall inside one archive and the
// item-id tie-break is exercised.
import type { Request } from '@playwright/test';
import { bulkSeedArchive } from '../../electron/archive/bulkSeed';
import type { IndexPage } from '../../electron/archive/contract/calls';
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, openMenu, OPERATOR } from './archive-fixtures';

const ITEMS = 330;

test('R-ARCH-3 索引分页：向下滚动按游标（档号+序号）取下一页，行与按偏移排序一致，总数保留', async ({ app: page, bridge }) => {
  await seedVault(bridge, ARCHIVE_STAFF);
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  // the volume is not the subject: seed it straight into the now open vault (one audit entry per batch)
  bulkSeedArchive(bridge.ctx.vault!.db, bridge.ctx.clock, { customers: 20, items: ITEMS });

  const indexCalls: Record<string, unknown>[] = [];
  page.on('request', (r: Request) => {
    if (r.url().endsWith('/api/archive.index')) indexCalls.push(r.postDataJSON() as Record<string, unknown>);
  });
  await openMenu(page, '档案索引');
  await expect(page.getByText(`共 ${ITEMS} 件`)).toBeVisible();
  const table = page.getByRole('table', { name: '档案索引' });
  const body = table.locator('.vtable-body');
  const loaded = table.locator('.vtable-row').filter({ hasNot: page.locator('[role=cell]') });

  // scroll forward a screen at a time, waiting for each page to arrive, down to the end
  for (let i = 0; i < 40; i++) {
    await expect(loaded).toHaveCount(0);
    const atEnd = await body.evaluate((el) => {
      el.scrollTop += el.clientHeight;
      return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    });
    if (atEnd) break;
  }
  await expect(loaded).toHaveCount(0);
  await expect(page.getByText(`共 ${ITEMS} 件`)).toBeVisible();

  // the first page by offset, every later one by cursor (offset then ignored by the backend)
  const pages = indexCalls.filter((c) => c.limit === 100);
  expect(pages.length).toBe(Math.ceil(ITEMS / 100));
  expect(pages[0]!.after).toBeUndefined();
  for (const p of pages.slice(1)) expect(p.after).toMatchObject({ archiveNo: expect.stringMatching(/^\S+$/), itemId: expect.any(Number) });

  // what is shown at the end is the catalogue's tail in offset order (no row lost or repeated at a page seam)
  const r = await bridge.dispatch('archive.index', { offset: ITEMS - 5, limit: 5 }, { trustedSender: true });
  expect(r.ok).toBe(true);
  const tail = (r as { ok: true; value: IndexPage }).value.rows;
  const shown = await table.locator('.vtable-row').evaluateAll((rows) =>
    rows
      .map((row) => ({ y: new DOMMatrix(getComputedStyle(row).transform).m42, text: row.textContent ?? '' }))
      .sort((a, b) => a.y - b.y)
      .map((x) => x.text),
  );
  const last = shown.slice(-5);
  expect(last).toHaveLength(5);
  tail.forEach((row, i) => {
    expect(last[i]).toContain(row.archiveNo);
    expect(last[i]).toContain(row.title);
  });
  await shot(page, 'archive-index-paging');
});
