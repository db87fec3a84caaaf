// Repair calls (R-INSP-2): a faded or damaged finding of a signed inspection (or one recorded by
// hand) opens a repair task: open → in repair (custody 'inRepair', off the shelf) → repaired (back
// on its shelf, with what was done) → verified at the next inspection. The repair register prints.
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';

export const REPAIR_READERS = BUSINESS_ROLES satisfies readonly Role[];
/** who sends an item to repair and takes it back: the information specialist or a custodian */
export const REPAIR_HANDLERS = ['operator', 'custodian'] as const satisfies readonly Role[];

export const REPAIR_STATES = ['open', 'inRepair', 'repaired', 'verified'] as const;
export type RepairState = (typeof REPAIR_STATES)[number];
export const REPAIR_FILTERS = ['all', 'open', 'inRepair', 'repaired', 'verified'] as const;
export type RepairFilter = (typeof REPAIR_FILTERS)[number];
export const REPAIR_KINDS = ['faded', 'damaged', 'mould', 'pests', 'damp', 'other'] as const;

const text = (min: number, max: number) => z.string().trim().min(min, 'v.required').max(max, 'v.tooLong');

export const repairCreateSchema = z.object({ itemId: idSchema, finding: z.enum(REPAIR_KINDS), note: text(1, 300) }).strict();
export const repairStartSchema = z
  .object({
    repairId: idSchema,
    /** who repairs and how (e.g. 送档案修复室：脱酸、托裱) */
    note: text(1, 300),
  })
  .strict();
export const repairFinishSchema = z
  .object({
    repairId: idSchema,
    /** what was done (R-INSP-2) */
    done: text(2, 500),
  })
  .strict();

export interface RepairEvent {
  kind: 'start' | 'finish' | 'verify';
  at: string;
  byName: string;
  note: string | null;
  inspectionNo: string | null;
}
export interface RepairRow {
  id: number;
  no: string;
  itemId: number;
  archiveNo: string;
  title: string;
  classification: number;
  finding: (typeof REPAIR_KINDS)[number];
  findingNote: string | null;
  inspectionId: number | null;
  inspectionNo: string | null;
  openedAt: string;
  openedByName: string;
  state: RepairState;
  events: RepairEvent[];
  /** the item's shelf position in words */
  location: string | null;
}
export interface RepairCounts {
  open: number;
  inRepair: number;
  repaired: number;
}

export const repairCalls = {
  'repairs.list': out<RepairRow[]>().call(z.object({ filter: z.enum(REPAIR_FILTERS).default('all'), itemId: idSchema.optional() }).strict(), REPAIR_READERS),
  'repairs.counts': out<RepairCounts>().call(z.object({}).strict(), REPAIR_READERS),
  'repairs.create': out<RepairRow>().call(repairCreateSchema, REPAIR_HANDLERS),
  'repairs.start': out<RepairRow>().call(repairStartSchema, REPAIR_HANDLERS),
  'repairs.finish': out<RepairRow>().call(repairFinishSchema, REPAIR_HANDLERS),
  'repairs.print': out<PrintResult>().call(z.object({ filter: z.enum(REPAIR_FILTERS).default('all'), target: printTargetSchema }).strict(), REPAIR_READERS),
} as const;
