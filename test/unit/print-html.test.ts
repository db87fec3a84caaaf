// Register HTML without a browser: escaping, the QR payload, font slicing, rows in words.
import { describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from '../../electron/audit/canonical';
import { fontIndex, slicesFor } from '../../electron/print/font';
import { qrSvg } from '../../electron/print/qr';
import { registerQrPayload, renderRegisterHtml, rowsHash } from '../../electron/print/register';
import { auditRegisterRow } from '../../electron/audit/registers/audit-register';
import { auditKit } from '../../electron/audit/describe';
import { cssString } from '../../electron/print/stylesheet';
import { tempDir, testVaultOptions } from './helpers';
import { Vault } from '../../electron/vault/vault';
import { sampleSpec } from './print-helpers';

describe('register HTML (no browser)', () => {
  test('R-IT-1 every datum is HTML-escaped; the document has no script and no external resource', () => {
    const html = renderRegisterHtml(
      sampleSpec([{ a: '<script>alert(1)</script>', b: `"'><img src=x onerror=alert(2)>` }], {
        orgName: '<b>公司</b>',
        printedBy: '</style><script>x()</script>',
        classificationMark: '机密"; } body { display:none } @top-left { content: "',
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>公司</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;');
    // the classification mark is a CSS string: its quote and braces are escaped, not live CSS
    expect(html).not.toContain('body { display:none }');
    expect(cssString('a"b}')).toBe('"a\\22 b\\7d "');
    // self-contained: fonts and QR inline, nothing fetched (air-gapped machine)
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:|file:|\/\/)/i);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).toContain('Content-Security-Policy');
  });

  test('R-REP-4 QR code encodes canonical {register, rowsHash, auditHead}; the hash follows the rows', () => {
    const rows = [
      { a: '客户甲', b: 1 },
      { b: 2, a: '客户乙' },
    ];
    const spec = sampleSpec(rows);
    const payload = registerQrPayload(spec);
    expect(payload).toBe(canonicalJson({ auditHead: 'ab'.repeat(32), register: 'test', rowsHash: sha256Hex(canonicalJson(rows)) }));
    expect(JSON.parse(payload)).toEqual({ register: 'test', rowsHash: rowsHash(rows), auditHead: 'ab'.repeat(32) });
    const html = renderRegisterHtml(spec);
    expect(html).toContain(qrSvg(payload));
    // same rows in another key order → same hash; a changed row → another hash and another QR
    expect(
      rowsHash([
        { b: 1, a: '客户甲' },
        { a: '客户乙', b: 2 },
      ]),
    ).toBe(rowsHash(rows));
    const changed = sampleSpec([
      { a: '客户甲', b: 1 },
      { a: '客户丙', b: 2 },
    ]);
    expect(rowsHash(changed.rows)).not.toBe(rowsHash(rows));
    expect(renderRegisterHtml(changed)).not.toContain(qrSvg(payload));
  });

  test('R-REP-4 only the font slices covering the document’s characters are embedded; every character is covered', () => {
    const total = fontIndex().slices.length;
    expect(total).toBeGreaterThan(100);
    const latin = slicesFor('Audit register 123');
    const cjk = slicesFor('审计记录登记簿 第 页 共 机密 华东贸易有限公司');
    expect(latin.length).toBe(2); // the Latin slice, regular and bold
    expect(cjk.length).toBeGreaterThan(latin.length);
    expect(cjk.length).toBeLessThan(total / 4);
    const html = renderRegisterHtml(sampleSpec([{ a: '档案室馆藏', b: 3 }]));
    const embedded = (html.match(/@font-face/g) ?? []).length;
    expect(embedded).toBeGreaterThan(0);
    expect(embedded).toBeLessThan(total / 4);
    // each CJK character of the page furniture has a slice in the document
    for (const ch of '第页共机密档案室馆藏经办人审核人') {
      const cp = ch.codePointAt(0)!;
      expect(
        slicesFor(ch).some((s) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)),
        ch,
      ).toBe(true);
    }
    expect(html).toMatch(/content: "第 " counter\(page\) " 页 \/ 共 " counter\(pages\) " 页"/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    expect(renderRegisterHtml(sampleSpec([], { locale: 'en' }))).toMatch(/"Page " counter\(page\) " of " counter\(pages\)/);
  });

  test('R-REP-4 R-IT-1 register rows are words: an odd or unknown detail prints as labelled pairs, never JSON', async () => {
    const t = tempDir();
    const { vault } = await Vault.create(t.dir, testVaultOptions());
    try {
      const kit = auditKit(vault.db, 'zh-CN', 'UTC');
      const row = (action: string, detail: unknown) =>
        auditRegisterRow(
          {
            seq: 1,
            at: '2026-11-27T01:00:00.000Z',
            actorId: null,
            actorName: null,
            action,
            entity: 'item',
            entityId: '9',
            detail,
            prevHash: '0'.repeat(64),
            hash: 'f'.repeat(64),
          },
          kit,
          'UTC',
        );
      expect(row('future.unknownAction', { customer: '华东贸易', copies: 2 })).toMatchObject({
        action: 'future.unknownAction',
        detail: '客户：华东贸易，份数：2',
        time: '2026-11-27 01:00:00',
        actor: '系统',
      });
      expect(row('archive.item.view', { before: { a: 1 } }).detail).toBe('查阅档案材料 9 的内容（无）');
      expect(row('user.update', 'not json at all').detail).toBe('not json at all');
      expect(row('user.update', null).detail).toBe('');
    } finally {
      vault.close();
      t.cleanup();
    }
  });
});
