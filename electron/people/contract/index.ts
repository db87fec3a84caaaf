// The people domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart, defineMessages } from '../../contract/domain';
import { peopleAuditActions } from './audit-actions';
import { peopleCalls } from './calls';

export const peopleContract = defineContractPart({
  name: 'people',
  calls: peopleCalls,
  // the foundation's messages are the core table (electron/contract/messages.ts)
  messages: defineMessages({}, {}),
  auditActions: peopleAuditActions,
  entities: {
    user: { zh: '用户', en: 'User' },
    auth: { zh: '账户', en: 'Account' },
    vault: { zh: '档案库', en: 'Vault' },
    workstation: { zh: '本机', en: 'Workstation' },
  },
});
