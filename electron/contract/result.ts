// The only shape that crosses the IPC boundary (Signal-Desktop style): exceptions never cross.
export type ErrorCode =
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
  | 'SLOT_OCCUPIED' // R-ARCH-4: one item per position
  | 'WRONG_ZONE' // R-ARCH-4: the cabinet's category zone does not fit the customer
  | 'NOT_SEGREGATED' // R-SEC-2: classified items only in segregated locations
  | 'NOT_CUSTODIAN' // R-SEC-2: only the designated custodian handles classified items
  | 'NO_FREE_SLOT'
  | 'BAD_STATE' // the item's custody state does not allow this
  | 'CONTENT_DENIED' // R-USE-1: index line only, no permission for the content
  | 'IMPORT_UNREADABLE' // not an .xlsx / CSV we can read
  | 'IMPORT_HEADERS' // required columns missing
  | 'IMPORT_EMPTY'
  | 'IMPORT_TOO_MANY'
  | 'IMPORT_INVALID' // commit refused: the preview found invalid rows
  | 'IMPORT_ROW' // a row failed while writing; the whole import was rolled back
  | 'IMPORT_EXPIRED' // no such (or no longer) previewed import
  | 'TOO_LARGE' // export/print: too many lines, filter first
  | 'SAVE_CANCELLED'
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
