// Typed client over window.api (built from the contract by the preload, or by the e2e bridge).
// `call()` unwraps a Result: values come back, failures become a CallError with a translated
// message; a lost session (idle lock elsewhere, sign-out) is broadcast so the app shows the lock screen.
import dayjs from 'dayjs';
import type { ArchiveApi } from '../electron/contract/api';
import type { AppError, ErrorCode, Result } from '../electron/contract/result';
import { i18n } from './i18n';

declare global {
  interface Window {
    api: ArchiveApi;
  }
}

export const api = (): ArchiveApi => window.api;

export class CallError extends Error {
  constructor(readonly error: AppError) {
    super(errorText(error));
    this.name = 'CallError';
  }
  get code(): ErrorCode {
    return this.error.code;
  }
}

/** The translated text for an error: the code in the UI's language; BAD_INPUT keeps the field detail. */
export function errorText(e: AppError): string {
  if (e.code === 'BAD_INPUT') return e.message || i18n.t('errors.BAD_INPUT');
  const data: Record<string, unknown> = { ...(e.data ?? {}) };
  if (typeof data.until === 'string' || typeof data.until === 'number') data.until = dayjs(data.until).format('YYYY-MM-DD HH:mm:ss');
  return i18n.t(`errors.${e.code}`, data);
}

const SESSION_LOST: ErrorCode[] = ['NOT_SIGNED_IN', 'VAULT_LOCKED'];
const sessionLostListeners = new Set<() => void>();
export function onSessionLost(fn: () => void): () => void {
  sessionLostListeners.add(fn);
  return () => sessionLostListeners.delete(fn);
}

export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const r = await pending;
  if (r.ok) return r.value;
  if (SESSION_LOST.includes(r.error.code)) for (const fn of sessionLostListeners) fn();
  throw new CallError(r.error);
}

/** BAD_INPUT issues → react-hook-form field errors; returns true when at least one field took one. */
export function applyIssues(err: unknown, setError: (name: never, e: { type: string; message: string }) => void): boolean {
  // BAD_INPUT, or any refusal main ties to a field (e.g. DUPLICATE on 用户名, path 'login')
  if (!(err instanceof CallError) || !err.error.issues?.some((i) => i.path)) return false;
  let any = false;
  for (const issue of err.error.issues) {
    if (!issue.path) continue;
    setError(issue.path as never, { type: 'server', message: issue.message });
    any = true;
  }
  return any;
}
