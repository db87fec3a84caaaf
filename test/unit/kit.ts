// The test kit: "a vault with these users, signed in as X" and a typed client over the real
// dispatcher and the full handler table from electron/domains.ts — the same sender, schema,
// session and role checks the app runs. Call names and inputs are checked against the contract
// (a deliberately malformed input says so with `as never`).
import { buildApi, type Invoke } from '../../electron/contract/api';
import type { CallInput, CallName, CallOutput } from '../../electron/contract';
import type { MessageLocale } from '../../electron/contract/messages';
import type { Result } from '../../electron/contract/result';
import type { Role } from '../../electron/contract/roles';
import type { AppContext } from '../../electron/core/context';
import { createDispatcher } from '../../electron/core/dispatch';
import { buildHandlerTable } from '../../electron/domains';
import { ADMIN_PW, PW, setupVault, signInMember } from './auth-helpers';

export type Call = <N extends CallName>(name: N, input?: CallInput<N>) => Promise<Result<CallOutput<N>>>;

/** window.api as the renderer sees it, and `call(name, input)`, both over the real dispatcher. */
export function clientFor(ctx: AppContext, locale: MessageLocale = 'en') {
  const dispatch = createDispatcher(buildHandlerTable(), ctx);
  const invoke: Invoke = (name, input) => dispatch(name, input, { trustedSender: true, locale });
  const call: Call = (name, input) => invoke(name, input ?? {}) as never;
  /** for loops over call names (malformed-input tables): no contract typing */
  const raw = (name: string, input: unknown = {}) => dispatch(name, input, { trustedSender: true, locale });
  return { api: buildApi(invoke), call, raw, dispatch };
}

/** A vault with admin 'admin' plus `users` (password PW), signed in as `as` with the rules acknowledged. */
export async function vaultWith(users: { login: string; roles: Role[]; name?: string }[], opts: { as?: string; locale?: MessageLocale } = {}) {
  const v = await setupVault(users);
  const client = clientFor(v.ctx, opts.locale);
  const as = (login: string) => signInMember(v.ctx, login, login === 'admin' ? ADMIN_PW : PW);
  if (opts.as) await as(opts.as);
  return { ...v, ...client, as };
}

/** The value of an ok result, or a thrown error naming the failure (so a test says what broke). */
export function ok<R extends Result<unknown>>(r: R): Extract<R, { ok: true }>['value'];
/** … or of the type the test names (e.g. when it knows a nullable result is present). */
export function ok<T>(r: Result<unknown>): T;
export function ok(r: Result<unknown>): unknown {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}
