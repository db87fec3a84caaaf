// Scanned attachments in the Chinese UI (R-ARCH-5 intake, R-USE-1 / R-SEC-2 content gating): the
// operator opens an item from the index, uploads a PNG and a PDF through the panel's file input,
// previews the PNG, withdraws the PDF with a reason (never deleted: 显示已撤回 shows it), and a
// file named .pdf that is really an EXE is refused by its bytes. A user without content access
// sees the index line only — no attachments. The files are generated here, small and valid.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, CUSTODIAN2, EXPORT_DIR, OPERATOR, attachFileSaver, openMenu, seedArchive } from './archive-fixtures';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A real w×h RGB PNG (one colour), so the preview must actually decode it. */
function png(w: number, h: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const line = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3).map((_, i) => rgb[i % 3]!)]);
  const raw = Buffer.concat(Array.from({ length: h }, () => line));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A minimal one-page PDF (what a scanner's PDF starts with is all the type check reads). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** DOS/PE header bytes: an executable wearing a .pdf name */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(120)]);

test('R-ARCH-5 R-USE-1 R-SEC-2 附件：操作员上传 PNG 与 PDF → 列出大小 → 预览图片 → 填写原因撤回 → 显示已撤回；伪装成 PDF 的 EXE 被拒；无查阅授权者看不到附件', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, ARCHIVE_STAFF);
  const { items } = await seedArchive(bridge, { cabinets: false });
  attachFileSaver(bridge);
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);

  await openMenu(page, '档案索引');
  await page.getByRole('table', { name: '档案索引' }).getByRole('row').filter({ hasText: '开户申请及授权书' }).click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '档案材料详情' });
  await expect(drawer.getByTestId('item-detail')).toContainText('开户申请及授权书');
  const panel = drawer.getByTestId('attachments-panel');
  await expect(panel).toContainText('暂无附件');
  const input = panel.getByTestId('attachment-file');
  const list = panel.locator('.ant-table-tbody');

  // ---- upload a PNG and a PDF; each is listed with its size
  const image = png(64, 48, [200, 30, 30]);
  await input.setInputFiles({ name: '开户申请扫描.png', mimeType: 'image/png', buffer: image });
  await expect(list.getByRole('row').filter({ hasText: '开户申请扫描.png' })).toContainText('1 KB');
  await input.setInputFiles({ name: '授权书扫描.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(list.getByRole('row').filter({ hasText: '授权书扫描.pdf' })).toContainText('KB');
  await expect(list.getByRole('row').filter({ hasText: '授权书扫描.pdf' })).toContainText(OPERATOR.displayName);
  await expect(list.getByRole('row')).toHaveCount(2);

  // ---- preview: the PNG comes back decrypted from the vault and decodes at its real size
  await list.getByRole('row').filter({ hasText: '开户申请扫描.png' }).getByRole('button', { name: '查看' }).click();
  const preview = page.getByRole('dialog', { name: '开户申请扫描.png' });
  const img = preview.getByRole('img', { name: '开户申请扫描.png' });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((e: HTMLImageElement) => `${e.naturalWidth}×${e.naturalHeight}`)).toBe('64×48');
  await preview.getByRole('button', { name: 'Close' }).or(preview.getByLabel('Close')).first().click();
  await expect(preview).toBeHidden();

  // ---- save as: a saved file is a copy (R-SEC-3) — without an approved copy request or a grant
  // that allows downloads it is refused, in Chinese, and nothing is written (the marked download
  // under an approved request: test/e2e/copies.spec.ts)
  rmSync(join(EXPORT_DIR, '授权书扫描.pdf'), { force: true }); // left by an earlier run
  await list.getByRole('row').filter({ hasText: '授权书扫描.pdf' }).getByRole('button', { name: '另存为…' }).click();
  await expect(panel.getByRole('alert')).toContainText('没有允许复制或下载该档案材料的授权或已批准的复制申请');
  expect(existsSync(join(EXPORT_DIR, '授权书扫描.pdf'))).toBe(false);

  // ---- an EXE named x.pdf: refused by its bytes, in Chinese, and nothing is added
  await input.setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: EXE });
  await expect(panel.getByRole('alert')).toContainText('只支持 PDF、JPEG、PNG、TIFF 格式的扫描件（按文件内容识别）');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).not.toContainText('x.pdf');

  // ---- withdraw the PDF: a reason is required; it leaves the list but is never deleted
  await list.getByRole('row').filter({ hasText: '授权书扫描.pdf' }).getByRole('button', { name: '撤回' }).click();
  const confirm = page.getByRole('dialog', { name: '撤回：授权书扫描.pdf' });
  await expect(confirm.getByRole('button', { name: '撤回' })).toBeDisabled();
  await confirm.getByLabel('撤回原因').fill('扫描件模糊，重新扫描后另行上传');
  await confirm.getByRole('button', { name: '撤回' }).click();
  await expect(confirm).toBeHidden();
  await expect(list.getByRole('row')).toHaveCount(1);
  await expect(list).not.toContainText('授权书扫描.pdf');
  await panel.getByRole('switch', { name: '显示已撤回' }).click();
  const withdrawn = list.getByRole('row').filter({ hasText: '授权书扫描.pdf' });
  await expect(withdrawn).toContainText('已撤回');
  await expect(withdrawn.getByRole('button', { name: '撤回' })).toHaveCount(0);
  await expect(list.getByRole('row')).toHaveCount(2);
  await shot(page, 'archive-attachments');

  // ---- a custodian with no grant for this 普通 item sees the index line, not the attachments
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, CUSTODIAN2.login, CUSTODIAN2.password);
  await openMenu(page, '档案索引');
  await page.getByRole('table', { name: '档案索引' }).getByRole('row').filter({ hasText: '开户申请及授权书' }).click();
  const gated = page.locator('.ant-drawer').filter({ hasText: '档案材料详情' });
  await expect(gated.getByTestId('no-access')).toContainText('无查阅授权');
  await expect(gated).toContainText('开户申请及授权书');
  await expect(gated.getByTestId('attachments-panel')).toHaveCount(0);
  await expect(gated).not.toContainText('开户申请扫描.png');
  // and the call itself is refused, not just hidden
  const listed = await bridge.dispatch('attachments.list', { itemId: items.open, includeWithdrawn: true }, { trustedSender: true });
  expect(listed.ok).toBe(false);
  if (!listed.ok) expect(listed.error.code).toBe('CONTENT_DENIED');
});
