// The window.api shape, derived from the contract: domain-grouped named methods
// (Bitwarden-preload style), never a raw invoke. Used by the preload, the renderer client
// and the e2e bridge, so all three expose exactly the same surface.
import { CALL_NAMES, type CallInput, type CallName, type CallOutput } from './index';
import type { Result } from './result';

type GroupOf<N> = N extends `${infer G}.${string}` ? G : never;
type MethodOf<N, G extends string> = N extends `${G}.${infer M}` ? M : never;

type Method<N extends CallName> = (input?: CallInput<N>) => Promise<Result<CallOutput<N>>>;

export type ArchiveApi = {
  [G in GroupOf<CallName>]: {
    [M in MethodOf<CallName, G>]: Method<Extract<CallName, `${G}.${M}`>>;
  };
};

export type Invoke = (name: CallName, input: unknown) => Promise<Result<unknown>>;

/** Builds the method tree over any transport (ipcRenderer.invoke in the preload, HTTP in tests). */
export function buildApi(invoke: Invoke): ArchiveApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of CALL_NAMES) {
    const [group, method] = name.split('.') as [string, string];
    api[group] ??= {};
    api[group][method] = (input?: unknown) => invoke(name, input ?? {});
  }
  return Object.freeze(api) as unknown as ArchiveApi;
}

/** IPC channel name for a call; one prefix so main can refuse anything else. */
export const channelOf = (name: CallName) => `ar:${name}`;
