// 档案修复登记簿 (R-INSP-2): one numbered row per repair task — 档号, title, what was found and
// where (the inspection), sent to repair (when, by whom, how), repaired (what was done, back on
// which shelf), verified at which inspection. Page mark: the highest classification on the sheet.
import { formatPrintTime, type RegisterSpec } from '../../print/register';
import { registerFrame, type ClassificationLevel, type PrintOptions } from '../../print/registers/common';
import { getSettings } from '../../settings/settings';
import type { Vault } from '../../vault/vault';
import { KIND_WORDS } from '../contract/audit-actions';
import type { RepairFilter, RepairRow, RepairState } from '../contract/calls';
import { listRepairs } from '../repairs';

export const REPAIR_REGISTER_CODE = 'repairRegister';
const FILTER_WORDS: Record<RepairFilter, string> = { all: '全部', open: '待送修', inRepair: '修复中', repaired: '已修复待复查', verified: '复查合格' };
const STATE_WORDS: Record<RepairState, string> = { open: '待送修', inRepair: '修复中', repaired: '已修复（待复查）', verified: '复查合格' };

function step(r: RepairRow, kind: 'start' | 'finish' | 'verify', tz?: string): string {
  const e = r.events.find((x) => x.kind === kind);
  if (!e) return '';
  return [formatPrintTime(e.at, false, tz), e.byName, e.note, e.inspectionNo ? `检查 ${e.inspectionNo}` : null].filter(Boolean).join('，');
}

export function buildRepairRegister(vault: Vault, filter: RepairFilter, opts: PrintOptions): RegisterSpec {
  const rows = listRepairs(vault.db, { filter }).reverse();
  const frame = registerFrame(vault, opts, Math.max(1, ...rows.map((r) => r.classification)) as ClassificationLevel);
  const labels = getSettings(vault.db).classificationLabels;
  const tz = frame.timeZone;
  return {
    ...frame,
    title: '档案修复登记簿',
    registerCode: REPAIR_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'no', header: '编号', width: '9%' },
      { key: 'archiveNo', header: '档号', width: '12%' },
      { key: 'title', header: '题名', width: '12%' },
      { key: 'classification', header: '密级', width: '4%', align: 'center' },
      { key: 'finding', header: '发现问题', width: '14%' },
      { key: 'start', header: '送修（时间、经办人、修复方式）', width: '15%' },
      { key: 'finish', header: '修复完成（时间、经办人、修复情况）', width: '16%' },
      { key: 'verify', header: '复查', width: '10%' },
      { key: 'state', header: '状态', width: '8%', align: 'center' },
    ],
    rows: rows.map((r) => ({
      no: r.no,
      archiveNo: r.archiveNo,
      title: r.title,
      classification: labels[r.classification] ?? String(r.classification),
      finding:
        KIND_WORDS[r.finding]!.zh +
        (r.findingNote ? `：${r.findingNote}` : '') +
        (r.inspectionNo ? `（检查 ${r.inspectionNo}）` : `（${formatPrintTime(r.openedAt, false, tz)} ${r.openedByName} 登记）`),
      start: step(r, 'start', tz),
      finish: [step(r, 'finish', tz), r.state === 'repaired' || r.state === 'verified' ? `归架 ${r.location ?? ''}` : null].filter(Boolean).join('，'),
      verify: step(r, 'verify', tz),
      state: STATE_WORDS[r.state],
    })),
    summary: [`范围：${FILTER_WORDS[filter]}，共 ${rows.length} 项`],
    signatureLines: [{ role: '经办人' }, { role: '审核人' }],
  };
}
