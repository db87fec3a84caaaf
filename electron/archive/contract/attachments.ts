// Scanned attachments on archive items (issue 3: "optional scanned attachments stored encrypted
// inside the vault, size limit, type check"). The bytes travel as base64 over IPC and live as a
// BLOB in the SQLCipher vault (never as loose files). Reading is gated exactly like item
// content (R-USE-1, R-SEC-2); attachments are never deleted, only withdrawn with a reason.
import { z } from 'zod';
import { ARCHIVE_ROLES } from './calls';
import { out } from '../../contract/call';
import type { Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';

/** Per file. Shared with the renderer so it can refuse before reading a huge file. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** base64 length of ATTACHMENT_MAX_BYTES (4 chars per 3 bytes, padded) */
export const ATTACHMENT_MAX_BASE64 = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

/** Scans only: the type is decided by the file's magic bytes (main process), the name must agree. */
export const ATTACHMENT_TYPES = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/tiff': ['.tif', '.tiff'],
} as const;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_MIMES = Object.keys(ATTACHMENT_TYPES) as [AttachmentMime, ...AttachmentMime[]];

/** Who may add or withdraw (on top of the content gate): the people who keep items. */
const ATTACHMENT_WRITERS = ['operator', 'custodian'] as const satisfies readonly Role[];

// File names: no path separators or control characters (the name is offered again on download).
const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'v.required')
  .max(120, 'v.tooLong')
  .regex(/^[^/\\\u0000-\u001f]+$/, 'v.invalid');

export const attachmentAddSchema = z
  .object({
    itemId: idSchema,
    fileName: fileNameSchema,
    mime: z.enum(ATTACHMENT_MIMES, 'v.attachmentType'),
    // length first (cheap), then the alphabet: a 28 MB string is checked before any decoding
    dataBase64: z
      .string()
      .min(1, 'v.required')
      .max(ATTACHMENT_MAX_BASE64, 'v.attachmentTooLarge')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'v.invalid')
      .refine((s) => s.length % 4 === 0, 'v.invalid'),
  })
  .strict();
export type AttachmentAddInput = z.output<typeof attachmentAddSchema>;

export interface AttachmentRow {
  id: number;
  itemId: number;
  fileName: string;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  addedAt: string;
  addedByName: string;
  /** null while current; withdrawn attachments stay in the history (never deleted) */
  withdrawn: { at: string; byName: string; reason: string } | null;
}

export interface AttachmentContent {
  id: number;
  fileName: string;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  dataBase64: string;
}

export const attachmentCalls = {
  'attachments.add': out<AttachmentRow>().call(attachmentAddSchema, ATTACHMENT_WRITERS),
  /** current attachments; includeWithdrawn shows the history too */
  'attachments.list': out<AttachmentRow[]>().call(z.object({ itemId: idSchema, includeWithdrawn: z.boolean().optional() }).strict(), ARCHIVE_ROLES),
  /** the bytes, re-checked against the stored sha256; a classified item's read is audited */
  'attachments.get': out<AttachmentContent>().call(z.object({ id: idSchema }).strict(), ARCHIVE_ROLES),
  /** a copy to a file the operator chooses in main's save dialog (written by main, audited for every level) */
  'attachments.save': out<{ path: string }>().call(z.object({ id: idSchema }).strict(), ARCHIVE_ROLES),
  /** no deletion of archive content: withdrawn with a reason, audited, kept in the history */
  'attachments.withdraw': out<AttachmentRow>().call(
    z.object({ id: idSchema, reason: z.string().trim().min(1, 'v.required').max(200, 'v.tooLong') }).strict(),
    ATTACHMENT_WRITERS,
  ),
} as const;
