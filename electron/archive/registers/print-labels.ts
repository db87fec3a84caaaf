// Label sheets go to paper like registers do: printer port → one 'print.labels' audit entry
// (which labels, where to). Mirrors print-register.ts's tail, including the case where the
// idle lock closed the vault while the dialog was open (event parked in keys.json).
import type { AppContext, Session } from '../../core/context';
import type { LabelData } from '../export/labelData';
import { appendAudit } from '../../audit/append';
import { DomainError } from '../../contract/result';
import type { PrintResult } from '../../contract/types';
import { updateKeyFile } from '../../vault/keyfile';
import type { Vault } from '../../vault/vault';
import { renderLabelSheetHtml } from './label-sheet';
import type { PrintTarget } from '../../print/print-register';

export const LABELS_TITLE = '档案标签';

export async function printLabels(
  ctx: AppContext,
  vault: Vault,
  session: Session,
  labels: LabelData[],
  target: PrintTarget,
  skip = 0,
): Promise<PrintResult> {
  const html = renderLabelSheetHtml(labels, { title: LABELS_TITLE, skip });
  let result: PrintResult;
  if (target === 'pdf') {
    const now = ctx.clock.now();
    const p = (n: number) => String(n).padStart(2, '0');
    const name = `${LABELS_TITLE}-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.pdf`;
    const r = await ctx.printer.toPdf(html, name);
    if (!r.path) throw new DomainError('PRINT_CANCELLED', 'print cancelled');
    result = { path: r.path, pages: r.pages };
  } else {
    if (!(await ctx.printer.toPrinter(html))) throw new DomainError('PRINT_CANCELLED', 'print cancelled');
    result = { path: null, pages: null };
  }
  const detail = { labels: labels.length, archiveNos: [...new Set(labels.map((l) => l.archiveNo))].slice(0, 200), target, path: result.path, pages: result.pages };
  if (vault.isOpen) {
    vault.tx(() =>
      appendAudit(vault.db, ctx.clock, { actorId: session.userId, actorName: session.displayName, action: 'print.labels', entity: 'labels', entityId: null, detail }),
    );
  } else {
    updateKeyFile(vault.dir, (kf) => {
      kf.pendingEvents.push({ at: ctx.clock.now().toISOString(), action: 'print.labels', login: session.login, detail });
    });
  }
  return result;
}
