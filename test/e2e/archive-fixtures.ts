// Helpers for the archive e2e flows: the archive staff (operator, two custodians), a FileSaver
// for the bridge (index export), antd Select picking, and PDF text reading.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { usccCheckChar } from '../../electron/archive/contract/idNumbers';
import type { Bridge } from './bridge/server';
import { expect, ROOT, type SeedUser } from './fixtures';

export const OPERATOR: SeedUser = { login: 'zhuanyuan', displayName: '张专员', roles: ['operator'], password: 'Clerk-pass-2024' };
export const CUSTODIAN: SeedUser = { login: 'baoguan', displayName: '李保管', roles: ['custodian'], password: 'Keeper-pass-2024' };
export const CUSTODIAN2: SeedUser = { login: 'baoguan2', displayName: '赵保管', roles: ['custodian'], password: 'Keeper2-pass-2024' };
export const ARCHIVE_STAFF = [OPERATOR, CUSTODIAN, CUSTODIAN2];

/** A checksum-valid unified social credit code (GB 32100-2015), distinct per n. */
export function uscc(n: number): string {
  const first17 = `91310000${String(n).padStart(9, '0')}`;
  return first17 + usccCheckChar(first17)!;
}

export const EXPORT_DIR = join(ROOT, 'test/output/export');

/** The app's save dialog, for the bridge: files land in test/output/export. */
export function attachFileSaver(bridge: Bridge): void {
  bridge.ctx.fileSaver = {
    save: async (bytes, name) => {
      mkdirSync(EXPORT_DIR, { recursive: true });
      const p = join(EXPORT_DIR, name);
      writeFileSync(p, bytes);
      return p;
    },
  };
}

