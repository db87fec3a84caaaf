// Label sheets go to paper like registers do (print/print-register.ts toPaper): printer port →
// one 'print.labels' audit entry (which labels, where to).
import type { CallContext } from '../../core/context';
import { isDemoVault } from '../../core/demo-mark';
import type { PrintResult } from '../../contract/types';
import { toPaper, type PrintTarget } from '../../print/print-register';
import type { LabelData } from '../export/labelData';
import { renderLabelSheetHtml } from './label-sheet';

export const LABELS_TITLE = '档案标签';

export async function printLabels(cx: CallContext, labels: LabelData[], target: PrintTarget, skip = 0): Promise<PrintResult> {
  const now = cx.clock.now();
  const p = (n: number) => String(n).padStart(2, '0');
  // a demo vault's labels say so on every label and in the file name (issue 12)
  const demo = isDemoVault(cx.vault.db);
  const title = demo ? `【演示数据】${LABELS_TITLE}` : LABELS_TITLE;
  const name = `${demo ? '演示数据-' : ''}${LABELS_TITLE}-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.pdf`;
  return toPaper(cx, renderLabelSheetHtml(labels, { title, skip, demo }), name, target, (result) => ({
    action: 'print.labels',
    entity: 'labels',
    entityId: null,
    detail: { labels: labels.length, archiveNos: [...new Set(labels.map((l) => l.archiveNo))].slice(0, 200), target, path: result.path, pages: result.pages },
  }));
}
