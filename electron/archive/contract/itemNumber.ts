// Item numbers (件号, glossary itemNo): every item is numbered within its archive, 1, 2, 3… in
// creation order, never reused; its 档号 is the archive number and the item number,
// TS-2026-00001 + 3 → TS-2026-00001-003. Pure: the index, search, item detail, labels, the index
// register and the .xlsx export (main) and the screens (renderer) all format it here, so the
// format lives in this one place.

/** between the archive number and the item number */
export const ITEM_NO_SEPARATOR = '-';
/** zero-padded to this many digits (item 1000 prints as 1000) */
export const ITEM_NO_DIGITS = 3;

/** The item's 档号: archive number + item number, e.g. TS-2026-00001-003. */
export const itemArchiveNo = (archiveNo: string, itemNo: number): string => `${archiveNo}${ITEM_NO_SEPARATOR}${String(itemNo).padStart(ITEM_NO_DIGITS, '0')}`;

/**
 * The archive number a typed item-档号 prefix names ('TS-2026-00001-0' → 'TS-2026-00001'), or
 * null when the text cannot be one (no separator, or something other than digits after it).
 * Which items match is then decided with itemArchiveNo() itself (startsWith), never by a second
 * copy of the format.
 */
export function archiveNoOfItemPrefix(q: string): string | null {
  const cut = q.lastIndexOf(ITEM_NO_SEPARATOR);
  if (cut <= 0 || !/^\d*$/.test(q.slice(cut + ITEM_NO_SEPARATOR.length))) return null;
  return q.slice(0, cut);
}
