// A readable audit trail (issue 6 §3): every kind of entry, written through the real domain
// functions and the real dispatcher, comes back from audit.list and the printed register in
// words — objects by name or number, never `user #2`, never JSON (that is only behind 技术详情).
import { changePolicy } from './policy-helpers';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
// first: the full handler table (domains.ts) before any helper that imports a handler part
import { clientFor } from './kit';
import { randomUUID } from 'node:crypto';
import type { CustomerCreated, CustomerDetail, ItemCreated, LocationRef } from '../../electron/archive/contract/calls';
import type { AttachmentRow } from '../../electron/archive/contract/attachments';
import type { ImportPreview } from '../../electron/archive/contract/import';
import { ARCHIVE_WORDS } from '../../electron/archive/contract/audit-words';
import { bulkSeedArchive } from '../../electron/archive/bulkSeed';
import { auditKit, detailText } from '../../electron/audit/describe';
import { buildAuditRegister } from '../../electron/audit/registers/audit-register';
import type { DetailKit } from '../../electron/contract/domain';
import { AUDIT_ACTIONS, ENTITY_LABELS, isAuditAction } from '../../electron/contract/labels';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import type { AuditPage } from '../../electron/contract/types';
import { backupVault } from '../../electron/core/backup';
import { renderRegisterHtml } from '../../electron/print/register';
import { archiveEn } from '../../renderer/archive/strings.en';
import { archiveZhCN } from '../../renderer/archive/strings.zh-CN';
import { PW } from './auth-helpers';
import { bank, item, ok, person } from './archive-helpers';
import { csvText, setupImport } from './archive-import-helpers';
import { tempDir, testVaultOptions } from './helpers';
import { Vault } from '../../electron/vault/vault';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

