// The last step every register shares: render → printer (PDF file or system dialog) → one
// 'print.register' audit entry. Printing is a disclosure of vault data onto paper, so it is
// recorded like a state change; a cancelled dialog records nothing and says so.
import type { AppContext, Session } from '../core/context';
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { PrintResult } from '../contract/types';
import { updateKeyFile } from '../vault/keyfile';
import type { Vault } from '../vault/vault';
import { renderRegisterHtml, rowsHash, type RegisterSpec } from './register';

export type PrintTarget = 'pdf' | 'printer';

/** e.g. 审计记录登记簿-20261127-0900.pdf — the save dialog's proposal. */
export function suggestedFileName(spec: RegisterSpec, now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  const safeTitle = spec.title.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${safeTitle}-${stamp}.pdf`;
}

export async function printRegister(
  ctx: AppContext,
  vault: Vault,
  session: Session,
  spec: RegisterSpec,
  target: PrintTarget,
): Promise<PrintResult> {
  const html = renderRegisterHtml(spec);
  let result: PrintResult;
  if (target === 'pdf') {
    const r = await ctx.printer.toPdf(html, suggestedFileName(spec, ctx.clock.now()));
    if (!r.path) throw new DomainError('PRINT_CANCELLED', 'print cancelled');
    result = { path: r.path, pages: r.pages };
  } else {
    if (!(await ctx.printer.toPrinter(html))) throw new DomainError('PRINT_CANCELLED', 'print cancelled');
    result = { path: null, pages: null };
  }
  const detail = {
    register: spec.registerCode,
    rows: spec.rows.length,
    target,
    path: result.path,
    pages: result.pages,
    rowsHash: rowsHash(spec.rows),
    auditHead: spec.auditHead,
  };
  if (vault.isOpen) {
    vault.tx(() =>
      appendAudit(vault.db, ctx.clock, {
        actorId: session.userId,
        actorName: session.displayName,
        action: 'print.register',
        entity: 'register',
        entityId: spec.registerCode,
        detail,
      }),
    );
  } else {
    // The idle lock closed the vault while the print dialog was open: the paper exists, so the
    // event is parked in keys.json and appended at the next unlock like other offline events.
    updateKeyFile(vault.dir, (kf) => {
      kf.pendingEvents.push({ at: ctx.clock.now().toISOString(), action: 'print.register', login: session.login, detail });
    });
  }
  return result;
}
