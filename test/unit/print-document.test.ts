// R-REP-4 one print-document shell: every register and the label sheet carry the same print CSP,
// written once (electron/print/document.ts), and no other print source writes a CSP of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderLabelSheetHtml } from '../../electron/archive/registers/label-sheet';
import { PRINT_CSP } from '../../electron/print/document';
import { renderRegisterHtml } from '../../electron/print/register';

const META = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;
const count = (s: string, sub: string) => s.split(sub).length - 1;

describe('print documents', () => {
  test('a register and a label sheet both carry the one print CSP, once, and escape their title', () => {
    const register = renderRegisterHtml({
      title: '测试登记簿 <b>',
      registerCode: 'test',
      classificationMark: '机密',
      columns: [{ key: 'a', header: '甲' }],
      rows: [{ a: '客户甲' }],
      locale: 'zh-CN',
      orgName: '某某公司',
      printedBy: '王审计',
      printedAt: '2026-03-01T08:00:00.000Z',
      vaultId: 'v'.repeat(32),
      auditHead: 'ab'.repeat(32),
      signatureLines: [{ role: '审计员' }],
    });
    const label = { archiveNo: 'KH-2026-0001', title: '合同 <i>', subtitle: '客户甲', classification: 2, classificationLabel: '机密', qrPayload: '{}' };
    const sheet = renderLabelSheetHtml([label] as unknown as Parameters<typeof renderLabelSheetHtml>[0], { title: '档案标签 <u>' });
    for (const html of [register, sheet]) {
      expect(count(html, META)).toBe(1);
      expect(count(html, 'Content-Security-Policy')).toBe(1);
      expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    }
    expect(register).toContain('<title>测试登记簿 &lt;b&gt;</title>');
    expect(sheet).toContain('<title>档案标签 &lt;u&gt;</title>');
  });

  test('no print source but document.ts writes a Content-Security-Policy', () => {
    const root = join(__dirname, '../../electron');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && /(^|\/)(print|registers)\//.test(f));
    const writers = files.filter((f) => readFileSync(join(root, f), 'utf8').includes('Content-Security-Policy'));
    expect(writers).toEqual(['print/document.ts']);
  });
});
