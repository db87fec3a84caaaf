// Handlers for the 'signatures' part of the contract.
import type { HandlerPart } from '../../core/handlers';
import { listSignatures, signRecord } from '../signatures';
import { requireSession } from '../sessionInfo';

export const signaturesHandlers: HandlerPart<'signatures'> = {
  'signatures.sign': (i, ctx) => signRecord(ctx, i),
  'signatures.list': (i, ctx) => listSignatures(requireSession(ctx).vault.db, i.recordType, i.recordId),
};
