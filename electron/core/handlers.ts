// The handler table: one function per contract call. Each domain's entry (electron/<domain>/
// index.ts) declares its part; electron/domains.ts makes a missing or extra handler a type error.
// A public call (sign-in, first run) gets the app context; every other call gets the signed-in
// CallContext the dispatcher built, so its handler needs no session checks of its own.
import type { CallAccess, CallName, CallOutput, CallParsed } from '../contract';
import type { AppContext, CallContext } from './context';

export type HandlerContext<N extends CallName> = CallAccess<N> extends 'public' ? AppContext : CallContext;
export type Handler<N extends CallName> = (input: CallParsed<N>, cx: HandlerContext<N>) => Promise<CallOutput<N>> | CallOutput<N>;
export type HandlerTable = { [N in CallName]: Handler<N> };
export type HandlerPart<G extends string> = { [N in Extract<CallName, `${G}.${string}`>]: Handler<N> };
