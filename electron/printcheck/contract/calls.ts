// Print verification calls (issue 9): a page's code (typed, or its QR scanned — a USB scanner
// types it like a keyboard) → does that page match the vault now, and if not, what changed since.
import { z } from 'zod';
import { out } from '../../contract/call';
import { ROLES, type Role } from '../../contract/roles';

/** everyone who may hold a printed register may check it against the vault */
export const PRINTCHECK_READERS = ROLES satisfies readonly Role[];

/** current: the page and its register are as printed; outdated: something changed since (see
 *  changes); tampered: the code's check symbol fails or the QR does not match what was printed
 *  under it; unknown: a well-formed code this vault never printed; noRebuild: a genuine page of a
 *  register that cannot be built again for comparison; invalid: not a page code at all. */
export const PRINTCHECK_VERDICTS = ['current', 'outdated', 'tampered', 'unknown', 'noRebuild', 'invalid'] as const;
export type PrintCheckVerdict = (typeof PRINTCHECK_VERDICTS)[number];

export const printCheckInputSchema = z.object({ code: z.string().trim().min(1, 'v.required').max(200, 'v.tooLong') }).strict();

export interface PrintedRowRef {
  key: string;
  /** a few words of the row, as printed (or as it is now, for a row added since) */
  label: string;
}
export interface ChangedRow extends PrintedRowRef {
  /** headers of the columns whose printed content differs now */
  fields: string[];
}
export interface PrintCheckResult {
  verdict: PrintCheckVerdict;
  /** the code as normalized (11 symbols) */
  code: string;
  /** tampered: why — checkDigit | qrMismatch (with the QR fields that do not match) | noAuditEntry | recordAltered; noRebuild: none | failed */
  reason?: string;
  mismatch?: string[];
  print?: {
    registerCode: string;
    title: string;
    page: number;
    pages: number;
    firstRow: number;
    rowCount: number;
    printedAt: string;
    printedByName: string;
    target: 'pdf' | 'printer';
    auditHead: string;
    params: unknown;
  };
  /** present when the register was built again */
  changes?: {
    /** this page matches as printed (its rows, their content, their strike-through) */
    pageMatches: boolean;
    /** rows in the register now that no page of this printout had */
    added: PrintedRowRef[];
    /** rows of this page struck off since it was printed */
    struckOff: PrintedRowRef[];
    /** rows of this page that are no longer in the register (for its recorded filter) */
    removed: PrintedRowRef[];
    /** rows of this page whose content differs */
    changed: ChangedRow[];
    /** rows of the printout's other pages that differ (changed, struck off or gone) */
    otherPagesChanged: number;
    /** audit entries written since the recorded audit head */
    auditEntriesSince: number;
  };
}

/** One printout as recorded, with its page codes (page order). */
export interface RecentPrint {
  id: number;
  registerCode: string;
  title: string;
  printedAt: string;
  printedByName: string;
  target: 'pdf' | 'printer';
  pages: number;
  rowCount: number;
  codes: string[];
}

export const printcheckCalls = {
  'printcheck.verify': out<PrintCheckResult>().call(printCheckInputSchema, PRINTCHECK_READERS),
  'printcheck.recent': out<RecentPrint[]>().call(z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict(), PRINTCHECK_READERS),
} as const;
