// 档案检查记录 (R-INSP-1): one numbered row per item of the inspection — 档号, title, where it
// should be, what the walk found, its condition — the counts and the electronic signatures in the
// summary, and signature lines for the inspector and the supervisor. The page mark is the highest
// classification on the sheet (at least 秘密), as the index register.
import { formatPrintTime, type RegisterSpec } from '../../print/register';
import { registerFrame, type ClassificationLevel, type PrintOptions } from '../../print/registers/common';
import { getSettings } from '../../settings/settings';
import type { Vault } from '../../vault/vault';
import { FINDING_WORDS, RESULT_WORDS } from '../contract/audit-actions';
import { getInspection } from '../inspections';

export const INSPECTION_RECORD_CODE = 'inspectionRecord';

export function buildInspectionRecord(vault: Vault, id: number, opts: PrintOptions): RegisterSpec {
  const ins = getInspection(vault.db, id);
  const frame = registerFrame(vault, opts, Math.max(1, ...ins.items.map((i) => i.classification)) as ClassificationLevel);
  const labels = getSettings(vault.db).classificationLabels;
  const tz = frame.timeZone;
  const c = ins.counts;
  const sigs = ins.signatures.map(
    (s) =>
      `${s.as === 'inspector' ? '检查人' : '监督人'} ${s.signerName} 于 ${formatPrintTime(s.at, false, tz)} 在本机签名${s.valid ? '（验证有效）' : '（验证失败）'}`,
  );
  return {
    ...frame,
    title: '档案检查记录',
    registerCode: INSPECTION_RECORD_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'no', header: '序号', width: '4%', align: 'center' },
      { key: 'archiveNo', header: '档号', width: '13%' },
      { key: 'title', header: '题名', width: '12%' },
      { key: 'classification', header: '密级', width: '5%', align: 'center' },
      { key: 'expected', header: '应在位置', width: '19%' },
      { key: 'result', header: '核对结果', width: '8%', align: 'center' },
      { key: 'found', header: '实际位置', width: '7%' },
      { key: 'finding', header: '保管状况', width: '8%', align: 'center' },
      { key: 'note', header: '说明', width: '14%' },
      { key: 'checked', header: '核对人/时间', width: '10%' },
    ],
    rows: ins.items.map((i, n) => ({
      no: n + 1,
      archiveNo: i.archiveNo,
      title: i.title,
      classification: labels[i.classification] ?? String(i.classification),
      expected: i.expectedLocation ?? '（非本处材料）',
      result: RESULT_WORDS[i.result]!.zh,
      found: i.foundCabinetCode ? `${i.foundCabinetCode} 柜` : '',
      finding: i.result === 'missing' || i.result === 'pending' ? '' : FINDING_WORDS[i.finding]!.zh,
      note: [i.findingNote, i.note].filter(Boolean).join('；'),
      checked: i.checkedByName ? `${i.checkedByName} ${formatPrintTime(i.checkedAt, false, tz)}` : '',
    })),
    summary: [
      `检查编号 ${ins.no}，检查范围 ${ins.scopeName}（${ins.cabinets.map((x) => `${x.code} 柜`).join('、')}），开始于 ${formatPrintTime(ins.startedAt, false, tz)}，检查人 ${ins.inspectorName}`,
      `应在架 ${c.expected} 件：在架 ${c.present} 件，缺失 ${c.missing} 件，错架 ${c.misplaced} 件，未核对 ${c.pending} 件；非本处材料 ${c.unexpected} 件；保管状况有问题 ${c.findings} 件`,
      ...(sigs.length ? sigs : ['尚未签名']),
    ],
    signatureLines: [{ role: '检查人' }, { role: '监督人' }],
  };
}
