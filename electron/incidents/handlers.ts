// Handlers for the incident calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { registerRegisterSource } from '../print/page-marks';
import { printRegister, registerMeta } from '../print/print-register';
import type { incidentCalls } from './contract/calls';
import { buildIncidentReport, INCIDENT_REPORT_CODE } from './registers/incident-report';
import { acknowledgeIncident, getIncident, incidentCounts, listIncidents, recordStep, reportIncident } from './incidents';
import { incidentDeadlines } from './policy';

type IncidentCallName = Extract<CallName, keyof typeof incidentCalls>;

export const incidentHandlers: { [N in IncidentCallName]: Handler<N> } = {
  'incidents.list': ({ filter }, cx) => listIncidents(cx.db, cx.clock.now(), cx.actor, filter),
  'incidents.get': ({ incidentId }, cx) => getIncident(cx.db, cx.clock.now(), cx.actor, incidentId),
  'incidents.counts': (_input, cx) => incidentCounts(cx.db, cx.clock.now(), cx.actor),
  'incidents.report': (input, cx) => reportIncident(cx.vault, cx.clock, cx.actor, input),
  'incidents.acknowledge': (input, cx) => acknowledgeIncident(cx.vault, cx.clock, cx.actor, input),
  'incidents.step': (input, cx) => recordStep(cx.vault, cx.clock, cx.actor, input),
  'incidents.deadlines': (_input, cx) => incidentDeadlines(cx.db),
  'incidents.print': ({ incidentId, target }, cx) => printRegister(cx, buildIncidentReport(cx.vault, incidentId, registerMeta(cx)), target, { incidentId }),
};

// print verification: the report is built again from the incident id it was printed for
registerRegisterSource(INCIDENT_REPORT_CODE, {
  rebuild: (vault, params, opts) => buildIncidentReport(vault, (params as { incidentId: number }).incidentId, opts),
  rowKey: (row) => String(row.k),
});
