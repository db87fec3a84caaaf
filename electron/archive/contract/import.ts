// Files in and out of the archive (R-ARCH-3): spreadsheet import (preview → commit, all or
// nothing), the index as .xlsx, the printed index register and label sheets.
// Spread into `contract` in index.ts.
import { z } from 'zod';
import { ARCHIVE_ROLES, searchFilterSchema } from './calls';
import { out } from '../../contract/call';
import type { Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';

/** 20 MB of file → its base64 length (4 chars per 3 bytes). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

export const IMPORT_KINDS = ['customers', 'items'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** customers: like customers.create; items: like items.create (checked again per kind in the handler) */
const IMPORTERS = ['operator', 'devSpecialist'] as const satisfies readonly Role[];
const LABEL_PRINTERS = ['operator', 'custodian'] as const satisfies readonly Role[];

const jobId = z.uuid('v.invalid');
const locale = z.enum(['zh-CN', 'en']).default('zh-CN');

export const importPreviewInputSchema = z
  .object({
    /** chosen by the renderer (crypto.randomUUID()) so it can poll import.progress while preview runs */
    jobId,
    kind: z.enum(IMPORT_KINDS),
    fileName: z
      .string()
      .trim()
      .min(1, 'v.required')
      .max(200, 'v.tooLong')
      .regex(/\.(xlsx|csv)$/i, 'v.fileType'),
    dataBase64: z
      .string()
      .min(1, 'v.required')
      .max(MAX_BASE64, 'v.fileTooLarge')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'v.invalid'),
    /** language of the per-row messages */
    locale,
  })
  .strict();

export interface ImportRowError {
  /** the spreadsheet's row number */
  row: number;
  /** template column header, e.g. 证件号码 */
  column: string;
  key: string;
  message: string;
}
export interface ImportPreview {
  jobId: string;
  kind: ImportKind;
  fileName: string;
  encoding: 'utf-8' | 'gbk' | null;
  rows: number;
  valid: number;
  errors: ImportRowError[];
  sample: Record<string, string>[];
  nonDurable: number;
}
export interface ImportProgress {
  phase: 'reading' | 'validating' | 'ready' | 'invalid' | 'writing' | 'done' | 'failed';
  done: number;
  total: number;
}
export interface ImportCommitted {
  kind: ImportKind;
  rows: number;
  ids: number[];
  fileSha256: string;
}
export interface ExportResult {
  path: string;
  rows: number;
}

const printTarget = z.enum(['pdf', 'printer']);

export const importCalls = {
  'import.preview': out<ImportPreview>().call(importPreviewInputSchema, IMPORTERS),
  'import.progress': out<ImportProgress>().call(z.object({ jobId }).strict(), IMPORTERS),
  /** refused unless every row of the preview was valid; writes all rows in one transaction */
  'import.commit': out<ImportCommitted>().call(z.object({ jobId, locale }).strict(), IMPORTERS),
  'import.discard': out<void>().call(z.object({ jobId }).strict(), IMPORTERS),
  /** an empty template (.xlsx: headers, one example row, a sheet of accepted words), via the FileSaver port */
  'import.template': out<ExportResult>().call(z.object({ kind: z.enum(IMPORT_KINDS) }).strict(), IMPORTERS),

  /** the index as .xlsx, saved where the operator chooses (FileSaver port) */
  'archive.exportIndex': out<ExportResult>().call(z.object({ filter: searchFilterSchema.default({}) }).strict(), ARCHIVE_ROLES),
  /** 档案索引 register (R-ARCH-3, R-SEC-2) */
  'archive.printIndex': out<PrintResult>().call(z.object({ filter: searchFilterSchema.default({}), target: printTarget }).strict(), ARCHIVE_ROLES),
  /** A4 label sheets: one label per item, or one per archive (folder/box) */
  'archive.printLabels': out<PrintResult>().call(
    z
      .object({
        itemIds: z.array(idSchema).max(1000, 'v.range').optional(),
        archiveIds: z.array(idSchema).max(1000, 'v.range').optional(),
        /** labels already used on the first sheet */
        skip: z.number().int().min(0).max(13).default(0),
        target: printTarget,
      })
      .strict()
      .refine((v) => (v.itemIds?.length ?? 0) + (v.archiveIds?.length ?? 0) > 0, { message: 'v.required', path: ['itemIds'] })
      .refine((v) => !(v.itemIds?.length && v.archiveIds?.length), { message: 'v.invalid', path: ['archiveIds'] }),
    LABEL_PRINTERS,
  ),
} as const;
