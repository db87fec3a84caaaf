// 制度/策略变更登记簿 (R-GOV-1): one row per version of every policy value (and each refused or
// pending proposal) — the value, its version, who proposed it and why, who approved it (ZC-…),
// from which date it applies, and old → new. Ordinary paper: policy is not classified.
import { formatPrintTime, type RegisterSpec } from '../../print/register';
import { registerFrame, type PrintOptions } from '../../print/registers/common';
import type { Vault } from '../../vault/vault';
import type { ProposalState } from '../contract/calls';
import { changesText, policyHistory } from '../versions';

export const POLICY_REGISTER_CODE = 'policyRegister';
const STATE_WORDS: Record<ProposalState, string> = { pending: '待总经理审批', approved: '已批准', rejected: '已驳回', withdrawn: '已撤回', expired: '已失效' };

export function buildPolicyRegister(vault: Vault, opts: PrintOptions): RegisterSpec {
  // by value (registration order), each value's versions oldest first
  const all = policyHistory(vault.db);
  const order = new Map<string, number>();
  all.forEach((r, i) => order.has(r.key) || order.set(r.key, i));
  const rows = [...all].sort((a, b) => order.get(a.key)! - order.get(b.key)! || a.id - b.id);
  const frame = registerFrame(vault, opts, 0);
  const tz = frame.timeZone;
  return {
    ...frame,
    title: '制度/策略变更登记簿',
    registerCode: POLICY_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'no', header: '记录号', width: '5%', align: 'center' },
      { key: 'label', header: '策略项', width: '13%' },
      { key: 'version', header: '版本', width: '5%', align: 'center' },
      { key: 'change', header: '变更内容（原 → 新）', width: '25%' },
      { key: 'proposed', header: '提出（人、时间、理由）', width: '17%' },
      { key: 'approved', header: '批准（总经理、时间、审批单）', width: '15%' },
      { key: 'effectiveFrom', header: '施行日期', width: '9%', align: 'center' },
      { key: 'state', header: '状态', width: '11%', align: 'center' },
    ],
    rows: rows.map((r) => ({
      no: r.id,
      label: r.label.zh,
      version: r.version === null ? '—' : `第 ${r.version} 版`,
      change: changesText(r) || '—',
      proposed:
        r.requestId === null ? '初始版本（首次运行时的值）' : [r.proposedByName, formatPrintTime(r.proposedAt, false, tz), r.reason].filter(Boolean).join('，'),
      approved: r.requestId === null ? '—' : [r.approvedByName, formatPrintTime(r.approvedAt, false, tz), r.requestNo].filter(Boolean).join('，'),
      effectiveFrom: r.effectiveFrom,
      state: r.state === 'approved' ? (r.appliedAt ? '已施行' : '已批准，待施行') : STATE_WORDS[r.state],
    })),
    summary: [`共 ${rows.filter((r) => r.version !== null).length} 个版本，${rows.filter((r) => r.version === null).length} 项未批准的提议`],
    signatureLines: [{ role: '安全保密员' }, { role: '总经理' }],
  };
}
