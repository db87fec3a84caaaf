// The index lines (R-ARCH-3) as they go onto paper or into a spreadsheet: the index query of
// search.ts plus the few catalogue columns the screen does not show (document date, pages).
// Both the .xlsx export and the printed index register read from here, so they always agree.
import { getSettings } from '../../settings/settings';
import type { CustodyState, CustomerCategory, IndexRow, SearchFilter } from '../contract/calls';
import { DomainError } from '../../contract/result';
import type { Db } from '../../vault/db';
import { indexPage } from '../search';

/** One export/print covers at most this many lines; beyond it the operator filters first. */
export const MAX_INDEX_LINES = 100_000;

export interface IndexLine extends IndexRow {
  docType: string;
  docDate: string | null;
  pages: number | null;
  classificationLabel: string;
}

export const CUSTODY_LABELS: Record<CustodyState, string> = {
  intake: '待上架',
  onShelf: '在架',
  onLoan: '借出',
  inRepair: '修复中',
  pendingDestruction: '待销毁',
  destroyed: '已销毁',
};
export const CATEGORY_LABELS: Record<CustomerCategory, string> = { general: '一般客户', special: '特殊客户' };

export function indexLines(db: Db, filter: SearchFilter, max = MAX_INDEX_LINES): IndexLine[] {
  const page = indexPage(db, filter, 0, max + 1);
  if (page.total > max) throw new DomainError('TOO_LARGE', 'too many index lines', { total: page.total, max });
  const labels = getSettings(db).classificationLabels;
  const extra = new Map<number, { doc_type: string; doc_date: string | null; pages: number | null }>();
  const ids = page.rows.map((r) => r.itemId);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = db.prepare(`SELECT id, doc_type, doc_date, pages FROM items WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as {
      id: number;
      doc_type: string;
      doc_date: string | null;
      pages: number | null;
    }[];
    for (const r of rows) extra.set(r.id, r);
  }
  return page.rows.map((r) => {
    const e = extra.get(r.itemId);
    return {
      ...r,
      docType: e?.doc_type ?? '',
      docDate: e?.doc_date ?? null,
      pages: e?.pages ?? null,
      classificationLabel: labels[r.classification] ?? String(r.classification),
    };
  });
}
