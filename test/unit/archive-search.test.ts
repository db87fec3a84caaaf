import { afterEach, describe, expect, test } from 'vitest';
import { insertCustomer } from '../../electron/archive/customers';
import { pinyinForms, shortGrams } from '../../electron/archive/searchIndex';
import { seedArchive } from '../../electron/archive/seed';
import type { CustomerCreated, IndexPage, ItemCreated, LocationRef, SearchPage } from '../../electron/archive/contract/calls';
import { bank, count, item, ok, person, setupArchive, USCC } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function withData() {
  const v = await setupArchive();
  cleanup = v.cleanup;
  const boc = ok<CustomerCreated>(await v.call('customers.create', bank({ name: '中国银行北京分行' })));
  const pingan = ok<CustomerCreated>(await v.call('customers.create', bank({ name: '中国平安保险', subType: 'insurer', idNumber: USCC.pingan })));
  const kingwood = ok<CustomerCreated>(await v.call('customers.create', bank({ name: '金杜律师事务所', subType: 'lawyer', idNumber: USCC.huawei })));
  const zhang = ok<CustomerCreated>(await v.call('customers.create', person({ name: '张秀英' })));
  const loanDoc = ok<ItemCreated>(await v.call('items.create', item(boc.customerId, { title: '贷款合同', docType: '合同' }))).id;
  const policy = ok<ItemCreated>(
    await v.call('items.create', item(pingan.customerId, { title: '团体保险单', docType: '保单', classification: 2, custodianId: v.ids.cus1 })),
  ).id;
  const opinion = ok<ItemCreated>(await v.call('items.create', item(kingwood.customerId, { title: '法律意见书', docType: '意见书', classification: 1 }))).id;
  const search = async (query: string, filter = {}, page = {}) => ok<SearchPage>(await v.call('archive.search', { query, filter, ...page }));
  const titles = async (query: string, filter = {}) => (await search(query, filter)).hits.map((h) => `${h.kind}:${h.title}`);
  return { ...v, boc, pingan, kingwood, zhang, loanDoc, policy, opinion, search, titles };
}

