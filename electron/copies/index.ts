// The copies domain, main-process entry (R-SEC-3..5): copy / excerpt (复制登记), carry-out /
// transmission (外出携带登记), external provision (对外提供登记). Registers its three request types
// with the approval engine and the archive's export policy (a saved attachment is a copy).
import { registerRequestType } from '../approvals';
import { registerExportPolicy } from '../archive';
import { defineDomain } from '../core/domain';
import { DomainError } from '../contract/result';
import { connectionOf } from '../vault/sql';
import { isCarrier } from './carriers';
import { pledgeRecordType, PLEDGE_RECORD_TYPE } from './carry-outs';
import { copiesContract } from './contract';
import { carryOutDetailsSchema, copyDetailsSchema, provisionDetailsSchema } from './contract/calls';
import { copyExportPolicy } from './copies';
import { seedCopiesDemo } from './demo';
import { copiesEntityNames } from './entityNames';
import { copiesHandlers } from './handlers';

registerRequestType({ type: 'copy', prefix: 'FZ', label: { zh: '复制摘录申请', en: 'Copy request' }, details: copyDetailsSchema });
registerRequestType({
  type: 'carryOut',
  prefix: 'WC',
  label: { zh: '外出携带申请', en: 'Carry-out request' },
  details: carryOutDetailsSchema,
  // R-SEC-4: only a designated carrier; checked again when the carrier leaves
  onApproved(w, _clock, request) {
    const d = carryOutDetailsSchema.parse(request.details);
    if (!isCarrier(connectionOf(w), d.carrierId)) throw new DomainError('NOT_CARRIER', 'not a designated carrier');
  },
});
registerRequestType({
  type: 'externalProvision',
  prefix: 'DW',
  label: { zh: '对外提供申请', en: 'External provision request' },
  details: provisionDetailsSchema,
});
registerExportPolicy(copyExportPolicy);

export const copiesDomain = defineDomain({
  contract: copiesContract,
  handlers: copiesHandlers,
  recordTypes: { [PLEDGE_RECORD_TYPE]: pledgeRecordType },
  demo: seedCopiesDemo,
  entityNames: copiesEntityNames,
});
