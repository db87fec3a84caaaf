// The audit trail: list, verify, print (R-IT-1).
import { z } from 'zod';
import { out } from '../../contract/call';
import type { Role } from '../../contract/roles';
import { empty, idSchema } from '../../contract/schemas';
import { printTargetSchema } from '../../contract/print';
import type { AuditPage, PrintResult, VerifyReport } from '../../contract/types';

export const AUDIT_READERS = ['auditor', 'securityOfficer', 'gm'] as const satisfies readonly Role[];

export const auditFilterSchema = z
  .object({
    text: z.string().trim().max(100, 'v.tooLong').optional(),
    action: z.string().trim().max(64, 'v.tooLong').optional(),
    actorId: idSchema.optional(),
    from: z.iso.datetime({ offset: true, message: 'v.date' }).optional(),
    to: z.iso.datetime({ offset: true, message: 'v.date' }).optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditCalls = {
  // ---- audit trail ----
  'audit.list': out<AuditPage>().call(
    z.object({ filter: auditFilterSchema, offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) }).strict(),
    AUDIT_READERS,
  ),
  'audit.actions': out<string[]>().call(empty, AUDIT_READERS),
  /** runs every check and records the result as an auditVerification record (which can then be signed) */
  'audit.verify': out<VerifyReport & { id: string }>().call(empty, AUDIT_READERS),
  'audit.print': out<PrintResult>().call(z.object({ filter: auditFilterSchema, target: printTargetSchema }).strict(), AUDIT_READERS),
} as const;
