// Demo helpers for the approval engine. The consumer domains (access, loans, copies) seed their
// own typed requests with these: demoRequest records (and submits) one, signDemoStep signs the
// waiting step at the machine as a demo person. The engine itself seeds nothing type-specific.
import type { AppContext } from '../core/context';
import type { DemoSeedContext } from '../core/domain';
import type { Writer } from '../vault/sql';
import type { Clock } from '../vault/clock';
import { newRequestSchema, type ApprovalRequest, type NewRequestInput } from './contract/calls';
import { createRequest } from './requests';
import { signRequest } from './sign';

export interface DemoRequestOptions extends NewRequestInput {
  /** demo login of whoever records it (default the operator wangjg) */
  by?: string;
}

/** Records a demo request (validated like approvals.create) inside the caller's transaction. */
export function demoRequest(w: Writer, clock: Clock, s: Pick<DemoSeedContext, 'users'>, opts: DemoRequestOptions): ApprovalRequest {
  const { by = 'wangjg', ...input } = opts;
  const id = s.users[by];
  if (!id) throw new Error(`demo: no user ${by}`);
  return createRequest(w, clock, { id, name: by, roles: [] }, newRequestSchema.parse(input));
}

/** Signs the waiting step of a request as `signerLogin` (ctx: a signed-in demo session, e.g. from asUser). */
export async function signDemoStep(
  ctx: AppContext,
  requestId: number,
  signerLogin: string,
  password: (login: string) => string,
  meaning: 'approved' | 'rejected' = 'approved',
  reason: string | null = null,
): Promise<ApprovalRequest> {
  return signRequest(ctx, ctx.clock, { requestId, meaning, reason, signerLogin, signerPassword: password(signerLogin) });
}

/** The engine seeds no requests of its own: the consumer domains seed theirs with the helpers above. */
export function seedApprovalsDemo(): void {}
