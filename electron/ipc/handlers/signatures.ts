// Handlers for the 'signatures' part of the contract.
import type { HandlerPart } from '../handlers';
import { listSignatures, signRecord } from '../../auth/signatures';
import { requireSession } from '../../auth/sessionInfo';

export const signaturesHandlers: HandlerPart<'signatures'> = {
  'signatures.sign': (i, ctx) => signRecord(ctx, i),
  'signatures.list': (i, ctx) => listSignatures(requireSession(ctx).vault.db, i.recordType, i.recordId),
};
