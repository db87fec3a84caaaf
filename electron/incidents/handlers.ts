// Handlers for the incident calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import type { incidentCalls } from './contract/calls';
import { buildIncidentReport } from './registers/incident-report';
import { acknowledgeIncident, getIncident, incidentCounts, listIncidents, recordStep, reportIncident } from './incidents';
import { incidentDeadlines, setIncidentDeadlines } from './policy';

type IncidentCallName = Extract<CallName, keyof typeof incidentCalls>;

export const incidentHandlers: { [N in IncidentCallName]: Handler<N> } = {
  'incidents.list': ({ filter }, cx) => listIncidents(cx.db, cx.clock.now(), cx.actor, filter),
  'incidents.get': ({ incidentId }, cx) => getIncident(cx.db, cx.clock.now(), cx.actor, incidentId),
  'incidents.counts': (_input, cx) => incidentCounts(cx.db, cx.clock.now(), cx.actor),
  'incidents.report': (input, cx) => reportIncident(cx.vault, cx.clock, cx.actor, input),
  'incidents.acknowledge': (input, cx) => acknowledgeIncident(cx.vault, cx.clock, cx.actor, input),
  'incidents.step': (input, cx) => recordStep(cx.vault, cx.clock, cx.actor, input),
  'incidents.deadlines': (_input, cx) => incidentDeadlines(cx.db),
  'incidents.setDeadlines': (input, cx) => setIncidentDeadlines(cx.vault, cx.clock, cx.actor, input),
  'incidents.print': ({ incidentId, target }, cx) =>
    printRegister(cx, buildIncidentReport(cx.vault, cx.actor, incidentId, registerMeta(cx)), target, { incidentId }),
};
