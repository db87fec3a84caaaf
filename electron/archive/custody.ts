// Custody state (R-LOAN-1): DERIVED from custody_events, latest event wins. items.custody_state
// is only a cache written by the custody_events_derive trigger (so 1M items can be filtered by
// state through an index); nothing else writes it. Later issues (loans, repair, destruction)
// append events through recordCustodyEvent.
import type { CustodyState } from './contract/calls';
import type { Db } from '../vault/db';

export type CustodyEventState = Exclude<CustodyState, 'intake'>;

/** Call inside vault.tx(), together with the record that caused it and an audit entry. */
export function recordCustodyEvent(
  db: Db,
  e: { itemId: number; state: CustodyEventState; at: string; byId: number | null; refType?: string; refId?: string | number },
): void {
  db.prepare('INSERT INTO custody_events(item_id, state, at, by_id, ref_type, ref_id) VALUES (?, ?, ?, ?, ?, ?)').run(
    e.itemId,
    e.state,
    e.at,
    e.byId,
    e.refType ?? null,
    e.refId == null ? null : String(e.refId),
  );
}

/** Recomputes the state from the records (no events yet = 'intake'). */
export function deriveCustodyState(db: Db, itemId: number): CustodyState {
  const s = db.prepare('SELECT state FROM custody_events WHERE item_id = ? ORDER BY id DESC LIMIT 1').pluck().get(itemId) as CustodyEventState | undefined;
  return s ?? 'intake';
}
