// The three registers on paper (R-SEC-3..5), through the one register printer: 复制登记簿,
// 外出携带登记簿, 对外提供登记簿 — A4, numbered rows, the classification mark of the most
// classified item on the sheet (at least 秘密), signature lines, page n/N. In Chinese, the room's
// paper language.
import { caption } from '../print/labels';
import { formatPrintTime, type RegisterColumn, type RegisterRow, type RegisterSpec, type SignatureLine } from '../print/register';
import { registerFrame, type ClassificationLevel, type PrintOptions } from '../print/registers/common';
import { getSettings } from '../settings/settings';
import type { Clock } from '../vault/clock';
import type { Vault } from '../vault/vault';
import { listCarryOuts } from './carry-outs';
import type { CopyKind, CopyState, ProvisionMethod, ReturnCheck, SecurityMeasure } from './contract/calls';
import { listCopies } from './copies';
import { listProvisions } from './provisions';

export const REGISTER_NAMES = {
  copies: { zh: '复制登记簿', en: 'Copy Register' },
  carryOuts: { zh: '外出携带登记簿', en: 'Carry-out Register' },
  provisions: { zh: '对外提供登记簿', en: 'External Provision Register' },
} as const;

export const KIND_WORDS: Record<CopyKind, string> = { full: '全文复制', excerpt: '摘录', download: '下载/打印（带标记）' };
export const STATE_WORDS: Record<CopyState, string> = { issued: '已发出', returned: '已收回', destroyed: '已销毁' };
export const MEASURE_WORDS: Record<SecurityMeasure, string> = {
  sealedEnvelope: '密封信封',
  escort: '专人陪同',
  encryptedMedia: '加密介质',
  lockedCase: '加锁箱包',
  other: '其他',
};
export const CHECK_WORDS: Record<ReturnCheck, string> = { intact: '完好', sealBroken: '封签破损', damaged: '有损坏', missing: '有缺失' };
export const METHOD_WORDS: Record<ProvisionMethod, string> = { paper: '纸质复制件', electronic: '电子文件', onSite: '现场查阅' };

const level = (classes: number[]) => Math.max(1, ...classes) as ClassificationLevel;
const t = (iso: string | null, tz?: string) => formatPrintTime(iso, false, tz);

/** What the three registers share: the frame, landscape A4, numbered rows, the row count. */
function sheet<R>(
  vault: Vault,
  opts: PrintOptions,
  code: keyof typeof REGISTER_NAMES,
  rows: R[],
  classes: number[],
  def: { columns: RegisterColumn[]; cells: (r: R, tz: string | undefined) => RegisterRow; signatureLines: SignatureLine[] },
): RegisterSpec {
  const frame = registerFrame(vault, opts, level(classes));
  return {
    ...frame,
    title: REGISTER_NAMES[code].zh,
    registerCode: code,
    orientation: 'landscape',
    columns: [{ key: 'seq', header: '序号', width: code === 'copies' ? '5%' : '4%', align: 'right' }, ...def.columns],
    rows: rows.map((r, i) => ({ seq: i + 1, ...def.cells(r, frame.timeZone) })),
    summary: [caption('rowCount', 'zh-CN', { n: rows.length })],
    signatureLines: def.signatureLines,
  };
}

export function buildCopyRegister(vault: Vault, opts: PrintOptions): RegisterSpec {
  const rows = listCopies(vault.db);
  const labels = getSettings(vault.db).classificationLabels;
  return sheet(
    vault,
    opts,
    'copies',
    rows,
    rows.map((r) => r.classification),
    {
      columns: [
        { key: 'refNo', header: '申请/授权编号', width: '11%' },
        { key: 'archiveNo', header: '档号', width: '13%' },
        { key: 'title', header: '题名' },
        { key: 'classification', header: '密级', width: '5%', align: 'center' },
        { key: 'copyNo', header: '份号', width: '6%', align: 'center' },
        { key: 'kind', header: '方式', width: '11%' },
        { key: 'madeAt', header: '复制时间', width: '11%' },
        { key: 'madeBy', header: '复制人', width: '7%' },
        { key: 'forWhom', header: '领取人/用途对象', width: '11%' },
        { key: 'state', header: '状态', width: '8%' },
      ],
      cells: (r, tz) => ({
        refNo: r.refNo,
        archiveNo: r.itemArchiveNo,
        title: r.itemTitle,
        classification: labels[r.classification as ClassificationLevel] ?? String(r.classification),
        copyNo: `第 ${r.copyNo} 份`,
        kind: `${KIND_WORDS[r.kind]}${r.pages ? `（第 ${r.pages} 页）` : ''}`,
        madeAt: t(r.madeAt, tz),
        madeBy: r.madeByName,
        forWhom: r.forWhom,
        state: r.state === 'issued' ? STATE_WORDS.issued : `${STATE_WORDS[r.state]} ${t(r.stateAt, tz)}`,
      }),
      signatureLines: [{ role: '复制经办人' }, { role: '档案管理员' }, { role: '审批人（总经理或客户信息主管）' }],
    },
  );
}

