// Turns the contract + handler table into one function: (call name, raw input, sender) → Result.
// Used by electron/shell/ipc.ts (ipcMain) and by the e2e bridge under test/, so the checks
// below are exactly the ones the real app runs.
import type { z } from 'zod';
import { accessAllows, contract, type Access, type CallName } from '../contract';
import { DomainError, type AppError, type Result } from '../contract/result';
import { translate, type MessageLocale } from '../contract/messages';
import type { AppContext, CallContext } from './context';
import type { HandlerTable } from './handlers';
import { runVaultUpkeep } from './session-hooks';

export interface CallMeta {
  /** false when the IPC came from a frame that is not our app page */
  trustedSender: boolean;
  locale?: MessageLocale;
}

/** null when the session may make a call with this access, else the refusal (exported for the renderer-kit test). */
export function hasAccess(access: Access, ctx: AppContext): AppError | null {
  if (access === 'public') return null;
  const s = ctx.session;
  if (!s || !ctx.vault?.isOpen) return { code: 'NOT_SIGNED_IN', message: '' };
  if (access === 'session') return null;
  if (!s.rulesAcknowledged) return { code: 'RULES_NOT_ACKNOWLEDGED', message: '' };
  if (access === 'member') return null;
  return accessAllows(access, s.roles) ? null : { code: 'FORBIDDEN_ROLE', message: '' };
}

export function issuesOf(err: z.ZodError): { path: string; message: string }[] {
  return err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** The signed-in context of one call (the access check above guarantees vault and session). */
function callContext(ctx: AppContext, locale: MessageLocale): CallContext {
  const vault = ctx.vault!;
  const session = ctx.session!;
  return {
    app: ctx,
    vault,
    db: vault.db,
    clock: ctx.clock,
    session,
    actor: { id: session.userId, name: session.displayName, roles: session.roles },
    locale,
  };
}

export function createDispatcher(handlers: HandlerTable, ctx: AppContext) {
  return async function dispatch(name: string, raw: unknown, meta: CallMeta): Promise<Result<unknown>> {
    const locale = meta.locale ?? 'zh-CN';
    const fail = (e: AppError): Result<unknown> => ({ ok: false, error: { ...e, message: e.message || translate(locale, `errors.${e.code}`) } });
    if (!meta.trustedSender) return fail({ code: 'FORBIDDEN_SENDER', message: '' });
    if (!Object.prototype.hasOwnProperty.call(contract, name)) return fail({ code: 'UNKNOWN_CALL', message: '' });
    const callName = name as CallName;
    const spec = contract[callName];
    const parsed = (spec.input as z.ZodType).safeParse(raw);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error).map((i) => ({ path: i.path, message: translate(locale, i.message) }));
      return fail({
        code: 'BAD_INPUT',
        message: `${translate(locale, 'errors.BAD_INPUT')}: ${issues.map((i) => (i.path ? `${i.path} — ${i.message}` : i.message)).join('; ')}`,
        issues,
      });
    }
    const denied = hasAccess(spec.access, ctx);
    if (denied) return fail(denied);
    if (spec.access !== 'public' && ctx.vault?.isOpen) runVaultUpkeep(ctx.vault, ctx.clock);
    // vault.status is the renderer's poll (offline guard banner), not the user's activity
    if (ctx.session && callName !== 'vault.status') ctx.session.lastActivityAt = ctx.clock.now().getTime();
    ctx.locale = locale;
    try {
      const handler = handlers[callName] as (input: unknown, cx: AppContext | CallContext) => unknown;
      const value = await handler(parsed.data, spec.access === 'public' ? ctx : callContext(ctx, locale));
      return { ok: true, value: value === undefined ? null : value };
    } catch (e) {
      if (e instanceof DomainError) {
        // Domain code may name a more specific message key (e.g. 'v.custodianRole'); show it
        // after the generic text so the operator learns WHY, in their language.
        const base = translate(locale, `errors.${e.code}`, e.data);
        const detail = /^(v|errors)\./.test(e.message) ? translate(locale, e.message, e.data) : null;
        const field = typeof e.data?.path === 'string' ? e.data.path : '';
        return fail({
          code: e.code,
          message: detail && detail !== base ? `${base}: ${detail}` : base,
          data: e.data,
          ...(detail ? { issues: [{ path: field, message: detail }] } : {}),
        });
      }
      // Disk full (SQLite's SQLITE_FULL, or ENOSPC from a file write): the transaction rolled back;
      // the operator is told why, in words, instead of "internal error" (issue 11 faults).
      const code = (e as { code?: unknown }).code;
      if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
        console.error(`[ipc] ${callName}: disk full`, e);
        return fail({ code: 'DISK_FULL', message: translate(locale, 'errors.DISK_FULL') });
      }
      // Unexpected: log in main, send a generic error (no stack traces to the renderer).
      console.error(`[ipc] ${callName} failed`, e);
      return fail({ code: 'INTERNAL', message: '' });
    }
  };
}
export type Dispatch = ReturnType<typeof createDispatcher>;
