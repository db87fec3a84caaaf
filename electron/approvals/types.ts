// Request types: consumer domains (access, loans, copies, later reports, destruction, policy)
// register theirs at import time. A type brings its number prefix, its label, optionally the
// schema of its details, and what happens — inside the final signature's own transaction — once
// a request of its type is approved. Which steps a type's chain has is policy (policy.ts).
import type { z } from 'zod';
import type { Pair } from '../contract/domain';
import type { Clock } from '../vault/clock';
import type { Writer } from '../vault/sql';
import type { ApprovalRequest } from './contract/calls';

export interface RequestTypeSpec {
  type: 'access' | 'loan' | 'copy' | 'carryOut' | 'externalProvision' | (string & {});
  /** number prefix: 'JY' → JY-2026-0001 */
  prefix: string;
  /** 借阅申请 / Loan request */
  label: Pair;
  /** validates approvals.create's `details` (a consumer's own `<domain>.request` validates before createRequest) */
  details?: z.ZodType;
  /** runs inside the SAME transaction as the final approving signature; throwing undoes the signature */
  onApproved?(w: Writer, clock: Clock, request: ApprovalRequest): void;
}

const TYPES = new Map<string, RequestTypeSpec>();

/** Labels of the types the default chains know, for requests whose type is not (yet) registered. */
export const DEFAULT_TYPE_LABELS: Record<string, Pair> = {
  access: { zh: '查阅申请', en: 'Access request' },
  loan: { zh: '借阅申请', en: 'Loan request' },
  copy: { zh: '复制摘录申请', en: 'Copy request' },
  carryOut: { zh: '外出携带申请', en: 'Carry-out request' },
  externalProvision: { zh: '对外提供申请', en: 'External provision request' },
};

export function registerRequestType(spec: RequestTypeSpec): void {
  if (!/^[A-Z]{2,4}$/.test(spec.prefix)) throw new Error(`request type ${spec.type}: prefix must be 2–4 capital letters`);
  const clash = [...TYPES.values()].find((t) => t.prefix === spec.prefix && t.type !== spec.type);
  if (clash) throw new Error(`request type ${spec.type}: prefix ${spec.prefix} already used by ${clash.type}`);
  TYPES.set(spec.type, spec);
}

export const requestType = (type: string): RequestTypeSpec | null => TYPES.get(type) ?? null;
export const requestTypes = (): RequestTypeSpec[] => [...TYPES.values()];
export const typeLabel = (type: string): Pair => TYPES.get(type)?.label ?? DEFAULT_TYPE_LABELS[type] ?? { zh: type, en: type };