export function buildCarryOutRegister(vault: Vault, clock: Clock, opts: PrintOptions): RegisterSpec {
  const rows = listCarryOuts(vault.db, clock);
  return sheet(
    vault,
    opts,
    'carryOuts',
    rows,
    rows.flatMap((r) => r.items.map((i) => i.classification)),
    {
      columns: [
        { key: 'requestNo', header: '申请编号', width: '10%' },
        { key: 'carrier', header: '携带人', width: '6%' },
        { key: 'items', header: '档号 / 题名' },
        { key: 'purpose', header: '事由 / 目的地', width: '13%' },
        { key: 'measures', header: '安全措施', width: '11%' },
        { key: 'pledge', header: '保密承诺', width: '9%' },
        { key: 'outAt', header: '外出时间', width: '9%' },
        { key: 'expected', header: '预计返回', width: '9%' },
        { key: 'returned', header: '返回检查情况', width: '13%' },
      ],
      cells: (r, tz) => ({
        requestNo: r.requestNo,
        carrier: r.carrierName,
        items: r.items.map((it) => `${it.archiveNo} ${it.title}`).join('；'),
        purpose: `${r.purpose} / ${r.destination}`,
        measures: `${r.measures.map((m) => MEASURE_WORDS[m]).join('、')}${r.measuresNote ? `（${r.measuresNote}）` : ''}`,
        pledge:
          r.pledge === 'signed'
            ? `本机签署 ${r.pledgeSignature?.signerName ?? ''}${r.pledgeSignature && !r.pledgeSignature.valid ? '（签名验证失败）' : ''}`
            : `纸质签署：${r.pledgeNote ?? ''}`,
        outAt: `${t(r.outAt, tz)} ${r.outByName}`,
        expected: t(r.expectedReturn, tz),
        returned: r.returnedAt
          ? `${t(r.returnedAt, tz)} ${r.returnCheck ? CHECK_WORDS[r.returnCheck] : ''}${r.returnNote ? `：${r.returnNote}` : ''}（${r.returnedByName ?? ''}）`
          : r.overdue
            ? '未返回（已逾期）'
            : '未返回',
      }),
      signatureLines: [{ role: '携带人' }, { role: '档案管理员' }, { role: '客户信息主管' }],
    },
  );
}

export function buildProvisionRegister(vault: Vault, opts: PrintOptions): RegisterSpec {
  const rows = listProvisions(vault.db);
  return sheet(
    vault,
    opts,
    'provisions',
    rows,
    rows.flatMap((r) => r.items.map((i) => i.classification)),
    {
      columns: [
        { key: 'requestNo', header: '申请编号', width: '10%' },
        { key: 'recipient', header: '接收单位', width: '12%' },
        { key: 'basis', header: '法律依据 / 协议编号', width: '13%' },
        { key: 'what', header: '提供内容（档号）' },
        { key: 'method', header: '提供方式', width: '8%' },
        { key: 'providedAt', header: '提供时间 / 经办人', width: '11%' },
        { key: 'approvals', header: '审批（客户信息主管、客服部经理）', width: '19%' },
      ],
      cells: (r, tz) => ({
        requestNo: r.requestNo,
        recipient: `${r.recipientOrg}${r.receivedBy ? `（接收人 ${r.receivedBy}）` : ''}`,
        basis: `${r.legalBasis}${r.agreementRef ? ` / ${r.agreementRef}` : ''}`,
        what: `${r.providedWhat}（${r.items.map((it) => it.archiveNo).join('、')}）`,
        method: METHOD_WORDS[r.method],
        providedAt: `${t(r.providedAt, tz)} ${r.providedByName}`,
        approvals: r.approvals.map((a) => `${a.step}：${a.signerName} ${t(a.at, tz)}${a.valid ? '' : '（签名验证失败）'}`).join('；'),
      }),
      signatureLines: [{ role: '经办人' }, { role: '客户信息主管' }, { role: '客服部经理' }],
    },
  );
}
