// Handlers for the inspection calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { registerRegisterSource } from '../print/page-marks';
import type { inspectionCalls } from './contract/calls';
import { getInspection, listInspections, markItem, recordFinding, scanLabel, startInspection } from './inspections';
import { findingPhoto } from './photos';
import { createPlan, getInspectionPolicy, inspectionCounts, listPlans, setInspectionPolicy } from './plans';
import { signInspection } from './sign';
import { INSPECTION_RECORD_CODE, buildInspectionRecord } from './registers/inspection-record';

type InspectionCallName = Extract<CallName, keyof typeof inspectionCalls>;

export const inspectionHandlers: { [N in InspectionCallName]: Handler<N> } = {
  'inspections.plans': (_input, cx) => listPlans(cx.db, cx.clock.now()),
  'inspections.createPlan': (input, cx) => createPlan(cx.vault, cx.clock, cx.actor, input),
  'inspections.counts': (_input, cx) => inspectionCounts(cx.db, cx.clock.now()),
  'inspections.start': ({ planId }, cx) => startInspection(cx.vault, cx.clock, cx.actor, planId),
  'inspections.list': ({ planId }, cx) => listInspections(cx.db, planId),
  'inspections.get': ({ inspectionId }, cx) => getInspection(cx.db, inspectionId),
  'inspections.scan': (input, cx) => scanLabel(cx.vault, cx.clock, cx.actor, input),
  'inspections.mark': (input, cx) => markItem(cx.vault, cx.clock, cx.actor, input),
  'inspections.finding': (input, cx) => recordFinding(cx.vault, cx.clock, cx.actor, input),
  'inspections.photo': (input, cx) => findingPhoto(cx.db, input),
  'inspections.sign': (input, cx) => signInspection(cx.app, cx.clock, cx.actor, input),
  'inspections.print': ({ inspectionId, target }, cx) =>
    printRegister(cx, buildInspectionRecord(cx.vault, inspectionId, registerMeta(cx)), target, { inspectionId }),
  'inspections.policy': (_input, cx) => getInspectionPolicy(cx.db),
  'inspections.setPolicy': (input, cx) => setInspectionPolicy(cx.vault, cx.clock, cx.actor, input),
};

// print verification: the inspection record built again; an item is its 档号
registerRegisterSource(INSPECTION_RECORD_CODE, {
  rebuild: (vault, p, opts) => buildInspectionRecord(vault, (p as { inspectionId: number }).inspectionId, opts),
  rowKey: (row) => String(row.archiveNo),
});
