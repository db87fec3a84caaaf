// The reports domain, main-process entry (R-REP-1..5): declarative templates over vetted sources,
// their versions filed only on the GM's approval ('reportTemplate', MB), a department's report
// request ('reportRequest', BQ: CS-manager review, GM approval), reports compiled from live data
// naming their template version, reviewed by two signers, released in numbered copies with a
// distribution register; charts (ECharts SVG) and .xlsx export.
import { registerRequestType } from '../approvals';
import { defineDomain } from '../core/domain';
import { reportsEntityNames } from './auditNames';
import { reportsContract } from './contract';
import { reportRequestDetailsSchema, templateChangeDetailsSchema } from './contract/calls';
import { seedReportsDemo } from './demo';
import { reportsHandlers } from './handlers';
import { REPORT_RECORD_TYPE, REPORT_REQUEST_TYPE, reportRecordType } from './reports';
import { onTemplateChangeApproved, TEMPLATE_CHANGE_TYPE } from './templates';

registerRequestType({
  type: TEMPLATE_CHANGE_TYPE,
  prefix: 'MB',
  label: { zh: '报表模板修改申请', en: 'Report template change' },
  details: templateChangeDetailsSchema,
  onApproved: onTemplateChangeApproved,
});
registerRequestType({
  type: REPORT_REQUEST_TYPE,
  prefix: 'BQ',
  label: { zh: '统计报表申请', en: 'Report request' },
  details: reportRequestDetailsSchema,
});

export const reportsDomain = defineDomain({
  contract: reportsContract,
  handlers: reportsHandlers,
  recordTypes: { [REPORT_RECORD_TYPE]: reportRecordType },
  entityNames: reportsEntityNames,
  demo: seedReportsDemo,
});
