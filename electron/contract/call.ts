// The building blocks of a contract entry, in their own file so every domain's call list
// (electron/<domain>/contract/calls.ts) can use them without importing contract/index.ts.
import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call: 'public' (no session, e.g. sign-in), 'session' (any signed-in user,
 * even before acknowledging the rules), 'member' (signed in and rules acknowledged), or a role list.
 */
export type Access = 'public' | 'session' | 'member' | readonly Role[];

/**
 * Whether a signed-in user who acknowledged the rules and holds `roles` may make a call with
 * this access. The dispatcher's role check and the renderer's `canCall` both use it, so the
 * buttons a screen shows cannot drift from what main enforces.
 */
export function accessAllows(access: Access, roles: readonly Role[]): boolean {
  return typeof access === 'string' || access.some((r) => roles.includes(r));
}

export interface CallSpec<I extends z.ZodType, O, A extends Access = Access> {
  input: I;
  access: A;
  /** phantom: the output type */
  output?: O;
}

export function call<I extends z.ZodType, O, const A extends Access>(input: I, access: A): CallSpec<I, O, A> {
  return { input, access };
}

/** `out<Output>().call(inputSchema, access)`: states the output type once, infers the input and the access. */
export const out = <O>() => ({
  call: <I extends z.ZodType, const A extends Access>(input: I, access: A) => call<I, O, A>(input, access),
});