/** Opens the antd Select labelled `label` inside `scope` and picks the option whose text is `option`. */
export async function pick(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  const open = page.locator('.ant-select-dropdown:visible');
  await field.click();
  // antd ignores a click on an option while its dropdown is still animating open (a loaded
  // machine): until the dropdown has closed, click the option again (a single select: picking
  // the same option twice keeps it), reopening the dropdown if it closed without the choice
  await expect(async () => {
    if ((await open.count()) === 0) await field.click();
    await open.getByTitle(option, { exact: true }).click({ timeout: 5_000 });
    await expect(open).toHaveCount(0, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Sets options of the antd multi-select labelled `label` inside `scope`: each of `on` selected,
 * each of `off` not. A toggle is clicked only while the option is not yet in the wanted state and
 * each is waited for (antd drops clicks during its dropdown animation on a loaded machine); the
 * dropdown is closed with Escape at the end.
 */
export async function setOptions(page: Page, scope: Page | Locator, label: string, want: { on?: string[]; off?: string[] }, exact = true): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  const open = page.locator('.ant-select-dropdown:visible');
  await field.click();
  const goals = [...(want.on ?? []).map((o) => [o, true] as const), ...(want.off ?? []).map((o) => [o, false] as const)];
  for (const [option, selected] of goals) {
    await expect(async () => {
      if ((await open.count()) === 0) await field.click();
      const item = open.getByTitle(option, { exact });
      const isOn = ((await item.getAttribute('class', { timeout: 5_000 })) ?? '').includes('ant-select-item-option-selected');
      if (isOn !== selected) await item.click({ timeout: 5_000 });
      await expect(item).toHaveClass(selected ? /ant-select-item-option-selected/ : /^(?!.*ant-select-item-option-selected)/, { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
  }
  await page.keyboard.press('Escape');
  await expect(open).toHaveCount(0);
}

export async function openMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name }).click();
}

/** Clicks a 「…（PDF）」 print button, waits for 已保存到 and returns pdftotext's text of the file. */
export async function printPdfText(page: Page, scope: Page | Locator, button: string): Promise<string> {
  await scope.getByRole('button', { name: `${button}（PDF）` }).click();
  const saved = page.getByText(/^已保存到 /).last();
  await expect(saved).toBeVisible({ timeout: 45_000 });
  const path = (await saved.innerText()).replace(/^已保存到 /, '').trim();
  expect(existsSync(path)).toBe(true);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

type Dispatched = Record<string, unknown>;
/** One call through the bridge's dispatcher (as whoever is signed in there); throws on failure. */
export async function d(bridge: Bridge, name: string, input: unknown): Promise<Dispatched> {
  const r = await bridge.dispatch(name, input, { trustedSender: true });
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as Dispatched;
}

export interface SeededArchive {
  archiveNo: string;
  customerId: number;
  items: { open: number; fax: number; secret: number };
  roomId: number;
}

/**
 * For flows whose subject is not data entry: as the operator, through the same dispatcher,
 * 中国银行 (special, bank) with three items (one 机密 under 李保管), room 一号库房 and — unless
 * `cabinets` is false — cabinet A01 (special zone, 3×5) and segregated S01 (any zone, 2×4),
 * with the two ordinary items placed on A01. Signs out again.
 */
export async function seedArchive(bridge: Bridge, opts: { cabinets?: boolean; items?: boolean } = {}): Promise<SeededArchive> {
  const staff = (
    await (async () => {
      await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
      await d(bridge, 'auth.acknowledgeRules', { accepted: true });
      return (await bridge.dispatch('archive.staff', {}, { trustedSender: true })) as { ok: true; value: { id: number; login: string }[] };
    })()
  ).value;
  const custodianId = staff.find((u) => u.login === CUSTODIAN.login)!.id;
  const c = await d(bridge, 'customers.create', {
    category: 'special',
    subType: 'bank',
    partyKind: 'institution',
    name: '中国银行',
    idKind: 'uscc',
    idNumber: uscc(100001234),
    contactPerson: '周经理',
    phone: '021-38824588',
    address: '上海市浦东新区银城中路200号',
  });
  const item = async (title: string, docType: string, extra: Dispatched = {}) =>
    (
      await d(bridge, 'items.create', {
        customerId: c.customerId,
        title,
        docType,
        pages: 12,
        carrier: 'paper',
        writingMedium: 'print',
        retention: '30y',
        classification: 0,
        ...extra,
      })
    ).id as number;
  if (opts.items === false) {
    await d(bridge, 'auth.signOut', {});
    return { archiveNo: c.archiveNo as string, customerId: c.customerId as number, items: { open: 0, fax: 0, secret: 0 }, roomId: 0 };
  }
  const open = await item('开户申请及授权书', '开户资料');
  const fax = await item('授信业务往来传真', '往来函件', { writingMedium: 'thermalPaper' });
  const secret = await item('账户对账单（2024 年度）', '对账单', { classification: 2, custodianId });
  const room = await d(bridge, 'locations.createRoom', { name: '一号库房' });
  if (opts.cabinets !== false) {
    await d(bridge, 'locations.createCabinet', { roomId: room.id, code: 'A01', zone: 'special', segregated: false, shelves: 3, positions: 5 });
    await d(bridge, 'locations.createCabinet', { roomId: room.id, code: 'S01', zone: 'any', segregated: true, shelves: 2, positions: 4 });
    for (const id of [open, fax]) {
      const slot = await d(bridge, 'locations.proposeSlot', { itemId: id });
      await d(bridge, 'locations.place', { itemId: id, locationId: slot.locationId });
    }
  }
  await d(bridge, 'auth.signOut', {});
  return { archiveNo: c.archiveNo as string, customerId: c.customerId as number, items: { open, fax, secret }, roomId: room.id as number };
}

/** The customer import template's headers (electron/archive/import/columns.ts). */
export const CUSTOMER_HEADER = ['客户名称', '客户类别', '细分类型', '主体类型', '证件类型', '证件号码', '联系人', '电话', '地址', '备注'];

/** Row i of a customer sheet: valid institutions with distinct checksum-valid USCCs. */
export function customerRow(i: number): string[] {
  return [`华东贸易有限公司${i}`, '一般客户', '经销商', '机构', '统一社会信用代码', uscc(500000 + i), '王伟', '021-66596688', '上海市黄浦区中山东一路1号', ''];
}

/** A .xlsx of `rows` under `header`, written to test/output/import/<name>. */
export async function writeXlsx(name: string, header: string[], rows: string[][]): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const dir = join(ROOT, 'test/output/import');
  mkdirSync(dir, { recursive: true });
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

/** Every cell of every sheet of a .xlsx, as one text (to check an export's content). */
export async function readXlsxText(path: string): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(String(c.text)))));
  return out.join('\n');
}
