// What goes on a folder/box label: 档号 (an item label: the item's, archive number + item number),
// title, classification and the QR payload.
// Only index-line data (visible to every archive role, R-USE-1) — never item content.
import { getSettings } from '../../settings/settings';
import { canonicalJson } from '../../audit/canonical';
import { itemArchiveNo } from '../contract/itemNumber';
import { DomainError } from '../../contract/result';
import type { Db } from '../../vault/db';

export interface LabelData {
  archiveNo: string;
  /** item labels: the item's 档号, printed instead of the archive number; null on archive labels */
  itemArchiveNo: string | null;
  title: string;
  /** customer name (item labels) or item count (archive labels) */
  subtitle: string;
  classification: number;
  classificationLabel: string;
  /** what the QR code encodes: canonical JSON, so a scanner can look the thing up */
  qrPayload: string;
}

export const MAX_LABELS = 1000;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** One label per item, in the order asked for; an unknown id is an error (no silent blank label). */
export function itemLabels(db: Db, itemIds: number[]): LabelData[] {
  const labels = getSettings(db).classificationLabels;
  const rows = db
    .prepare(
      `SELECT i.id, i.item_no, i.title, i.classification, a.archive_no, c.name FROM items i JOIN archives a ON a.id = i.archive_id
         JOIN customers c ON c.id = a.customer_id WHERE i.id IN (${placeholders(itemIds.length)})`,
    )
    .all(...itemIds) as { id: number; item_no: number; title: string; classification: number; archive_no: string; name: string }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return itemIds.map((id) => {
    const r = byId.get(id);
    if (!r) throw new DomainError('NOT_FOUND', `item ${id} not found`);
    const no = itemArchiveNo(r.archive_no, r.item_no);
    return {
      archiveNo: r.archive_no,
      itemArchiveNo: no,
      title: r.title,
      subtitle: r.name,
      classification: r.classification,
      classificationLabel: labels[r.classification] ?? String(r.classification),
      qrPayload: canonicalJson({ archiveNo: r.archive_no, itemArchiveNo: no, itemId: r.id }),
    };
  });
}

/** One label per archive (the customer's folder/box): carries the highest classification inside. */
export function archiveLabels(db: Db, archiveIds: number[]): LabelData[] {
  const labels = getSettings(db).classificationLabels;
  const rows = db
    .prepare(
      `SELECT a.id, a.archive_no, c.name, count(i.id) AS items, coalesce(max(i.classification), 0) AS classification
         FROM archives a JOIN customers c ON c.id = a.customer_id LEFT JOIN items i ON i.archive_id = a.id
        WHERE a.id IN (${placeholders(archiveIds.length)}) GROUP BY a.id`,
    )
    .all(...archiveIds) as { id: number; archive_no: string; name: string; items: number; classification: number }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return archiveIds.map((id) => {
    const r = byId.get(id);
    if (!r) throw new DomainError('NOT_FOUND', `archive ${id} not found`);
    return {
      archiveNo: r.archive_no,
      itemArchiveNo: null,
      title: r.name,
      subtitle: `共 ${r.items} 件`,
      classification: r.classification,
      classificationLabel: labels[r.classification] ?? String(r.classification),
      qrPayload: canonicalJson({ archiveNo: r.archive_no, archiveId: r.id }),
    };
  });
}
