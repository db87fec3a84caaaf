// Handlers for the approvals calls: one domain function each.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import type { approvalCalls } from './contract/calls';
import { counts, inbox, listRequests } from './inbox';
import { getApprovalPolicy } from './policy';
import { requireRequest } from './read';
import { addAttachment, createRequestTx, expireDue, submitRequest, withdrawRequest } from './requests';
import { signRequest } from './sign';
import { requestTypes } from './types';

type ApprovalCallName = Extract<CallName, keyof typeof approvalCalls>;

export const approvalHandlers: { [N in ApprovalCallName]: Handler<N> } = {
  'approvals.create': (input, cx) => createRequestTx(cx.vault, cx.clock, cx.actor, input),
  'approvals.submit': ({ id }, cx) => submitRequest(cx.vault, cx.clock, cx.actor, id),
  'approvals.sign': (input, cx) => signRequest(cx.app, cx.clock, input),
  'approvals.withdraw': ({ id, reason }, cx) => withdrawRequest(cx.vault, cx.clock, cx.actor, id, reason),
  'approvals.attach': (input, cx) => addAttachment(cx.vault, cx.clock, cx.actor, input),
  'approvals.get': ({ id }, cx) => {
    expireDue(cx.vault, cx.clock);
    return requireRequest(cx.db, id);
  },
  'approvals.list': (input, cx) => listRequests(cx.vault, cx.clock, cx.actor, input),
  'approvals.inbox': (_input, cx) => inbox(cx.vault, cx.clock, cx.actor),
  'approvals.counts': (_input, cx) => counts(cx.vault, cx.clock, cx.actor),
  'approvals.types': () => requestTypes().map(({ type, prefix, label }) => ({ type, prefix, label })),
  'approvals.policy': (_input, cx) => getApprovalPolicy(cx.db),
};
