// The register print pipeline end to end: a real vault → register → HTML → headless Debian
// Chromium (page.pdf, the same engine as Electron's printToPDF) → PDF checked with poppler
// (pdftotext / pdffonts / pdftoppm). Page images land in test/output/print/ for a human look.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppContext } from '../../electron/core/context';
import { appendAudit } from '../../electron/audit/append';
import { fingerprint } from '../../electron/people/ed25519';
import { readKeyFile } from '../../electron/vault/keyfile';
import { createDispatcher } from '../../electron/core/dispatch';
import type { HandlerTable } from '../../electron/core/handlers';
import { buildHandlerTable } from '../../electron/domains';
import { renderRegisterHtml } from '../../electron/print/register';
import { buildAuditRegister } from '../../electron/audit/registers/audit-register';
import type { CustomerInput, ItemInput } from '../../electron/archive/contract/calls';
import { createCustomer } from '../../electron/archive/customers';
import { createItem } from '../../electron/archive/items';
import { ChromiumPrinter, CHROMIUM_PATH } from '../e2e/support/chromium-printer';
import { auditActions, setupVault, signInMember } from './auth-helpers';
import { HAVE_PRINT_TOOLS, sampleSpec } from './print-helpers';

const OUT = join(process.cwd(), 'test', 'output', 'print');
const HAVE_TOOLS = HAVE_PRINT_TOOLS;
if (!HAVE_TOOLS) console.warn(`print PDF tests skipped: need ${CHROMIUM_PATH} and poppler-utils (apt-get install -y chromium poppler-utils)`);

const pdftotext = (file: string, page?: number) =>
  execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' });
/** pdftotext drops or keeps the thin spaces around numbers at will: compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');
const png = (file: string, page: number, name: string) =>
  execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, join(OUT, name)]);

const CUSTOMERS = ['华东贸易有限公司', '张伟律师事务所', '北京恒信会计师事务所', '上海明远广告公司', '广州南方保险代理'];
/** real declared actions with the detail shapes the domain writes (the register prints them in words) */
const ACTIONS = ['archive.item.view', 'archive.item.move', 'archive.customer.update', 'print.labels', 'user.update'] as const;