describe('search (R-ARCH-3)', () => {
  test('R-ARCH-3 pinyin forms and short grams', () => {
    expect(pinyinForms('中国银行')).toEqual({ full: 'zhongguoyinhang', initials: 'zgyh' });
    expect(pinyinForms('重庆银行')).toEqual({ full: 'chongqingyinhang', initials: 'cqyh' });
    expect(shortGrams('中国银行', 'ZGYH')).toEqual(['中国', '国银', '银行', '行', 'zg', 'gy', 'yh', 'h']);
  });

  test('R-ARCH-3 Chinese substrings of 3+ characters (FTS5 trigram) find customers and items', async () => {
    const v = await withData();
    expect(await v.titles('北京分行')).toEqual(['customer:中国银行北京分行']);
    expect(await v.titles('律师事务')).toEqual(['customer:金杜律师事务所']);
    expect(await v.titles('保险单')).toEqual(['item:团体保险单']);
    expect(await v.titles('意见书')).toEqual(['item:法律意见书']); // title (doc type also matches, same item once)
    expect(await v.titles('不存在的')).toEqual([]);
  });

  test('R-ARCH-3 1–2 character queries work too', async () => {
    const v = await withData();
    expect(await v.titles('中国')).toEqual(['customer:中国银行北京分行', 'customer:中国平安保险']);
    expect(await v.titles('金')).toEqual(['customer:金杜律师事务所']);
    expect(await v.titles('贷款')).toEqual(['item:贷款合同']);
    expect(await v.titles('英')).toEqual(['customer:张秀英']);
    expect(await v.titles('行')).toEqual(['customer:中国银行北京分行']); // last character
    expect(await v.titles('单')).toEqual(['item:团体保险单']);
    expect(await v.titles('国')).toEqual(['customer:中国银行北京分行', 'customer:中国平安保险']); // inside the text
  });

  test('R-ARCH-3 pinyin initials and full pinyin: zgyh → 中国银行, zhongguoyinhang too', async () => {
    const v = await withData();
    expect(await v.titles('zgyh')).toEqual(['customer:中国银行北京分行']);
    expect(await v.titles('ZGYH')).toEqual(['customer:中国银行北京分行']);
    expect(await v.titles('zhongguoyinhang')).toEqual(['customer:中国银行北京分行']);
    expect(await v.titles('pingan')).toEqual(['customer:中国平安保险']);
    expect(await v.titles('jdls')).toEqual(['customer:金杜律师事务所']);
    expect(await v.titles('zxy')).toEqual(['customer:张秀英']);
    expect(await v.titles('dkht')).toEqual(['item:贷款合同']);
    expect(await v.titles('zg')).toEqual(['customer:中国银行北京分行', 'customer:中国平安保险']); // 2-letter initials via grams
  });

  test('R-ARCH-3 archive number: prefix finds the archive and its items; full number and ID number too', async () => {
    const v = await withData();
    expect(await v.titles(v.boc.archiveNo)).toEqual(['customer:中国银行北京分行', 'item:贷款合同']);
    expect((await v.search('TS-2026')).total).toBe(6); // three special archives + their items
    expect((await v.search('ts-2026-0000')).total).toBe(6);
    expect(await v.titles('YB')).toEqual(['customer:张秀英']);
    expect(await v.titles(USCC.pingan)).toEqual(['customer:中国平安保险']);
  });

  test("R-ARCH-3 R-ARCH-1 item 档号 prefix search: the full 档号 finds the one item, a prefix into the item number finds that archive's items; hits and index lines carry the item 档号", async () => {
    const v = await withData();
    for (let n = 2; n <= 12; n++) ok(await v.call('items.create', item(v.boc.customerId, { title: `往来函件${n}` })));
    const nos = async (query: string, filter = {}) => (await v.search(query, filter)).hits.map((h) => `${h.kind}:${h.itemArchiveNo ?? h.archiveNo}`);
    expect(await nos('TS-2026-00001-001')).toEqual(['item:TS-2026-00001-001']);
    expect(await nos('ts-2026-00001-012')).toEqual(['item:TS-2026-00001-012']);
    expect(await nos('TS-2026-00002-001')).toEqual(['item:TS-2026-00002-001']);
    expect(await nos('TS-2026-00001-01')).toEqual(['item:TS-2026-00001-010', 'item:TS-2026-00001-011', 'item:TS-2026-00001-012']);
    expect((await nos('TS-2026-00001-0')).length).toBe(12);
    expect(await nos('TS-2026-00001-')).toEqual(Array.from({ length: 12 }, (_, i) => `item:TS-2026-00001-${String(i + 1).padStart(3, '0')}`));
    expect(await nos('TS-2026-00001-013')).toEqual([]);
    // the archive-number prefix still finds the archives and all their items
    expect((await v.search('TS-2026-0000')).total).toBe(3 + 14);
    expect((await v.search('TS-2026-00001')).hits[0]).toMatchObject({ kind: 'customer', archiveNo: 'TS-2026-00001', itemNo: null, itemArchiveNo: null });
    // filters apply as to any hit
    expect(await nos('TS-2026-00002-00', { classification: 2 })).toEqual(['item:TS-2026-00002-001']);
    expect(await nos('TS-2026-00001-00', { classification: 2 })).toEqual([]);
    // the item's title search shows its 档号 too; the index lists each item under its own
    expect((await v.search('往来函件12')).hits.map((h) => [h.itemNo, h.itemArchiveNo])).toEqual([[12, 'TS-2026-00001-012']]);
    const idx = ok<IndexPage>(await v.call('archive.index', { filter: { category: 'special' }, limit: 4 }));
    expect(idx.rows.map((r) => [r.itemNo, r.itemArchiveNo, r.title])).toEqual([
      [1, 'TS-2026-00001-001', '贷款合同'],
      [2, 'TS-2026-00001-002', '往来函件2'],
      [3, 'TS-2026-00001-003', '往来函件3'],
      [4, 'TS-2026-00001-004', '往来函件4'],
    ]);
  });

  test('R-ARCH-3 filters (category, classification, location, custody state) and paging with a total', async () => {
    const v = await withData();
    expect(await v.titles('中国', { category: 'special' })).toEqual(['customer:中国银行北京分行', 'customer:中国平安保险']);
    expect(await v.titles('', { category: 'general' })).toEqual(['customer:张秀英']);
    expect(await v.titles('', { classification: 2 })).toEqual(['item:团体保险单']);
    expect(await v.titles('', { custodyState: 'intake' })).toEqual(['item:贷款合同', 'item:团体保险单', 'item:法律意见书']);
    // place one and filter by room / cabinet / state
    const room = ok<{ id: number }>(await v.call('locations.createRoom', { name: '二号库房' })).id;
    const cab = ok<{ id: number }>(
      await v.call('locations.createCabinet', { roomId: room, code: 'A', zone: 'any', segregated: false, shelves: 1, positions: 5 }),
    ).id;
    const slot = ok<LocationRef>(await v.call('locations.proposeSlot', { itemId: v.loanDoc }));
    ok(await v.call('locations.place', { itemId: v.loanDoc, locationId: slot.locationId }));
    expect(await v.titles('', { roomId: room })).toEqual(['item:贷款合同']);
    expect(await v.titles('', { cabinetId: cab, custodyState: 'onShelf' })).toEqual(['item:贷款合同']);
    expect((await v.search('', { cabinetId: cab })).hits[0]!.location).toBe('二号库房 › A柜 › 第1层 › 第1位');
    expect(await v.titles('', { customerId: v.boc.customerId })).toEqual(['customer:中国银行北京分行', 'item:贷款合同']);
    expect(await v.titles('中国', { kind: 'item' })).toEqual([]);
    expect((await v.search('', { kind: 'item', category: 'special' })).total).toBe(3);
    // the index counts through the same filters
    const ix = async (filter: object) => ok<IndexPage>(await v.call('archive.index', { filter }));
    expect((await ix({ roomId: room })).total).toBe(1);
    expect((await ix({ cabinetId: cab })).rows.map((r) => r.title)).toEqual(['贷款合同']);
    expect((await ix({ category: 'general' })).total).toBe(0);
    expect((await ix({ customerId: v.pingan.customerId })).rows.map((r) => r.title)).toEqual(['团体保险单']);
    expect((await ix({ custodyState: 'intake', category: 'special' })).total).toBe(2);
    // paging
    const all = await v.search('');
    expect(all.total).toBe(7);
    const p1 = await v.search('', {}, { offset: 0, limit: 3 });
    const p3 = await v.search('', {}, { offset: 6, limit: 3 });
    expect([p1.total, p1.hits.length, p3.hits.length]).toEqual([7, 3, 1]);
    expect([...p1.hits, ...(await v.search('', {}, { offset: 3, limit: 3 })).hits, ...p3.hits].map((h) => h.id + h.kind)).toEqual(
      all.hits.map((h) => h.id + h.kind),
    );
    expect(await v.call('archive.search', { query: '中国', limit: 501 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  test("R-ARCH-3 R-SEC-2 the index and the search filter by custodian: a custodian's 我保管的 and 待上架", async () => {
    const v = await withData();
    const second = ok<ItemCreated>(await v.call('items.create', item(v.boc.customerId, { title: '授信批复', classification: 3, custodianId: v.ids.cus2 }))).id;
    const ix = async (filter: object) => ok<IndexPage>(await v.call('archive.index', { filter }));
    expect((await ix({ custodianId: v.ids.cus1 })).rows.map((r) => r.title)).toEqual(['团体保险单']);
    expect((await ix({ custodianId: v.ids.cus2 })).rows.map((r) => r.itemId)).toEqual([second]);
    expect(await v.titles('', { custodianId: v.ids.cus1 })).toEqual(['item:团体保险单']);
    // 待上架 = mine and still at intake: once cus2 shelves theirs it leaves that view, stays in 我保管的
    const room = ok<{ id: number }>(await v.call('locations.createRoom', { name: '一号库房' })).id;
    ok(await v.call('locations.createCabinet', { roomId: room, code: 'X', zone: 'any', segregated: true, shelves: 1, positions: 2 }));
    await v.as('cus2');
    const slot = ok<LocationRef>(await v.call('locations.proposeSlot', { itemId: second }));
    ok(await v.call('locations.place', { itemId: second, locationId: slot.locationId }));
    expect((await ix({ custodianId: v.ids.cus2, custodyState: 'intake' })).total).toBe(0);
    expect((await ix({ custodianId: v.ids.cus2 })).total).toBe(1);
    expect((await ix({ custodianId: v.ids.cus1, custodyState: 'intake' })).total).toBe(1);
  });

  test('R-CUST-1 R-ARCH-3 the customer list sorts by 档号, 名称, 类别, 建档日期 both ways; with a query the count equals the rows paged through', async () => {
    const v = await withData();
    type Page = { rows: { name: string; archiveNo: string; itemCount: number }[]; total: number };
    const list = async (input: object) => ok<Page>(await v.call('customers.list', input));
    const names = async (input: object) => (await list(input)).rows.map((r) => r.name);
    expect(await names({})).toEqual(['中国银行北京分行', '中国平安保险', '金杜律师事务所', '张秀英']); // TS-…1..3, YB-…1
    expect(await names({ sort: 'archiveNo', dir: 'desc' })).toEqual(['张秀英', '金杜律师事务所', '中国平安保险', '中国银行北京分行']);
    expect(await names({ sort: 'category' })).toEqual(['张秀英', '中国银行北京分行', '中国平安保险', '金杜律师事务所']); // general < special, then 档号
    expect(await names({ sort: 'name', dir: 'asc' })).toEqual([...(await names({}))].sort());
    expect(await names({ sort: 'openedAt', dir: 'desc' })).toHaveLength(4);
    expect((await list({})).rows.map((r) => r.itemCount)).toEqual([1, 1, 1, 0]);
    // a query narrows, and paging one row at a time reaches exactly `total` rows
    const hit = await list({ query: '中国', sort: 'name', dir: 'desc', limit: 1 });
    expect(hit.total).toBe(2);
    const paged = [hit.rows[0]!.name, ...(await names({ query: '中国', sort: 'name', dir: 'desc', limit: 1, offset: 1 }))];
    expect(paged).toEqual(await names({ query: '中国', sort: 'name', dir: 'desc' }));
    expect(await names({ query: '中国', sort: 'name', dir: 'desc', offset: 2 })).toEqual([]);
    expect(await names({ query: '中国', category: 'general' })).toEqual([]);
    expect(await v.call('customers.list', { sort: 'phone' as 'name' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  test('R-ARCH-3 R-SEC-2 the index lists every item in archive-number order with location, custody state and the 机密/绝密 mark', async () => {
    const v = await withData();
    const idx = ok<IndexPage>(await v.call('archive.index', {}));
    expect(idx.total).toBe(3);
    expect(idx.rows.map((r) => [r.archiveNo, r.customerName, r.title, r.classification, r.custodyState, r.remarks])).toEqual([
      ['TS-2026-00001', '中国银行北京分行', '贷款合同', 0, 'intake', ''],
      ['TS-2026-00002', '中国平安保险', '团体保险单', 2, 'intake', '【机密】'],
      ['TS-2026-00003', '金杜律师事务所', '法律意见书', 1, 'intake', ''],
    ]);
    expect(ok<IndexPage>(await v.call('archive.index', { filter: { classification: 2 } })).rows.map((r) => r.title)).toEqual(['团体保险单']);
    // the labels are settings (a company may use 商业秘密 grades): the mark follows them
    const vault = v.ctx.vault!;
    vault.tx(() =>
      vault.db
        .prepare(`UPDATE settings SET value_json = ? WHERE key = 'classificationLabels'`)
        .run(JSON.stringify(['公开', '内部', '商业秘密', '核心商业秘密'])),
    );
    expect(ok<IndexPage>(await v.call('archive.index', { filter: { classification: 2 } })).rows[0]!.remarks).toBe('【商业秘密】');
    // keyset paging (one row at a time, two items in the same archive) gives the same rows as offset paging
    ok(await v.call('items.create', item(v.boc.customerId, { title: '还款计划' })));
    const all = ok<IndexPage>(await v.call('archive.index', {})).rows.map((r) => r.itemId);
    const walked: number[] = [];
    let after: { archiveNo: string; itemId: number } | undefined;
    for (;;) {
      const rows = ok<IndexPage>(await v.call('archive.index', { limit: 1, after })).rows;
      if (!rows.length) break;
      walked.push(rows[0]!.itemId);
      after = { archiveNo: rows[0]!.archiveNo, itemId: rows[0]!.itemId };
    }
    expect(walked).toEqual(all);
    expect(all).toHaveLength(4);
  });

  test('R-ARCH-3 the search index is written in the same transaction as the rows; seedArchive builds a realistic archive', async () => {
    const v = await setupArchive();
    cleanup = v.cleanup;
    const vault = v.ctx.vault!;
    const r = seedArchive(vault, 60, { itemsPerCustomer: 2, custodianId: v.ids.cus1, batch: 25 });
    expect(r).toEqual({ customers: 60, items: 120 });
    expect(count(v.ctx, 'search_docs')).toBe(180);
    // a rolled-back creation leaves nothing in the index either
    expect(() =>
      vault.tx((w) => {
        insertCustomer(w, v.ctx.clock, { id: v.ids.op!, name: 'x' }, person({ name: '回滚银行', idKind: 'other', idNumber: 'RB1' }));
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(count(v.ctx, 'search_docs')).toBe(180);
    expect(ok<SearchPage>(await v.call('archive.search', { query: '回滚银行' })).total).toBe(0);
    expect(vault.db.prepare('SELECT count(*) FROM search_fts').pluck().get()).toBe(180);
    expect(vault.db.prepare(`SELECT count(*) FROM audit_entry WHERE action LIKE 'archive.%.create'`).pluck().get()).toBe(180);
    const names = vault.db.prepare('SELECT name FROM customers').pluck().all() as string[];
    expect(names.some((n) => /银行|律师事务所|保险|商贸有限公司/.test(n))).toBe(true);
    // every seeded ID number passes the same checksum as the form
    const { customerInputSchema } = await import('../../electron/archive/contract/calls');
    const rows = vault.db
      .prepare('SELECT category, sub_type AS subType, party_kind AS partyKind, name, id_kind AS idKind, id_number AS idNumber FROM customers')
      .all() as object[];
    for (const row of rows) expect(customerInputSchema.safeParse(row).success).toBe(true);
    // search finds the seeded rows by pinyin initials of a generated name
    const first = names[0]!;
    const { pinyinForms: pf } = await import('../../electron/archive/searchIndex');
    const hits = ok<SearchPage>(await v.call('archive.search', { query: pf(first).initials, limit: 500 })).hits;
    expect(hits.some((h) => h.kind === 'customer' && h.title === first)).toBe(true);
  });
});
