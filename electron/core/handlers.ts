// The handler table: one function per contract call. Each domain file exports its part;
// the `satisfies` below makes a missing or extra handler a type error.
import type { CallName, CallOutput, CallParsed } from '../contract';
import type { AppContext } from './context';

export type Handler<N extends CallName> = (input: CallParsed<N>, ctx: AppContext) => Promise<CallOutput<N>> | CallOutput<N>;
export type HandlerTable = { [N in CallName]: Handler<N> };
export type HandlerPart<G extends string> = { [N in Extract<CallName, `${G}.${string}`>]: Handler<N> };
