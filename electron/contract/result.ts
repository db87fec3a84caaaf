// The only shape that crosses the IPC boundary (Signal-Desktop style): exceptions never cross.
import type { CONTRACT_PARTS } from './index';

type MessageKeys<P> = P extends { messages: { 'zh-CN': infer Z } } ? keyof Z : never;
/** A domain's error codes are the 'errors.<CODE>' keys of its messages: a code without a message cannot exist. */
type DomainErrorCode<K = MessageKeys<(typeof CONTRACT_PARTS)[number]>> = K extends `errors.${infer C}` ? (C extends Uppercase<C> ? C : never) : never;

export type ErrorCode = CoreErrorCode | DomainErrorCode;
type CoreErrorCode =
  | 'BAD_INPUT' // zod rejected the payload
  | 'UNKNOWN_CALL'
  | 'FORBIDDEN_SENDER' // IPC from a frame that is not our app page
  | 'NOT_SIGNED_IN'
  | 'FORBIDDEN_ROLE'
  | 'VAULT_EXISTS'
  | 'VAULT_MISSING'
  | 'VAULT_LOCKED'
  | 'VAULT_NEWER' // schema newer than this code
  | 'WRONG_PASSWORD'
  | 'LOCKED_OUT'
  | 'ACCOUNT_DISABLED'
  | 'DUPLICATE'
  | 'NOT_FOUND'
  | 'SELF_APPROVAL' // separation of duties
  | 'ROLE_CONFLICT' // admin roles are exclusive (三员分立)
  | 'RULES_NOT_ACKNOWLEDGED'
  | 'PRINT_CANCELLED'
  | 'TAMPERED'
  | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  /** Human-readable, already in the caller's language when known; renderer maps `code` first. */
  message: string;
  /** Field-level problems for BAD_INPUT: path → message key */
  issues?: { path: string; message: string }[];
  /** Extra machine-readable data, e.g. lockout end for LOCKED_OUT */
  data?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown by domain code; converted to {ok:false} by the dispatcher. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly data?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
