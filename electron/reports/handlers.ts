// Handlers for the report calls: one domain function each; the domain function owns the
// transaction and the audit entry; the print calls hand their register to the one printer.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { reportCharts } from './chart';
import type { reportsCalls } from './contract/calls';
import { registerRegisterSource } from '../print/page-marks';
import { buildDistributionRegister, buildReportCopy, DISTRIBUTION_REGISTER_CODE, REPORT_REGISTER_CODE } from './registers';
import { compileReport, distributeCopy, getReport, listReportRequests, listReports, releaseReport, requestReport, reviewReport, strikeCopy } from './reports';
import { getTemplate, listTemplates, proposeTemplateChange } from './templates';
import { exportReportXlsx } from './xlsx';

type ReportsCallName = Extract<CallName, keyof typeof reportsCalls>;

export const reportsHandlers: { [N in ReportsCallName]: Handler<N> } = {
  'reports.templates': (_i, cx) => listTemplates(cx.db),
  'reports.template': ({ templateId }, cx) => getTemplate(cx.db, templateId),
  'reports.proposeTemplate': (input, cx) => proposeTemplateChange(cx.vault, cx.clock, cx.actor, input),
  'reports.request': (input, cx) => requestReport(cx.vault, cx.clock, cx.actor, input),
  'reports.requests': (_i, cx) => listReportRequests(cx.db),
  'reports.compile': (input, cx) => compileReport(cx.vault, cx.clock, cx.actor, input),
  'reports.list': (_i, cx) => listReports(cx.db),
  'reports.get': ({ reportId }, cx) => getReport(cx.db, reportId),
  'reports.chart': ({ reportId }, cx) => reportCharts(getReport(cx.db, reportId).figures, 460, 240),
  'reports.review': (input, cx) => reviewReport(cx.app, cx.clock, cx.actor, input),
  'reports.release': (input, cx) => releaseReport(cx.vault, cx.clock, cx.actor, input),
  'reports.printCopy': ({ reportId, copyNo, target }, cx) =>
    printRegister(cx, buildReportCopy(cx.vault, reportId, copyNo, registerMeta(cx)), target, { reportId, copyNo }),
  'reports.distribute': (input, cx) => distributeCopy(cx.vault, cx.clock, cx.actor, input),
  'reports.strikeCopy': (input, cx) => strikeCopy(cx.vault, cx.clock, cx.actor, input),
  'reports.printDistribution': ({ reportId, target }, cx) =>
    printRegister(cx, buildDistributionRegister(cx.vault, reportId, registerMeta(cx)), target, { reportId }),
  'reports.exportXlsx': ({ reportId }, cx) => exportReportXlsx(cx, reportId),
};

// print verification: a copy and the distribution register built again from the vault; a figure row
// is its figure and group, a distribution row its copy
registerRegisterSource(REPORT_REGISTER_CODE, {
  rebuild: (vault, p, opts) => {
    const { reportId, copyNo } = p as { reportId: number; copyNo: number };
    return buildReportCopy(vault, reportId, copyNo, opts, false);
  },
  rowKey: (row) => `${String(row.figure)}|${String(row.group)}`,
});
registerRegisterSource(DISTRIBUTION_REGISTER_CODE, {
  rebuild: (vault, p, opts) => buildDistributionRegister(vault, (p as { reportId: number }).reportId, opts),
  rowKey: (row) => String(row.copy),
});
