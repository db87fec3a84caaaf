// Which of these items may not be destroyed because they are on hold (an open leak incident or
// another hold, R-SEC-7). The incidents domain owns holds (table item_holds); until its entry
// exports activeHolds this answers "none" — the one place to switch over.
import type { Db } from '../vault/db';
import type { Reader } from '../vault/sql';

export interface ItemHold {
  itemId: number;
  reason: string;
  ref: string;
}

export function itemHolds(_db: Db | Reader, _itemIds: number[]): ItemHold[] {
  return [];
}
