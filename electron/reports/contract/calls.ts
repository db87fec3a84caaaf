// Statistical report calls (R-REP-1..5). A template is declarative: a list of figures, each a count
// over one of a fixed set of vetted sources (customers, items, loans, access, copies, destruction,
// inspections), optionally grouped (category, sub-type, classification, carrier, month, status) and
// filtered (category, classification); never SQL from a user. Changing a template is a GM-approved
// 'reportTemplate' request (MB); a department's periodic report request is a 'reportRequest' (BQ):
// CS-manager review, then GM approval. A compiled report names its template version, is reviewed
// by the information supervisor and the CS manager (both signing), and is released in N numbered
// copies with a distribution register (copies recalled or destroyed are struck off, never deleted).
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import { anyPasswordSchema, idSchema, loginSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';

export const REPORT_READERS = BUSINESS_ROLES satisfies readonly Role[];
/** who compiles, proposes template changes, releases and keeps the distribution register */
export const REPORT_EDITORS = ['operator', 'infoSupervisor', 'csManager'] as const satisfies readonly Role[];
/** R-REP-5: the two reviewers */
export const REVIEW_ROLES = ['infoSupervisor', 'csManager'] as const satisfies readonly Role[];
export type ReviewRole = (typeof REVIEW_ROLES)[number];

export const REPORT_SOURCES = ['customers', 'items', 'loans', 'access', 'copies', 'destruction', 'inspections'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];
export const GROUP_BYS = ['none', 'category', 'subType', 'classification', 'carrier', 'month', 'status'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const CHART_KINDS = ['none', 'bar', 'pie'] as const;

/** What each vetted source can be grouped and filtered by (the SQL behind it is in electron/reports/sources.ts). */
export const SOURCE_CAPS: Record<ReportSource, { groupBy: readonly GroupBy[]; category: boolean; classification: boolean }> = {
  customers: { groupBy: ['none', 'category', 'subType', 'month'], category: true, classification: false },
  items: { groupBy: ['none', 'category', 'classification', 'carrier', 'month'], category: true, classification: true },
  loans: { groupBy: ['none', 'category', 'classification', 'month', 'status'], category: true, classification: true },
  access: { groupBy: ['none', 'month', 'status'], category: false, classification: false },
  copies: { groupBy: ['none', 'category', 'classification', 'month', 'status'], category: true, classification: true },
  destruction: { groupBy: ['none', 'category', 'classification', 'carrier', 'month'], category: true, classification: true },
  inspections: { groupBy: ['none', 'month', 'status'], category: false, classification: false },
};

const level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export const figureSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'v.figureKey'),
    label: z.string().trim().min(1, 'v.required').max(60, 'v.tooLong'),
    source: z.enum(REPORT_SOURCES),
    groupBy: z.enum(GROUP_BYS).default('none'),
    /** filters: only these categories / classifications (absent = all) */
    categories: z
      .array(z.enum(['general', 'special']))
      .min(1)
      .max(2)
      .optional(),
    classifications: z.array(level).min(1).max(4).optional(),
    chart: z.enum(CHART_KINDS).default('none'),
  })
  .strict()
  .superRefine((f, ctx) => {
    const caps = SOURCE_CAPS[f.source];
    if (!caps.groupBy.includes(f.groupBy)) ctx.addIssue({ code: 'custom', path: ['groupBy'], message: 'v.groupByUnsupported' });
    if (f.categories && !caps.category) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'v.filterUnsupported' });
    if (f.classifications && !caps.classification) ctx.addIssue({ code: 'custom', path: ['classifications'], message: 'v.filterUnsupported' });
    if (f.chart !== 'none' && f.groupBy === 'none') ctx.addIssue({ code: 'custom', path: ['chart'], message: 'v.chartNeedsGroups' });
  });
export type Figure = z.output<typeof figureSchema>;
export type FigureInput = z.input<typeof figureSchema>;

export const definitionSchema = z
  .object({ figures: z.array(figureSchema).min(1, 'v.figuresEmpty').max(30, 'v.figuresTooMany') })
  .strict()
  .refine((d) => new Set(d.figures.map((f) => f.key)).size === d.figures.length, { path: ['figures'], message: 'v.figureKeyDuplicate' });
export type TemplateDefinition = z.output<typeof definitionSchema>;

const dayRe = /^\d{4}-\d{2}-\d{2}$/;
export const daySchema = z.string().regex(dayRe, 'v.date');
export const periodSchema = z
  .object({ from: daySchema, to: daySchema })
  .strict()
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'v.periodOrder' });

const text = (max: number) => z.string().trim().max(max, 'v.tooLong');
const required = (max: number) => text(max).min(1, 'v.required');

export const proposeTemplateSchema = z
  .object({
    /** null: a new template */
    templateId: idSchema.nullable(),
    name: required(60),
    definition: definitionSchema,
    reason: required(500),
  })
  .strict();
export type ProposeTemplateInput = z.output<typeof proposeTemplateSchema>;

/** the 'reportTemplate' request's details (validated again by the approval engine) */
export const templateChangeDetailsSchema = z
  .object({ templateId: idSchema.nullable(), baseVersion: z.number().int().min(0), name: required(60), definition: definitionSchema })
  .strict();

export const reportRequestSchema = z
  .object({
    templateId: idSchema,
    /** the requesting department and the person who asked */
    department: required(100),
    requesterName: required(60),
    period: periodSchema,
    /** 月报 / 季报 / 年报 */
    frequency: z.enum(['monthly', 'quarterly', 'yearly', 'once']),
    copies: z.number().int().min(1, 'v.range').max(50, 'v.range'),
    purpose: required(200),
  })
  .strict();