type Row = AuditPage['rows'][number];
/** what must never show in words: JSON, `#id`, code leftovers */
const RAW = /[{}#]|"\w+":|undefined|\[object|NaN/;

/** Every kind of entry the app writes today, each through the call the screens use. */
async function busyVault() {
  const v = await setupImport('op', 'zh-CN');
  cleanup = v.cleanup;
  v.ctx.printer = { toPdf: async () => ({ path: '/媒体/打印件.pdf', pages: 2 }), toPrinter: async () => true };
  const call = v.call;
  // ---- operator: locations, customers, items, import / export / labels, refused content ----
  const room = ok(await call('locations.createRoom', { name: '一号库房' })).id;
  ok(await call('locations.createCabinet', { roomId: room, code: 'A01', name: '特藏柜', zone: 'special', segregated: true, shelves: 2, positions: 3 }));
  const boc = ok<CustomerCreated>(await call('customers.create', bank({ name: '华信商贸银行' })));
  const zhang = ok<CustomerCreated>(await call('customers.create', person()));
  const detail = ok<CustomerDetail>(await call('customers.get', { id: zhang.customerId }));
  ok(
    await v.raw('customers.update', {
      id: zhang.customerId,
      subType: detail.subType,
      category: detail.category,
      partyKind: detail.partyKind,
      name: detail.name,
      idKind: detail.idKind,
      // customers.get masks it (issue 12): the form's editor reveals it first, audited
      idNumber: ok<{ value: string }>(await call('customers.reveal', { id: zhang.customerId, field: 'idNumber' })).value,
      phone: '13800138000',
      contactPerson: '张秀英本人',
    }),
  );
  const plain = ok<ItemCreated>(await call('items.create', item(boc.customerId)));
  const secret = ok<ItemCreated>(
    await call('items.create', item(boc.customerId, { title: '授信批复', classification: 2, custodianId: v.ids.cus1, writingMedium: 'ballpoint' })),
  );
  expect((await call('items.get', { id: secret.id })).ok).toBe(false); // archive.item.viewDenied
  expect((await call('attachments.list', { itemId: secret.id })).ok).toBe(false); // archive.attachment.denied
  const csv = Buffer.from(
    csvText([
      ['客户名称', '客户类别', '细分类型', '主体类型', '证件类型', '证件号码'],
      ['李秀英', '一般客户', '个人客户', '个人', '其他证件', 'X1'],
    ]),
    'utf8',
  );
  const p = ok<ImportPreview>(
    await call('import.preview', { jobId: randomUUID(), kind: 'customers', fileName: '客户名单.csv', dataBase64: csv.toString('base64') }),
  );
  expect(p.errors).toEqual([]);
  ok(await call('import.commit', { jobId: p.jobId }));
  ok(await call('archive.exportIndex', { filter: { category: 'special' } }));
  ok(await call('archive.printLabels', { itemIds: [plain.id], target: 'pdf' }));

  // ---- custodian: attachment on the 机密 item, shelve, move, view, handover (failed, then signed) ----
  await v.as('cus1');
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const att = ok<AttachmentRow>(
    await call('attachments.add', { itemId: secret.id, fileName: '批复扫描.png', mime: 'image/png', dataBase64: png.toString('base64') }),
  );
  ok(await call('attachments.get', { id: att.id }));
  ok(await call('attachments.withdraw', { id: att.id, reason: '扫描不清晰，重新扫描' }));
  const slot = ok<LocationRef>(await call('locations.proposeSlot', { itemId: secret.id }));
  ok(await call('locations.place', { itemId: secret.id, locationId: slot.locationId }));
  ok(await call('locations.place', { itemId: secret.id, locationId: slot.locationId + 1, reason: '调整存放顺序' }));
  ok(await call('items.get', { id: secret.id }));
  expect((await call('items.handover', { itemId: secret.id, toCustodianId: v.ids.cus2!, signerLogin: 'cus2', signerPassword: 'wrong-pass-1234' })).ok).toBe(
    false,
  );
  ok(await call('items.handover', { itemId: secret.id, toCustodianId: v.ids.cus2!, signerLogin: 'cus2', signerPassword: PW }));

  // ---- five wrong passwords for dev while the vault is closed: failures + lockout, parked ----
  ok(await call('auth.signOut', {}));
  for (let i = 0; i < 5; i++) expect((await call('auth.signIn', { login: 'dev', password: 'wrong-pass-1234' })).ok).toBe(false);

  // ---- administrator: users ----
  await v.as('admin');
  const zy = ok(
    await call('users.create', {
      login: 'zhuanyuan',
      displayName: '张专员',
      roles: ['operator'],
      password: 'Clerk-pass-2024',
      passwordConfirm: 'Clerk-pass-2024',
    }),
  ).id;
  ok(await call('users.update', { id: zy, displayName: '张专员二', roles: ['operator', 'custodian'], disabled: false }));
  ok(await call('users.resetPassword', { id: zy, password: 'Clerk-pass-2025', passwordConfirm: 'Clerk-pass-2025' }));
  ok(await call('users.unlock', { id: v.ids.dev! }));
  backupVault(v.ctx.vault!, join(v.dir, '备份.arbak'), { clock: v.ctx.clock, actor: { id: v.ids.admin!, name: '系统管理员' } });
  bulkSeedArchive(v.ctx.vault!.db, v.ctx.clock, { customers: 2, items: 3, actor: { id: v.ids.admin!, name: '系统管理员' } });

  // ---- security officer: settings and archive policy ----
  await v.as('sec');
  const s = ok(await call('settings.get', {}));
  ok(await call('settings.update', { ...s, orgName: '华东客户服务中心' }));
  // R-GOV-1: a policy value changes by proposal and the GM's approval
  await changePolicy(v, 'archive.policy', { numberPattern: '{cat}-{yyyy}-{seq:5}', contentRoles: [['operator'], ['operator'], ['gm'], []] });

  // ---- auditor: verify, print ----
  await v.as('aud');
  ok(await call('audit.verify', {}));
  ok(await call('audit.print', { filter: {}, target: 'pdf' }));
  return { ...v, secret, plain, boc, zhang, zy };
}

const list = async (c: { call: ReturnType<typeof clientFor>['call'] }) => ok<AuditPage>(await c.call('audit.list', { filter: {}, offset: 0, limit: 1000 }));
const byAction = (rows: Row[], action: string) => rows.filter((r) => r.action === action);
const one = (rows: Row[], action: string) => {
  const found = byAction(rows, action);
  expect(found.length, action).toBeGreaterThan(0);
  return found.at(-1)!; // rows are newest first: the first of its kind
};

describe('R-IT-1 a readable audit trail', () => {
  test('R-IT-1 every kind of entry reads in words on screen (zh-CN and en): names, numbers, no JSON, no #id', async () => {
    const v = await busyVault();
    const zh = await list(v);
    const rows = zh.rows;
    expect(zh.timeZone).toBe(workstationTimeZone());

    // every action the app wrote is declared, labelled and has a detail in words
    for (const r of rows) {
      expect(isAuditAction(r.action), r.action).toBe(true);
      expect(r.actionText, r.action).toBe(AUDIT_ACTIONS[r.action]!.zh);
      expect(r.detailText, `${r.action} detail`).not.toBe('');
      expect(r.detailText, `${r.action}: ${r.detailText}`).not.toMatch(RAW);
      expect(r.entityText, `${r.action}: ${r.entityText}`).not.toMatch(RAW);
      expect(r.entityText, r.action).not.toBe(r.entity === 'auth' ? '' : r.entity);
    }
    const kinds = new Set(rows.map((r) => r.action));
    for (const a of [
      'vault.create',
      'user.create',
      'user.update',
      'user.resetPassword',
      'user.unlock',
      'auth.signIn',
      'auth.signOut',
      'auth.failed',
      'auth.lockout',
      'auth.acknowledgeRules',
      'archive.room.create',
      'archive.cabinet.create',
      'archive.customer.create',
      'archive.customer.update',
      'archive.item.create',
      'archive.item.view',
      'archive.item.viewDenied',
      'archive.item.place',
      'archive.item.move',
      'archive.attachment.add',
      'archive.attachment.view',
      'archive.attachment.withdraw',
      'archive.attachment.denied',
      'archive.handover.create',
      'archive.handover.fail',
      'archive.handover.complete',
      'signature.sign',
      'signature.failed',
      'archive.import',
      'archive.export',
      'print.labels',
      'vault.backup',
      'archive.seed',
      'settings.update',
      'policy.propose',
      'policy.approve',
      'policy.apply',
      'audit.verify',
      'audit.checkpoint',
      'print.register',
    ]) {
      expect(kinds, a).toContain(a);
    }

    // objects by name / number
    const zy = one(rows, 'user.create');
    expect(byAction(rows, 'user.create').map((r) => r.detailText)).toContain('新建用户 张专员（zhuanyuan），角色：信息管理专员');
    expect(byAction(rows, 'user.create').map((r) => r.entityText)).toContain('用户 张专员二（zhuanyuan）'); // today's name
    expect(zy.entityText).toMatch(/^用户 /);
    expect(one(rows, 'user.update').detailText).toBe('修改用户 张专员二（zhuanyuan）：姓名 张专员 → 张专员二，角色 信息管理专员 → 信息管理专员、指定保管人');
    expect(one(rows, 'user.resetPassword').detailText).toContain('重置 张专员二（zhuanyuan）的密码');
    expect(one(rows, 'auth.signIn').entityText).toBe('用户 信息专员甲（op）');
    expect(one(rows, 'auth.failed').detailText).toBe('以 开发专员乙（dev）登录，密码错误（连续第 1 次）');
    expect(one(rows, 'auth.failed').entityText).toBe('账户 开发专员乙（dev）');
    const lockout = one(rows, 'auth.lockout');
    const until = (lockout.detail as { until: string }).until;
    expect(lockout.detailText).toBe(`开发专员乙（dev）连续登录失败，锁定至 ${formatTime(until, 'zh-CN', zh.timeZone)}（第 1 次锁定）`);
    expect(one(rows, 'user.unlock').detailText).toContain('解除 开发专员乙（dev）的登录锁定（原锁定至 ');

    const cust = byAction(rows, 'archive.customer.create').find((r) => r.detailText.includes('华信商贸银行'))!;
    expect(cust.detailText).toBe(`新建客户 华信商贸银行（特殊客户 · 银行），开立客户档案 ${v.boc.archiveNo}`);
    expect(cust.entityText).toBe('客户 华信商贸银行');
    expect(one(rows, 'archive.customer.update').detailText).toMatch(/^修改客户 张秀英（档号 \S+）：.*联系电话 无 → 13800138000/);
    const itemNo = (id: number) => rows.find((r) => r.action === 'archive.item.create' && r.entityId === String(id))!.entityText.replace(/^档案材料 /, '');
    const secretNo = itemNo(v.secret.id);
    expect(secretNo.startsWith(v.boc.archiveNo)).toBe(true);
    const created = rows.find((r) => r.action === 'archive.item.create' && r.entityId === String(v.secret.id))!;
    expect(created.detailText).toBe(`新建档案材料 ${secretNo} 《授信批复》，载体：纸质，密级：机密，指定保管人：保管员丙（cus1），书写材料不耐久（圆珠笔）`);
    expect(one(rows, 'archive.item.viewDenied').detailText).toBe(`无查阅授权，拒绝查阅档案材料 ${secretNo} 的内容（机密）`);
    expect(one(rows, 'archive.item.view').detailText).toBe(`查阅档案材料 ${secretNo} 的内容（机密）`);
    expect(one(rows, 'archive.attachment.denied').detailText).toBe(`无查阅授权，拒绝查看附件列表：档案材料 ${secretNo}（机密）`);
    expect(one(rows, 'archive.attachment.add').detailText).toMatch(new RegExp(`^为档案材料 ${secretNo} 添加附件 「批复扫描.png」（PNG，\\d+ B）$`));
    expect(one(rows, 'archive.attachment.add').entityText).toBe('附件 批复扫描.png');
    expect(one(rows, 'archive.attachment.withdraw').detailText).toBe(`撤回档案材料 ${secretNo} 的附件 「批复扫描.png」，原因：扫描不清晰，重新扫描`);
    expect(one(rows, 'archive.room.create').detailText).toBe('新建库房 一号库房');
    expect(one(rows, 'archive.cabinet.create').detailText).toBe('在库房 一号库房 新建柜 A01（特藏柜）：特殊客户区，隔离存放，2 层 × 3 位');
    expect(one(rows, 'archive.cabinet.create').entityText).toBe('一号库房 › A01柜（特藏柜）');
    expect(one(rows, 'archive.item.place').detailText).toBe(`档案材料 ${secretNo} 上架：一号库房 › A01柜 › 第1层 › 第1位`);
    expect(one(rows, 'archive.item.move').detailText).toBe(
      `档案材料 ${secretNo} 移库：一号库房 › A01柜 › 第1层 › 第1位 → 一号库房 › A01柜 › 第1层 › 第2位，原因：调整存放顺序`,
    );
    expect(one(rows, 'archive.handover.complete').detailText).toBe(
      `档案材料 ${secretNo} 交接完成，指定保管人 保管员丙（cus1） → 保管员丁（cus2）（接收人已签名）`,
    );
    expect(one(rows, 'archive.handover.fail').detailText).toBe(`交接 档案材料 ${secretNo}（保管员丙（cus1） → 保管员丁（cus2））未完成：用户名或密码错误`);
    expect(one(rows, 'signature.failed').detailText).toContain('签署人 保管员丁（cus2）密码错误，未签名：交接 档案材料');
    expect(
      byAction(rows, 'signature.sign')
        .map((r) => r.detailText)
        .join('\n'),
    ).toContain('电子签名（批准）：交接 档案材料');
    expect(one(rows, 'archive.import').detailText).toBe('从 「客户名单.csv」 导入客户 1 条');
    expect(one(rows, 'archive.export').detailText).toMatch(/^导出档案索引 2 条（筛选：特殊客户），保存到 .+\.xlsx$/);
    expect(one(rows, 'print.labels').detailText).toBe(`打印档案标签 1 张（档号 ${v.boc.archiveNo}），保存为 PDF，2 页：/媒体/打印件.pdf`);
    expect(one(rows, 'vault.backup').detailText).toMatch(/^备份到 .*备份\.arbak（[\d.]+ [KM]?B，含审计记录 \d+ 条）$/);
    expect(one(rows, 'archive.seed').detailText).toBe('批量生成样例数据：客户 2 个，档案材料 3 件');
    expect(one(rows, 'settings.update').detailText).toBe('修改系统设置：单位名称 某某公司 → 华东客户服务中心');
    expect(one(rows, 'policy.apply').detailText).toMatch(/^档号规则与各密级可读角色 第 2 版自 \d{4}-\d\d-\d\d 起施行：/);
    expect(one(rows, 'audit.verify').detailText).toMatch(/^校验审计链：全部检查通过，共 \d+ 条记录$/);
    expect(one(rows, 'audit.verify').entityText).toMatch(/^审计校验报告 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(one(rows, 'print.register').detailText).toMatch(/^打印审计记录登记簿，共 \d+ 条记录，保存为 PDF，2 页：\/媒体\/打印件\.pdf$/);
    expect(one(rows, 'print.register').entityText).toBe('审计记录登记簿');
    expect(one(rows, 'vault.create').detailText).toBe('创建档案库，单位：某某公司');
    // the raw entry is still there, for 技术详情
    expect(cust.detail).toMatchObject({ name: '华信商贸银行', archiveNo: v.boc.archiveNo });

    // the same rows in English, for an English UI
    const en = (await list(clientFor(v.ctx, 'en'))).rows;
    for (const r of en) {
      expect(r.actionText, r.action).toBe(AUDIT_ACTIONS[r.action]!.en);
      expect(r.detailText, `${r.action}: ${r.detailText}`).not.toMatch(RAW);
      expect(r.entityText, `${r.action}: ${r.entityText}`).not.toMatch(/[#{}]/);
    }
    expect(byAction(en, 'user.create').map((r) => r.detailText)).toContain('New user 张专员 (zhuanyuan), roles: Archive operator (information specialist)');
    expect(one(en, 'archive.item.move').detailText).toBe(
      `Item ${secretNo} moved: 一号库房 › cabinet A01 › shelf 1 › position 1 → 一号库房 › cabinet A01 › shelf 1 › position 2; reason: 调整存放顺序`,
    );
    expect(one(en, 'auth.signIn').entityText).toBe('User 信息专员甲 (op)');

    // text search finds actions by their words too
    const found = ok<AuditPage>(await v.call('audit.list', { filter: { text: '新建用户' }, offset: 0, limit: 50 }));
    expect(found.rows.map((r) => r.action)).toEqual(found.rows.map(() => 'user.create'));
    expect(found.total).toBe(byAction(rows, 'user.create').length);
  }, 60_000);

  test('R-IT-1 R-REP-4 the printed audit register uses the same words (zh-CN), names its time zone, and has no raw detail', async () => {
    const v = await busyVault();
    const screen = new Map((await list(v)).rows.map((r) => [r.seq, r]));
    const spec = buildAuditRegister(v.ctx.vault!, {}, { locale: 'zh-CN', printedBy: '审计员', now: v.ctx.clock.now() });
    expect(spec.timeZone).toBe(workstationTimeZone());
    expect(spec.rows.length).toBeGreaterThan(40);
    for (const r of spec.rows) {
      const s = screen.get(r.seq as number);
      if (!s) continue; // entries written after the list was read (the print itself)
      expect(r.detail, `seq ${r.seq}`).toBe(s.detailText);
      expect(r.entity, `seq ${r.seq}`).toBe(s.entityText);
      expect(r.action).toBe(s.actionText);
      expect(r.time).toBe(formatTime(s.at, 'zh-CN', spec.timeZone!));
      expect(`${r.entity} ${r.detail}`).not.toMatch(RAW);
    }
    const filtered = buildAuditRegister(v.ctx.vault!, { actorId: v.ids.cus1 }, { locale: 'zh-CN', printedBy: '审计员', now: v.ctx.clock.now() });
    expect(filtered.summary![0]).toBe('筛选条件：操作人 保管员丙（cus1）');
    const html = renderRegisterHtml(spec);
    expect(html).toContain(`时区：${spec.timeZone}`);
    expect(html).not.toMatch(/&quot;\w+&quot;:/); // no JSON keys anywhere on the paper
  }, 60_000);
});

/** A kit without a vault: names are the ids, times as ISO, for shape tests. */
const sc = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const stubKit = (locale: 'zh-CN' | 'en'): DetailKit => ({
  locale,
  t: (p) => (locale === 'en' ? p.en : p.zh),
  ref: (e, id, f) => `${e} ${sc(f) || sc(id) || '?'}`,
  name: (_e, id, f) => sc(f) || sc(id) || '?',
  role: (r) => r,
  time: (iso) => sc(iso),
  classification: (c) => `L${sc(c)}`,
  list: (xs) => xs.map(sc).join('、'),
  error: (c) => sc(c),
});

describe('R-IT-1 audit action labels and formatters', () => {
  test('R-IT-1 every declared action has a zh and an en label (glossary words, not its code); entities too', () => {
    const codes = Object.keys(AUDIT_ACTIONS);
    expect(codes.length).toBeGreaterThan(50);
    for (const [code, spec] of Object.entries(AUDIT_ACTIONS)) {
      expect(spec.zh.trim(), code).not.toBe('');
      expect(spec.en.trim(), code).not.toBe('');
      expect(spec.zh, code).not.toBe(code);
      expect(spec.en, code).not.toBe(code);
      expect(spec.zh, code).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [code, p] of Object.entries(ENTITY_LABELS)) expect(p.zh && p.en && p.zh !== code, code).toBeTruthy();
  });

  test('R-IT-1 every action code written anywhere in electron/ is declared (grep of action literals; the type checks it at compile time too)', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('audit-actions.ts')) files.push(p);
      }
    };
    walk(join(process.cwd(), 'electron'));
    const written = new Set<string>();
    for (const f of files) {
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (!/\b(action|[A-Z_]*ACTION)\b/.test(line)) continue;
        for (const m of line.matchAll(/'((?:auth|user|vault|archive|print|audit|settings|signature)\.[A-Za-z.]+)'/g)) written.add(m[1]!);
      }
    }
    expect(written.size).toBeGreaterThan(40);
    for (const a of written) expect(isAuditAction(a), `${a} is written but not declared`).toBe(true);
  });

  test('R-IT-1 no formatter throws or prints JSON on old or odd detail shapes (labelled words instead); unknown actions show their code', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const { vault } = await Vault.create(t.dir, testVaultOptions());
    const odd: Record<string, unknown>[] = [
      {},
      { before: 'x', after: 3, changed: [1, 2], roles: 'operator', archiveNos: 'TS', failed: 'chain', from: { N: 'big' }, to: null },
      { detail: null, classification: 'x', filter: [1], itemId: { nested: { deeper: { deepest: [1, { x: 1 }] } } }, size: -1 },
      { customer: '华东贸易有限公司', reason: '年度检查', copies: 2, note: { a: [1, 2, { b: true }] } },
    ];
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const kit of [stubKit(locale), auditKit(vault.db, locale, 'UTC')]) {
        for (const code of Object.keys(AUDIT_ACTIONS)) {
          for (const d of odd) {
            const s = detailText({ action: code, entity: 'item', entityId: '7', detail: d }, kit);
            expect(typeof s, code).toBe('string');
            expect(s, `${code} ${JSON.stringify(d)} → ${s}`).not.toMatch(/[{}]|undefined|\[object|"\w+":/);
          }
        }
      }
      const kit = auditKit(vault.db, locale, 'UTC');
      // no formatter: key：value pairs in words, labelled; ids named; technical keys left out
      const unknown = detailText({ action: 'future.unknownAction', entity: 'item', entityId: '7', detail: odd[3]! }, kit);
      expect(unknown).toBe(
        locale === 'en'
          ? 'customer: 华东贸易有限公司; reason: 年度检查; copies: 2; note: (a: 1, 2, (b: yes))'
          : '客户：华东贸易有限公司，原因：年度检查，份数：2，备注：（a：1、2、（b：是））',
      );
      expect(detailText({ action: 'future.unknownAction', entity: 'x', entityId: null, detail: { itemId: 5, sha256: 'ab'.repeat(32) } }, kit)).toBe(
        locale === 'en' ? 'Archive item 5' : '档案材料 5',
      );
    }
    vault.close();
  });

  test('R-IT-1 a real kit names what it can find and falls back to the recorded number, never to #id', async () => {
    const v = await setupImport('op', 'zh-CN');
    cleanup = v.cleanup;
    const kit = auditKit(v.ctx.vault!.db, 'zh-CN', 'Asia/Shanghai');
    expect(kit.ref('user', v.ids.op)).toBe('用户 信息专员甲（op）');
    expect(kit.ref('user', 999)).toBe('用户 999');
    expect(kit.ref('item', 999, 'TS-2026-00009')).toBe('档案材料 TS-2026-00009');
    expect(kit.ref('nobody', 1)).toBe('nobody 1');
    expect(kit.time('2026-11-27T01:00:05.000Z')).toBe('2026-11-27 09:00:05');
    expect(kit.classification(3)).toBe('绝密');
    expect(kit.error('WRONG_PASSWORD')).toBe('用户名或密码错误');
    expect(detailText({ action: 'no.such.action', entity: 'x', entityId: null, detail: {} }, kit)).toBe('');
  });

  test("R-IT-1 the archive's enumeration words are the archive screens' words (one name per thing)", () => {
    for (const [group, values] of Object.entries(ARCHIVE_WORDS)) {
      for (const [value, p] of Object.entries(values)) {
        const key = `arch.${group}.${value}` as keyof typeof archiveZhCN;
        expect(p.zh, key).toBe(archiveZhCN[key]);
        expect(p.en, key).toBe(archiveEn[key]);
      }
    }
  });

  test('R-IT-1 formatTime: one zone for screen and paper, the same digits in both languages, never throws', () => {
    const iso = '2026-11-27T17:30:05.000Z';
    expect(formatTime(iso, 'zh-CN', 'Asia/Shanghai')).toBe('2026-11-28 01:30:05');
    expect(formatTime(iso, 'en', 'Asia/Shanghai')).toBe('2026-11-28 01:30:05');
    expect(formatTime(iso, 'zh-CN', 'UTC', { seconds: false })).toBe('2026-11-27 17:30');
    expect(formatTime(iso, 'zh-CN', 'Europe/Berlin', { dateOnly: true })).toBe('2026-11-27');
    expect(formatTime('2026-07-01T00:00:00Z', 'zh-CN', 'Europe/Berlin')).toBe('2026-07-01 02:00:00'); // summer time
    expect(formatTime(null, 'zh-CN', 'UTC')).toBe('');
    expect(formatTime('not a time', 'zh-CN', 'UTC')).toBe('not a time');
    expect(formatTime(iso, 'zh-CN', 'No/Such_Zone')).toBe('2026-11-27 17:30:05');
  });
});
