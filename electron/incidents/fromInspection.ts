// R-INSP-2 → R-SEC-7: a signed inspection that found items missing opens ONE incident listing them
// (a missing item may have leaked), in the supervisor's signature's transaction: the items' history
// is frozen and they are held like any reported incident's.
import type { Actor } from '../core/context';
import type { InspectionDetail } from '../inspections';
import type { Clock } from '../vault/clock';
import type { Writer } from '../vault/sql';
import { reportInTx } from './incidents';

export function afterInspection(w: Writer, clock: Clock, actor: Actor, ins: InspectionDetail): void {
  const missing = ins.items.filter((x) => x.result === 'missing');
  if (missing.length === 0) return;
  const foundAt = missing.map((x) => x.checkedAt ?? clock.now().toISOString()).sort()[0]!;
  reportInTx(w, clock, actor, {
    summary: `检查 ${ins.no}（${ins.scopeName}）发现 ${missing.length} 件档案材料缺失：${missing.map((x) => `${x.archiveNo}《${x.title}》`).join('、')}`,
    foundAt,
    itemIds: missing.map((x) => x.itemId),
    customerIds: [],
    channel: '待查（检查中发现缺失）',
    measures: '已在库房内复查未找到；相关借阅、查阅、复制记录已冻结，已报告客户信息主管和客服部经理',
    inspectionId: ins.id,
    inspectionNo: ins.no,
  });
}