describe.skipIf(!HAVE_TOOLS)('register print pipeline (Chromium → PDF → poppler)', () => {
  let v: Awaited<ReturnType<typeof setupVault>>;
  let ctx: AppContext;
  let printer: ChromiumPrinter;
  let call: (name: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    v = await setupVault([
      { login: 'aud', roles: ['auditor'], name: '王审计' },
      { login: 'sec', roles: ['securityOfficer'], name: '李保密' },
      { login: 'op', roles: ['operator', 'custodian'], name: '赵专员' },
    ]);
    ctx = v.ctx;
    printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
    ctx.printer = printer;
    await signInMember(ctx, 'aud');
    const vault = ctx.vault!;
    // real customers and items (through the domain), so the register names them
    const op = { id: v.ids.op!, name: '赵专员' };
    const made = CUSTOMERS.map((name, n) => {
      const c = createCustomer(vault, ctx.clock, op, {
        category: 'general',
        subType: 'distributor',
        partyKind: 'institution',
        name,
        idKind: 'other',
        idNumber: `X-${n}`,
      } as CustomerInput);
      const it = createItem(vault, ctx.clock, op, {
        customerId: c.customerId,
        title: `${name}合作协议`,
        docType: '合同',
        copies: 1,
        carrier: 'paper',
        writingMedium: 'print',
        retention: '30y',
        classification: 1,
      } as ItemInput);
      return { ...c, itemId: it.id };
    });
    // enough Chinese entries for several landscape pages, one of them hostile
    vault.tx((w) => {
      for (let i = 0; i < 140; i++) {
        v.ctx.clock.advance(61_000); // a minute apart, so the register shows a readable trail
        const c = made[Math.floor(i / 5) % made.length]!;
        const action = ACTIONS[i % ACTIONS.length]!;
        const entry =
          action === 'archive.item.view'
            ? { entity: 'item', entityId: c.itemId, detail: { archiveNo: c.archiveNo, classification: 1 } }
            : action === 'archive.item.move'
              ? {
                  entity: 'item',
                  entityId: c.itemId,
                  detail: {
                    movementId: i,
                    archiveNo: c.archiveNo,
                    from: '一号库房 › A01柜 › 第1层 › 第2位',
                    to: '一号库房 › A01柜 › 第2层 › 第3位',
                    reason: '年度检查调阅客户资料，核对合同原件与复印件',
                  },
                }
              : action === 'archive.customer.update'
                ? {
                    entity: 'customer',
                    entityId: c.customerId,
                    detail: {
                      archiveNo: c.archiveNo,
                      changed: {
                        contactPerson: { from: '王伟', to: i === 7 ? '<script>alert("x")</script>' : '李娜' },
                        phone: { from: null, to: '010-66596688' },
                      },
                    },
                  }
                : action === 'print.labels'
                  ? {
                      entity: 'labels',
                      entityId: null,
                      detail: { labels: (i % 3) + 1, archiveNos: [c.archiveNo], target: 'pdf', path: '/media/usb/档案标签.pdf', pages: 1 },
                    }
                  : {
                      entity: 'user',
                      entityId: v.ids.op!,
                      detail: {
                        before: { displayName: '赵专员', roles: ['operator', 'custodian'], disabled: false },
                        after: { displayName: '赵专员', roles: ['operator', 'custodian'], disabled: false },
                      },
                    };
        appendAudit(w, ctx.clock, { actorId: v.ids.op!, actorName: '赵专员', action, ...entry });
      }
    });
  });

  afterAll(async () => {
    await printer?.close();
    ctx?.vault?.close();
    v?.cleanup();
  });

  beforeAll(() => {
    const table: HandlerTable = buildHandlerTable();
    const dispatch = createDispatcher(table, ctx);
    call = (name, input) => dispatch(name, input, { trustedSender: true, locale: 'zh-CN' }) as never;
  });

  test('R-REP-4 audit register: multi-page A4 PDF with page n/N, repeated header, classification mark, signatures, vault id, embedded CJK font', async () => {
    const headBefore = ctx.vault!.db.prepare('SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1').pluck().get() as string;
    const res = await call('audit.print', { filter: {}, target: 'pdf' });
    expect(res.ok).toBe(true);
    const { path, pages } = res.value as { path: string; pages: number };
    expect(existsSync(path)).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);

    const all = pdftotext(path);
    expect(all).toContain('审计记录登记簿');
    expect(all).toContain('某某公司');
    expect(all).toContain('华东贸易有限公司');
    expect(squash(all)).toContain('打印人：王审计');
    expect(all).toContain('<script>alert("x")</script>'); // printed as text, never run
    for (let p = 1; p <= pages; p++) {
      const text = squash(pdftotext(path, p));
      expect(text, `page ${p}`).toContain(`第${p}页/共${pages}页`);
      expect(text, `page ${p}`).toContain('机密'); // default classificationLabels[2]
      // every sheet with table rows repeats the header; only the last one may be the closing
      // block (signatures, QR) alone, without rows and so without the header
      const hasRows = /\d{4}-\d{2}-\d{2}\d{2}:\d{2}:\d{2}赵专员/.test(text);
      expect({ page: p, header: /序号时间操作人操作对象摘要哈希前缀/.test(text) }).toEqual({ page: p, header: p < pages || hasRows });
    }
    // rows never split across sheets: the first line under the repeated header starts a row
    for (let p = 2; p < pages; p++) {
      const lines = pdftotext(path, p)
        .split('\n')
        .filter((l) => l.trim());
      const h = lines.findIndex((l) => /序号\s+时间\s+操作人/.test(l));
      expect(lines[h + 1], `page ${p} first row`).toMatch(/^\s*\d+\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s+\S/);
    }
    const last = squash(pdftotext(path, pages));
    for (const s of ['审计员', '安全保密员', '姓名：', '签名：', '日期：', ctx.vault!.vaultId, headBefore]) expect(last).toContain(s);
    // pdftotext of page 2 must not start with the title block: the header repeats, not the title
    expect(squash(pdftotext(path, 2))).not.toContain('登记簿编号：');

    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes/);

    png(path, 1, 'audit-register-page-1');
    png(path, 2, 'audit-register-page-2');
    png(path, pages, 'audit-register-page-last');
    expect(existsSync(join(OUT, 'audit-register-page-2.png'))).toBe(true);

    // the print itself is on the record, in the same vault, with what went out
    const entry = ctx.vault!.db.prepare(`SELECT * FROM audit_entry WHERE action = 'print.register' ORDER BY seq DESC LIMIT 1`).get() as {
      actor_name: string;
      entity_id: string;
      detail_json: string;
    };
    expect(entry.actor_name).toBe('王审计');
    expect(entry.entity_id).toBe('audit');
    const detail = JSON.parse(entry.detail_json);
    expect(detail).toMatchObject({ register: 'audit', target: 'pdf', path, pages, auditHead: headBefore });
    expect(detail.rows).toBeGreaterThanOrEqual(140);
  });

  test('R-REP-4 user register: roles in Chinese, status, key fingerprints, 系统管理员/审计员 signature lines', async () => {
    const res = await call('users.print', { target: 'pdf' });
    expect(res.ok).toBe(true);
    const { path, pages } = res.value as { path: string; pages: number };
    const text = squash(pdftotext(path));
    for (const s of ['用户名册', '登录名', '签名密钥指纹', 'admin', '王审计', '李保密', '赵专员', '安全保密员', '信息管理专员、指定保管人', '启用', '秘密']) {
      expect(text).toContain(s);
    }
    expect(text).toContain(`第${pages}页/共${pages}页`);
    const keys = ctx.vault!.db.prepare(`SELECT public_key FROM user_keys WHERE retired_at IS NULL`).pluck().all() as string[];
    expect(keys.length).toBe(4);
    for (const k of keys) expect(text).toContain(squash(fingerprint(k)));
    expect(text).toMatch(/系统管理员姓名：签名：日期：审计员姓名：签名：日期：/);
    png(path, 1, 'users-register-page-1');
    expect(auditActions(ctx).at(-1)).toBe('print.register');
  });

  test('R-REP-4 cancelled save dialog → PRINT_CANCELLED and nothing recorded; system printer target is recorded', async () => {
    const before = auditActions(ctx).length;
    ctx.printer = new ChromiumPrinter({ outDir: OUT, cancelPdf: true, printerAnswer: false });
    expect((await call('audit.print', { filter: {}, target: 'pdf' })).error?.code).toBe('PRINT_CANCELLED');
    expect((await call('users.print', { target: 'printer' })).error?.code).toBe('PRINT_CANCELLED');
    expect(auditActions(ctx).length).toBe(before);

    ctx.printer = printer;
    const res = await call('audit.print', { filter: { action: 'archive.customer.update' }, target: 'printer' });
    expect(res.ok).toBe(true);
    expect(res.value).toEqual({ path: null, pages: null });
    const html = printer.printed.at(-1)!;
    expect(html).toContain('操作 修改客户信息'); // the filter is printed on the register, in words
    const entry = JSON.parse(ctx.vault!.db.prepare(`SELECT detail_json FROM audit_entry ORDER BY seq DESC LIMIT 1`).pluck().get() as string);
    expect(entry).toMatchObject({ register: 'audit', target: 'printer', rows: 28 });
  });

  test('R-REP-4 a tall row is never split across sheets (it moves whole to the next page)', async () => {
    // rows of 5–15 lines: without `tr { break-inside: avoid }` Chromium splits some of them
    const rows = Array.from({ length: 40 }, (_, i) => ({ a: i + 1, b: '客户档案借阅归还核对'.repeat(30 + (i % 7) * 5) }));
    const { path, pages } = await printer.toPdf(renderRegisterHtml(sampleSpec(rows, { orientation: 'portrait' })), 'tall-rows.pdf');
    expect(pages!).toBeGreaterThanOrEqual(4);
    for (let p = 2; p <= pages!; p++) {
      const lines = pdftotext(path!, p)
        .split('\n')
        .filter((l) => l.trim());
      const h = lines.findIndex((l) => /^\s*甲\s+乙\s*$/.test(l));
      expect(h, `page ${p} header`).toBeGreaterThanOrEqual(0);
      // the line under the header starts a row (or is the end-of-register mark)
      expect(lines[h + 1], `page ${p} first row`).toMatch(/^\s*\d+\s+客户档案|以下空白/);
    }
  });

  test('R-REP-4 idle lock while the print dialog is open: the print is parked in keys.json and recorded at the next sign-in', async () => {
    const { endSession } = await import('../../electron/people/session');
    ctx.printer = {
      toPdf: async (html, name) => {
        const r = await printer.toPdf(html, `locked-${name}`);
        await endSession(ctx, 'idle'); // the idle timer fires while Chromium is still printing
        return r;
      },
      toPrinter: async () => false,
    };
    try {
      const res = await call('users.print', { target: 'pdf' });
      expect(res.ok).toBe(true);
      expect(ctx.vault?.isOpen ?? false).toBe(false);
      const kf = readKeyFile(ctx.dir);
      expect(kf.pendingEvents.map((e) => e.action)).toContain('print.register');
    } finally {
      ctx.printer = printer;
      await signInMember(ctx, 'aud');
    }
    const row = ctx.vault!.db.prepare(`SELECT actor_name, detail_json FROM audit_entry WHERE action = 'print.register' ORDER BY seq DESC LIMIT 1`).get() as {
      actor_name: string;
      detail_json: string;
    };
    expect(row.actor_name).toBe('aud');
    expect(JSON.parse(row.detail_json)).toMatchObject({ register: 'users', target: 'pdf' });
  });

  test('R-REP-4 printing needs an audit-reading role', async () => {
    ctx.session = { ...ctx.session!, roles: ['operator'] };
    try {
      expect((await call('audit.print', { filter: {}, target: 'pdf' })).error?.code).toBe('FORBIDDEN_ROLE');
      expect((await call('users.print', { target: 'pdf' })).error?.code).toBe('FORBIDDEN_ROLE');
    } finally {
      ctx.session = { ...ctx.session!, roles: ['auditor'] };
    }
  });

  test('R-REP-4 filtered audit register holds only matching rows, oldest first', () => {
    const spec = buildAuditRegister(ctx.vault!, { text: '张伟律师' }, { locale: 'zh-CN', printedBy: '王审计', now: ctx.clock.now() });
    // the customer's creation and its item's title name it; the entries about it carry its archive number
    expect(spec.rows.map((r) => r.action)).toEqual(['新建客户', '新建档案材料']);
    expect(spec.rows[0]!.detail).toMatch(/^新建客户 张伟律师事务所（一般客户 · 经销商），开立客户档案 YB-\d{4}-\d+$/);
    expect(spec.rows[1]!.detail).toMatch(/^新建档案材料 YB-\d{4}-\d+-001 《张伟律师事务所合作协议》，载体：纸质，密级：秘密$/);
    const no = String(spec.rows[0]!.detail).replace(/^.*开立客户档案 /, '');
    const byNo = buildAuditRegister(ctx.vault!, { text: no }, { locale: 'zh-CN', printedBy: '王审计', now: ctx.clock.now() });
    expect(byNo.rows.length).toBe(ctx.vault!.db.prepare(`SELECT count(*) FROM audit_entry WHERE detail_json LIKE ?`).pluck().get(`%${no}%`));
    expect(byNo.rows.length).toBeGreaterThan(20);
    expect(byNo.rows.some((r) => r.entity === '客户 张伟律师事务所')).toBe(true);
    const seqs = byNo.rows.map((r) => r.seq as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(spec.summary![0]).toContain('关键字「张伟律师」');
  });
});
