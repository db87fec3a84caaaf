// The last step every register shares: render → printer (PDF file or system dialog) → one
// 'print.register' audit entry. Printing is a disclosure of vault data onto paper, so it is
// recorded like a state change; a cancelled dialog records nothing and says so.
import type { CallContext, PaperOptions } from '../core/context';
import { appendAudit } from '../audit/append';
import type { AuditAction } from '../contract';
import { DomainError } from '../contract/result';
import type { PrintResult } from '../contract/types';
import { updateKeyFile } from '../vault/keyfile';
import { renderRegisterHtml, rowsHash, type RegisterSpec } from './register';
import { isDemoVault } from '../core/demo-mark';
import type { Writer } from '../vault/sql';
import { pageIssuer, pageRowsHash, paginateRows, type IssuedMarks, type PagePlan } from './page-marks';

/** R-IT-1: a demo vault's printouts say so — in the title (heading, every page's header, the file
 *  name), the organisation line and the summary — so a demo page is never taken for a record. */
export function demoRegisterSpec(spec: RegisterSpec): RegisterSpec {
  const en = spec.locale === 'en';
  return {
    ...spec,
    title: en ? `[DEMO DATA] ${spec.title}` : `【演示数据】${spec.title}`,
    orgName: `${spec.orgName}${en ? ' (demo vault, not a record)' : '（演示档案库，非正式档案）'}`,
    summary: [
      en ? 'Demo data: printed from a demo vault; not valid as a record.' : '演示数据：本登记簿打印自演示档案库，不得作为凭证使用。',
      ...(spec.summary ?? []),
    ],
  };
}

export type PrintTarget = 'pdf' | 'printer';

/** e.g. 审计记录登记簿-20261127-0900.pdf — the save dialog's proposal. */
export function suggestedFileName(spec: RegisterSpec, now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  const safeTitle = spec.title.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${safeTitle}-${stamp}.pdf`;
}

/** What every register's header needs: Chinese (the room's paper language, whatever the UI
 *  language), who prints, when. */
export function registerMeta(cx: CallContext): { locale: 'zh-CN'; printedBy: string; now: Date } {
  return { locale: 'zh-CN', printedBy: cx.session.displayName, now: cx.clock.now() };
}

/** `params`: what the register was built from (its filter), recorded so the printout can be
 *  verified later by building it again (print verification, page-marks.ts). */
export async function printRegister(cx: CallContext, original: RegisterSpec, target: PrintTarget, params: unknown = null): Promise<PrintResult> {
  const unmarked = isDemoVault(cx.vault.db) ? demoRegisterSpec(original) : original;
  const issued = issuePageMarks(cx, unmarked, { params, target });
  const spec: RegisterSpec = issued ? { ...unmarked, pageMarks: issued.marks } : unmarked;
  const paper: PaperOptions = { orientation: spec.orientation ?? 'portrait' };
  return toPaper(
    cx,
    renderRegisterHtml(spec),
    suggestedFileName(spec, cx.clock.now()),
    target,
    (result) => ({
      action: 'print.register',
      entity: 'register',
      entityId: spec.registerCode,
      detail: {
        register: spec.registerCode,
        rows: spec.rows.length,
        target,
        path: result.path,
        pages: result.pages,
        rowsHash: rowsHash(spec.rows),
        auditHead: spec.auditHead,
        // print verification: the pages' codes and row hashes in the hash-chained trail itself
        ...(issued ? { pageCodes: issued.marks.map((m) => m.code), pageRowsHashes: issued.marks.map((m) => m.rowsHash.slice(0, 16)) } : {}),
      },
    }),
    paper,
    issued?.commit,
  );
}

/** The pages as they will print and a code for each, from the printout's record keeper (if any). */
function issuePageMarks(cx: CallContext, spec: RegisterSpec, how: { params: unknown; target: PrintTarget }): IssuedMarks | null {
  const issuer = pageIssuer();
  if (!issuer) return null;
  const { pages } = paginateRows(spec);
  const plan: PagePlan[] = pages.map((slice, i) => ({
    page: i + 1,
    pages: pages.length,
    slice,
    rowsHash: pageRowsHash(spec.rows.slice(slice.first, slice.first + slice.count)),
  }));
  return issuer.issue(cx, spec, plan, how);
}

/** The audit entry of one printout (built once the printer port says where it went). */
export interface PaperRecord {
  action: Extract<AuditAction, `print.${string}`>;
  entity: string;
  entityId: string | null;
  detail: Record<string, unknown>;
}

/** Printer port (PDF file or system dialog) → one audit entry. Shared by registers and label sheets. */
export async function toPaper(
  cx: CallContext,
  html: string,
  suggestedName: string,
  target: PrintTarget,
  record: (result: PrintResult) => PaperRecord,
  paper?: PaperOptions,
  /** more to write in the audit entry's transaction (the record of a printout's pages) */
  within?: (w: Writer, result: PrintResult) => void,
): Promise<PrintResult> {
  const { app: ctx, vault, session } = cx;
  let result: PrintResult;
  if (target === 'pdf') {
    const r = await ctx.printer.toPdf(html, suggestedName);
    if (!r.path) throw new DomainError('PRINT_CANCELLED', 'print cancelled');
    result = { path: r.path, pages: r.pages };
  } else {
    if (!(await ctx.printer.toPrinter(html, paper))) throw new DomainError('PRINT_CANCELLED', 'print cancelled');
    result = { path: null, pages: null };
  }
  const { action, entity, entityId, detail } = record(result);
  if (vault.isOpen) {
    vault.tx((w) => {
      within?.(w, result);
      appendAudit(w, cx.clock, { actorId: session.userId, actorName: session.displayName, action, entity, entityId, detail });
    });
  } else {
    // The idle lock closed the vault while the print dialog was open: the paper exists, so the
    // event is parked in keys.json and appended at the next unlock like other offline events.
    updateKeyFile(vault.dir, (kf) => {
      kf.pendingEvents.push({ at: cx.clock.now().toISOString(), action, login: session.login, detail });
    });
  }
  return result;
}