export type ReportRequestInput = z.output<typeof reportRequestSchema>;
export const reportRequestDetailsSchema = z
  .object({
    templateId: idSchema,
    period: periodSchema,
    frequency: z.enum(['monthly', 'quarterly', 'yearly', 'once']),
    copies: z.number().int().min(1).max(50),
  })
  .strict();

export const compileSchema = z.object({ templateId: idSchema, period: periodSchema, requestId: idSchema.nullable().default(null) }).strict();
export type CompileInput = z.output<typeof compileSchema>;

export const reviewSchema = z.object({ reportId: idSchema, as: z.enum(REVIEW_ROLES), signerLogin: loginSchema, signerPassword: anyPasswordSchema }).strict();
export type ReviewInput = z.output<typeof reviewSchema>;

export const releaseSchema = z.object({ reportId: idSchema, copies: z.number().int().min(1, 'v.range').max(50, 'v.range') }).strict();
const copyRef = { reportId: idSchema, copyNo: z.number().int().min(1, 'v.range').max(50, 'v.range') };
export const distributeSchema = z.object({ ...copyRef, recipientName: required(60), recipientUnit: required(100) }).strict();
export type DistributeInput = z.output<typeof distributeSchema>;
export const strikeSchema = z.object({ ...copyRef, kind: z.enum(['recalled', 'destroyed']), reason: required(300) }).strict();
export type StrikeInput = z.output<typeof strikeSchema>;

// ---- outputs ----
export interface FigureRow {
  /** the group's code ('general', '2', '2026-11', …; '' for an ungrouped figure) */
  group: string;
  /** the group in words (zh), as printed */
  label: string;
  value: number;
}
export interface FigureResult {
  key: string;
  label: string;
  source: ReportSource;
  groupBy: GroupBy;
  chart: (typeof CHART_KINDS)[number];
  rows: FigureRow[];
  total: number;
}
export interface TemplateVersion {
  version: number;
  name: string;
  definition: TemplateDefinition;
  requestNo: string | null;
  createdAt: string | null;
}
export interface TemplateSummary {
  id: number;
  name: string;
  version: number;
  figures: number;
  /** a change waiting for the GM */
  pending: { requestId: number; no: string }[];
}
export interface TemplateDetail extends TemplateSummary {
  versions: TemplateVersion[];
}
export interface ReviewRow {
  as: ReviewRole;
  signerName: string;
  at: string;
  signatureId: number;
  verified: boolean;
}
export interface CopyRow {
  copyNo: number;
  distribution: { recipientName: string; recipientUnit: string; receivedAt: string; byName: string } | null;
  strike: { kind: 'recalled' | 'destroyed'; reason: string; at: string; byName: string } | null;
}
export type ReportStatus = 'compiled' | 'reviewed' | 'released';
export interface ReportSummary {
  id: number;
  no: string;
  templateId: number;
  templateName: string;
  templateVersion: number;
  period: { from: string; to: string };
  requestNo: string | null;
  status: ReportStatus;
  compiledAt: string;
  compiledByName: string;
  copiesTotal: number | null;
}
export interface ReportDetail extends ReportSummary {
  figures: FigureResult[];
  reviews: ReviewRow[];
  copies: CopyRow[];
  releasedAt: string | null;
  releasedByName: string | null;
}
export interface ReportRequestRow {
  id: number;
  no: string;
  status: string;
  department: string;
  requesterName: string;
  purpose: string;
  templateId: number;
  period: { from: string; to: string };
  frequency: string;
  copies: number;
  /** reports compiled for it */
  reports: string[];
}

const templateRef = z.object({ templateId: idSchema }).strict();
const reportRef = z.object({ reportId: idSchema }).strict();

export const reportsCalls = {
  'reports.templates': out<TemplateSummary[]>().call(z.object({}).strict(), REPORT_READERS),
  'reports.template': out<TemplateDetail>().call(templateRef, REPORT_READERS),
  'reports.proposeTemplate': out<{ requestId: number; no: string }>().call(proposeTemplateSchema, REPORT_EDITORS),
  'reports.request': out<{ requestId: number; no: string }>().call(reportRequestSchema, REPORT_EDITORS),
  'reports.requests': out<ReportRequestRow[]>().call(z.object({}).strict(), REPORT_READERS),
  'reports.compile': out<ReportDetail>().call(compileSchema, REPORT_EDITORS),
  'reports.list': out<ReportSummary[]>().call(z.object({}).strict(), REPORT_READERS),
  'reports.get': out<ReportDetail>().call(reportRef, REPORT_READERS),
  'reports.chart': out<{ key: string; label: string; svg: string }[]>().call(reportRef, REPORT_READERS),
  'reports.review': out<ReportDetail>().call(reviewSchema, REPORT_READERS),
  'reports.release': out<ReportDetail>().call(releaseSchema, REPORT_EDITORS),
  'reports.printCopy': out<PrintResult>().call(z.object({ ...copyRef, target: printTargetSchema }).strict(), REPORT_EDITORS),
  'reports.distribute': out<ReportDetail>().call(distributeSchema, REPORT_EDITORS),
  'reports.strikeCopy': out<ReportDetail>().call(strikeSchema, REPORT_EDITORS),
  'reports.printDistribution': out<PrintResult>().call(z.object({ reportId: idSchema, target: printTargetSchema }).strict(), REPORT_EDITORS),
  'reports.exportXlsx': out<{ path: string; fileName: string }>().call(reportRef, REPORT_READERS),
} as const;
