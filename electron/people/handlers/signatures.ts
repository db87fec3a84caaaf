// Handlers for the 'signatures' part of the contract.
import type { HandlerPart } from '../../core/handlers';
import { listSignatures, signRecord } from '../signatures';

export const signaturesHandlers: HandlerPart<'signatures'> = {
  'signatures.sign': (i, cx) => signRecord(cx.app, i),
  'signatures.list': (i, cx) => listSignatures(cx.db, i.recordType, i.recordId),
};
