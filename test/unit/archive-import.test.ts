// Spreadsheet import (R-ARCH-3 import; R-CUST-1 / R-ARCH-1 validation) and index export, on a
// real vault through the real dispatcher: preview names every bad row, a commit with any bad
// row writes nothing, a clean file lands in one transaction, GBK and UTF-8 CSV both decode.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, test } from 'vitest';
import { auditHead } from '../../electron/audit/append';
import type { CustomerCreated, CustomerDetail, IndexPage, ItemCreated } from '../../electron/archive/contract/calls';
import type { ExportResult, ImportCommitted, ImportPreview, ImportProgress } from '../../electron/archive/contract/import';
import { actions, bank, count, item, ok, person } from './archive-helpers';
import { CUSTOMER_HEADER, csvText, customerRow, setupImport, uscc, xlsxBytes } from './archive-import-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

type Rig = Awaited<ReturnType<typeof setupImport>>;
const preview = (v: Rig, kind: 'customers' | 'items', fileName: string, bytes: Buffer, jobId = randomUUID()) =>
  v.call('import.preview', { jobId, kind, fileName, dataBase64: bytes.toString('base64') });

describe('spreadsheet import', () => {
  test('R-ARCH-3 R-CUST-1 a 1 000-row xlsx with 3 bad rows: preview names exactly those rows, commit refused, nothing written', async () => {
    const v = await setupImport();
    cleanup = v.cleanup;
    const rows = Array.from({ length: 1000 }, (_, i) => customerRow(i));
    // data row i sits on spreadsheet row i + 2 (row 1 is the header)
    const badChecksum = rows[136]!;
    badChecksum[5] = `${String(badChecksum[5]).slice(0, 17)}${String(badChecksum[5]).endsWith('0') ? '1' : '0'}`;
    rows[499]![0] = ''; // missing name
    rows[873]![1] = '普通会员'; // no such customer category
    const bytes = await xlsxBytes(CUSTOMER_HEADER, rows);
    const customersBefore = count(v.ctx, 'customers');
    const headBefore = auditHead(v.ctx.vault!.db);

    const p = ok<ImportPreview>(await preview(v, 'customers', '客户导入.xlsx', bytes));
    expect(p.rows).toBe(1000);
    expect(p.valid).toBe(997);
    expect(p.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [138, '证件号码', 'v.uscc'],
      [501, '客户名称', 'v.required'],
      [875, '客户类别', 'v.importValue'],
    ]);
    expect(p.errors.map((e) => e.message)).toEqual(['统一社会信用代码格式或校验位不正确', '必填', '无法识别的取值「普通会员」']);
    expect(p.sample[0]).toMatchObject({ 客户名称: '华夏赵氏贸易有限公司0', 客户类别: '一般客户', 首次接触日期: '2024-03-05' });

    const c = await v.call('import.commit', { jobId: p.jobId });
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.error.code).toBe('IMPORT_INVALID');
      expect(c.error.message).toBe('文件中有 3 行数据有误，未导入任何数据');
    }
    expect(count(v.ctx, 'customers')).toBe(customersBefore);
    expect(count(v.ctx, 'archives')).toBe(0);
    expect(auditHead(v.ctx.vault!.db)).toEqual(headBefore);
  }, 60_000);

  test('R-ARCH-3 R-ARCH-1 a clean 1 000-row xlsx imports every row in one transaction: per-row entries + one summary; progress pollable', async () => {
    const v = await setupImport();
    cleanup = v.cleanup;
    const bytes = await xlsxBytes(
      CUSTOMER_HEADER,
      Array.from({ length: 1000 }, (_, i) => customerRow(i)),
    );
    const jobId = randomUUID();
    // poll while the preview validates (it yields between chunks of rows)
    const seen: ImportProgress[] = [];
    let finished = false;
    const pending = preview(v, 'customers', 'clean.xlsx', bytes, jobId).finally(() => (finished = true));
    while (!finished) {
      const r = await v.call('import.progress', { jobId });
      if (r.ok) seen.push(r.value as ImportProgress);
      await new Promise((res) => setImmediate(res));
    }
    const p = ok<ImportPreview>(await pending);
    expect(p).toMatchObject({ rows: 1000, valid: 1000, errors: [] });
    const validating = seen.filter((s) => s.phase === 'validating');
    expect(validating.length).toBeGreaterThan(0);
    expect(validating.some((s) => s.done > 0 && s.done < 1000)).toBe(true);
    expect(ok<ImportProgress>(await v.call('import.progress', { jobId }))).toEqual({ phase: 'ready', done: 1000, total: 1000 });

    const before = count(v.ctx, 'audit_entry');
    const done = ok<ImportCommitted>(await v.call('import.commit', { jobId }));
    expect(done.rows).toBe(1000);
    expect(count(v.ctx, 'customers')).toBe(1000);
    expect(count(v.ctx, 'archives')).toBe(1000);
    const acts = actions(v.ctx).slice(before);
    expect(acts.filter((a) => a === 'archive.customer.create')).toHaveLength(1000);
    expect(acts.at(-1)).toBe('archive.import');
    expect(ok<ImportProgress>(await v.call('import.progress', { jobId }))).toEqual({ phase: 'done', done: 1000, total: 1000 });
    const first = ok<CustomerDetail>(await v.call('customers.get', { id: done.ids[0]! }));
    expect(first).toMatchObject({ name: '华夏赵氏贸易有限公司0', category: 'general', subType: 'distributor', idKind: 'uscc', firstContactDate: '2024-03-05' });
    const second = ok<CustomerDetail>(await v.call('customers.get', { id: done.ids[1]! }));
    expect(second).toMatchObject({ category: 'special', subType: 'lawyer', partyKind: 'person', firstContactDate: '2023-07-01', remarks: '法律顾问' });
    // the same job cannot be committed twice
    const again = await v.call('import.commit', { jobId });
    expect(again.ok || again.error.code).toBe('IMPORT_EXPIRED');
  }, 60_000);

  test('R-ARCH-3 a row that fails while writing rolls back the whole import (one transaction), naming the row', async () => {
    const v = await setupImport();
    cleanup = v.cleanup;
    const rows = Array.from({ length: 50 }, (_, i) => customerRow(i));
    const p = ok<ImportPreview>(await preview(v, 'customers', 'race.xlsx', await xlsxBytes(CUSTOMER_HEADER, rows)));
    expect(p.errors).toEqual([]);
    // between preview and commit someone registers the customer of spreadsheet row 42 (data row 40)
    ok<CustomerCreated>(await v.call('customers.create', bank({ name: '抢先登记', idNumber: String(rows[40]![5]) })));
    const customers = count(v.ctx, 'customers');
    const head = auditHead(v.ctx.vault!.db);
    const c = await v.call('import.commit', { jobId: p.jobId });
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.error.code).toBe('IMPORT_ROW');
      expect(c.error.message).toBe('第 42 行无法导入（已存在相同记录），未导入任何数据');
    }
    expect(count(v.ctx, 'customers')).toBe(customers);
    expect(auditHead(v.ctx.vault!.db)).toEqual(head);
  });

  test('R-ARCH-3 CSV in GBK (Excel on Chinese Windows) and in UTF-8 with BOM both decode; Chinese names intact', async () => {
    const v = await setupImport();
    cleanup = v.cleanup;
    const rows = [CUSTOMER_HEADER, ...[0, 1, 2].map((i) => customerRow(i).map((c) => (c instanceof Date ? '2024-03-05' : String(c))))];
    rows[3]![0] = '欧阳娜娜,"引号"'; // comma and quotes inside a field
    const gbk = iconv.encode(csvText(rows), 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow(); // really not UTF-8
    const p = ok<ImportPreview>(await preview(v, 'customers', '客户.CSV', gbk));
    expect(p).toMatchObject({ encoding: 'gbk', rows: 3, valid: 3, errors: [] });
    const done = ok<ImportCommitted>(await v.call('import.commit', { jobId: p.jobId }));
    expect(ok<CustomerDetail>(await v.call('customers.get', { id: done.ids[0]! })).name).toBe('华夏赵氏贸易有限公司0');
    expect(ok<CustomerDetail>(await v.call('customers.get', { id: done.ids[2]! })).name).toBe('欧阳娜娜,"引号"');

    const more = [CUSTOMER_HEADER, ...[3, 4].map((i) => customerRow(i).map((c) => (c instanceof Date ? '2024年3月5日' : String(c))))];
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(more), 'utf8')]);
    const q = ok<ImportPreview>(await preview(v, 'customers', 'more.csv', utf8));
    expect(q).toMatchObject({ encoding: 'utf-8', rows: 2, valid: 2, errors: [] });
    expect(q.sample[0]!['客户名称']).toBe('李秀英3');
  });

  test('R-ARCH-3 an unparseable file (random bytes named .xlsx), a wrong type and missing columns give translated errors and write nothing', async () => {
    const v = await setupImport();
    cleanup = v.cleanup;
    const head = auditHead(v.ctx.vault!.db);
    const junk = await preview(v, 'customers', '客户.xlsx', randomBytes(4096));
    expect(junk.ok).toBe(false);
    if (!junk.ok)
      expect(junk.error).toMatchObject({ code: 'IMPORT_UNREADABLE', message: '无法读取该文件：不是有效的 Excel（.xlsx）或 CSV 文件，未导入任何数据' });
    // a zip that is not a workbook
    const zipLike = Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(2000)]);
    const z = await preview(v, 'customers', 'x.xlsx', zipLike);
    expect(z.ok || z.error.code).toBe('IMPORT_UNREADABLE');
    const bin = await preview(v, 'customers', 'x.csv', randomBytes(512));
    expect(bin.ok || bin.error.code).toBe('IMPORT_UNREADABLE');
    // deterministic cases: binary without NUL bytes that decodes as "GBK", and a NUL-bearing file
    const noNul = Buffer.from(Array.from({ length: 600 }, (_, i) => 1 + ((i * 97 + 13) % 255)));
    for (const bytes of [noNul, Buffer.concat([Buffer.from('客户名称,电话\n'), Buffer.from([0, 1, 2, 3])])]) {
      const r = await preview(v, 'customers', 'y.csv', bytes);
      expect(r.ok || r.error.code).toBe('IMPORT_UNREADABLE');
    }
    const type = await preview(v, 'customers', '客户.xls', Buffer.from('abc'));
    expect(type.ok || type.error.issues?.[0]?.message).toBe('只支持 .xlsx 和 .csv 文件');
    const cols = await preview(v, 'customers', 'c.csv', Buffer.from('客户名称,电话\n张三,123\n'));
    expect(cols.ok || cols.error.message).toBe('表头缺少必需的列：客户类别、客户子类型、主体类型、证件类型');
    expect(count(v.ctx, 'customers')).toBe(0);
    expect(auditHead(v.ctx.vault!.db)).toEqual(head);
  });

  test('R-ARCH-3 R-ARCH-1 the downloadable template: headers are the form labels, the example row is marked and never imported, a filled row imports', async () => {
    const v = await setupImport();
    cleanup = v.cleanup;
    const t = ok<ExportResult>(await v.call('import.template', { kind: 'customers' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(t.path);
    const ws = wb.getWorksheet('客户')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    // the 新建客户 form's own labels (联系电话, 客户子类型), required ones starred
    expect(header).toEqual(expect.arrayContaining(['客户名称*', '客户子类型*', '联系电话', '电子邮箱', '客户关系负责人']));
    expect(String(ws.getRow(2).getCell(1).value)).toBe('【示例】中国银行股份有限公司');
    expect(String(wb.getWorksheet('填写说明')!.getRow(4).getCell(3).value)).toContain('律师事务所');
    // the template as downloaded holds only the example: nothing to import
    const empty = await preview(v, 'customers', 't.xlsx', readFileSync(t.path));
    expect(empty.ok || empty.error.message).toBe('文件中没有数据行（以【示例】开头的示例行不导入）');
    // a row filled in below the example imports; the example does not
    const cols = header.map((h) => h.replace('*', ''));
    const filled: Record<string, string> = {
      客户名称: '北京佳兴源装饰有限公司',
      客户类别: '一般客户',
      客户子类型: '经销商',
      主体类型: '机构',
      证件类型: '统一社会信用代码',
      证件号码: uscc(7),
      联系电话: '010-66596688',
    };
    ws.addRow(cols.map((c) => filled[c] ?? ''));
    const p = ok<ImportPreview>(await preview(v, 'customers', 't.xlsx', Buffer.from(await wb.xlsx.writeBuffer())));
    expect(p).toMatchObject({ rows: 1, valid: 1, errors: [] });
    expect(p.sample).toEqual([expect.objectContaining({ 客户名称: '北京佳兴源装饰有限公司', 客户子类型: '经销商', 联系电话: '010-66596688' })]);
    ok(await v.call('import.commit', { jobId: p.jobId }));
    expect(count(v.ctx, 'customers')).toBe(1);
  });

  test("R-ARCH-3 row messages and file errors follow the caller's language (en)", async () => {
    const v = await setupImport('op', 'en');
    cleanup = v.cleanup;
    const asText = (r: (string | Date)[]) => r.map((c) => (c instanceof Date ? '2024-03-05' : c));
    const rows = [CUSTOMER_HEADER, asText(customerRow(0)), asText(customerRow(1))];
    rows[2]![4] = '驾驶证';
    const p = ok<ImportPreview>(
      await v.call('import.preview', {
        jobId: randomUUID(),
        kind: 'customers',
        fileName: 'c.csv',
        dataBase64: Buffer.from(csvText(rows)).toString('base64'),
        locale: 'en',
      }),
    );
    expect(p.errors).toEqual([{ row: 3, column: '证件类型', key: 'v.importValue', message: 'Unrecognised value "驾驶证"' }]);
    const c = await v.call('import.commit', { jobId: p.jobId, locale: 'en' });
    expect(c.ok || c.error.message).toBe('1 rows are invalid; nothing was imported');
    const junk = await preview(v, 'customers', 'x.xlsx', randomBytes(100));
    expect(junk.ok || junk.error.message).toBe('Cannot read this file: it is not a valid Excel (.xlsx) or CSV file; nothing was imported');
  });

  test('R-ARCH-3 R-SEC-2 R-ARCH-5 R-ARCH-1 items import by archive number: classification labels, custodian by login, unknown archive number rejected; imported items numbered after the existing ones', async () => {
    const v = await setupImport();
    cleanup = v.cleanup;
    const c = ok<CustomerCreated>(await v.call('customers.create', bank()));
    // one item entered by hand first: the import continues the archive's count
    const first = ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title: '客户尽调报告' })));
    expect(first.itemArchiveNo).toBe(`${c.archiveNo}-001`);
    const header = ['档号', '题名', '文件类型', '文件日期', '页数', '份数', '载体', '书写材料', '保管期限', '密级', '保管人', '备注'];
    const good = [
      [c.archiveNo, '授信协议', '合同', '2025-01-02', '8', '2', '纸质', '打印', '30年', '机密', 'cus1', '原件'],
      [c.archiveNo, '开户资料', '表格', '2025/2/3', '3', '', '纸质', '圆珠笔', '10年', '普通', '', ''],
    ];
    const bad = [['TS-2099-99999', '不存在的档案', '合同', '', '', '', '纸质', '打印', '永久', '机密', '', '']];
    const p1 = ok<ImportPreview>(await preview(v, 'items', 'items.csv', Buffer.from(csvText([header, ...good, ...bad]))));
    expect(p1.errors.map((e) => [e.row, e.column, e.message])).toEqual([[4, '档号', '档号「TS-2099-99999」不存在']]);
    const p2 = ok<ImportPreview>(await preview(v, 'items', 'items.csv', Buffer.from(csvText([header, ...good]))));
    expect(p2).toMatchObject({ rows: 2, valid: 2, nonDurable: 1 });
    const done = ok<ImportCommitted>(await v.call('import.commit', { jobId: p2.jobId }));
    const idx = ok<IndexPage>(await v.call('archive.index', {}));
    expect(idx.rows.map((r) => [r.itemId, r.itemArchiveNo, r.title, r.classification, r.remarks])).toEqual([
      [first.id, `${c.archiveNo}-001`, '客户尽调报告', 0, ''],
      [done.ids[0], `${c.archiveNo}-002`, '授信协议', 2, '【机密】 原件'],
      [done.ids[1], `${c.archiveNo}-003`, '开户资料', 0, ''],
    ]);
    expect(v.ctx.vault!.db.prepare('SELECT next_item_no FROM archives WHERE customer_id = ?').pluck().get(c.customerId)).toBe(4);
    const custodian = v.ctx.vault!.db.prepare('SELECT custodian_id FROM items WHERE id = ?').pluck().get(done.ids[0]);
    expect(custodian).toBe(v.ids.cus1);
    // items.create is the operator's: the development specialist may import customers only
    await v.as('dev');
    const denied = await preview(v, 'items', 'items.csv', Buffer.from(csvText([header, ...good])));
    expect(denied.ok || denied.error.code).toBe('FORBIDDEN_ROLE');
  });

  test('R-ARCH-3 the index exported to .xlsx re-reads with the same rows; the export is audited', async () => {
    const v = await setupImport();
    cleanup = v.cleanup;
    const b = ok<CustomerCreated>(await v.call('customers.create', bank()));
    const p = ok<CustomerCreated>(await v.call('customers.create', person()));
    ok<ItemCreated>(await v.call('items.create', item(b.customerId, { title: '授信协议', classification: 2, custodianId: v.ids.cus1, remarks: '原件' })));
    ok<ItemCreated>(await v.call('items.create', item(p.customerId, { title: '身份证复印件', docDate: '2024-12-31', pages: 1 })));
    ok<ItemCreated>(await v.call('items.create', item(b.customerId, { title: '绝密附件', classification: 3, custodianId: v.ids.cus1 })));
    const idx = ok<IndexPage>(await v.call('archive.index', {}));
    const r = ok<ExportResult>(await v.call('archive.exportIndex', {}));
    expect(r.rows).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.path);
    const ws = wb.worksheets[0]!;
    const read: string[][] = [];
    ws.eachRow((row) => read.push((row.values as unknown[]).slice(1).map((x) => (x == null ? '' : String(x)))));
    expect(read[0]).toEqual(['档号', '客户名称', '客户类别', '题名', '文件类型', '文件日期', '页数', '密级', '存放位置', '保管状态', '备注']);
    // 档号 is the item's own (archive number + item number)
    expect(read.slice(1).map((x) => [x[0], x[1], x[3], x[7], x[10]])).toEqual(
      idx.rows.map((x) => [x.itemArchiveNo, x.customerName, x.title, ['普通', '秘密', '机密', '绝密'][x.classification], x.remarks]),
    );
    expect(read.slice(1).map((x) => x[0])).toEqual([`${b.archiveNo}-001`, `${b.archiveNo}-002`, `${p.archiveNo}-001`]);
    expect(read.slice(1).map((x) => x[10])).toEqual(expect.arrayContaining(['【机密】 原件', '【绝密】']));
    expect(actions(v.ctx).at(-1)).toBe('archive.export');
    // a filter narrows the export the same way it narrows the index
    expect(ok<ExportResult>(await v.call('archive.exportIndex', { filter: { classification: 3 } })).rows).toBe(1);
  });
});
