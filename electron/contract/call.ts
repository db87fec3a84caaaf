// The building blocks of a contract entry, in their own file so every domain's call list
// (contract/<domain>.ts) can use them without importing contract/index.ts (no import cycle).
import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call: 'public' (no session, e.g. sign-in), 'session' (any signed-in user,
 * even before acknowledging the rules), 'member' (signed in and rules acknowledged), or a role list.
 */
export type Access = 'public' | 'session' | 'member' | readonly Role[];

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** phantom: the output type */
  output?: O;
}

export function call<I extends z.ZodType, O>(input: I, access: Access): CallSpec<I, O> {
  return { input, access };
}

/** `out<Output>().call(inputSchema, access)`: states the output type once, infers the input. */
export const out = <O>() => ({ call: <I extends z.ZodType>(input: I, access: Access) => call<I, O>(input, access) });
