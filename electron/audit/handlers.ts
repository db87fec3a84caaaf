// Handlers for the 'audit' part of the contract ('audit.print' is in the domain entry, index.ts).
import type { HandlerTable } from '../core/handlers';
import { auditActions, auditPage } from './query';
import { verifyAndRecord } from './verifications';

export const auditHandlers: Pick<HandlerTable, 'audit.list' | 'audit.actions' | 'audit.verify'> = {
  'audit.list': (i, cx) => auditPage(cx.db, i.filter, i.offset, i.limit, cx.locale),
  'audit.actions': (_i, cx) => auditActions(cx.db),
  'audit.verify': (_i, cx) => verifyAndRecord(cx),
};
