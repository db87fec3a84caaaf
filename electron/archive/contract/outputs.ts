// The archive contract's outputs: what the calls in calls.ts return (types only; calls.ts
// re-exports them, so importers keep one entry).
import type { MaskableField } from './mask';
import type { Role } from '../../contract/roles';
import type { SignMeaning } from '../../contract/schemas';
import type { Carrier, Classification, CustodyState, CustomerCategory, CustomerSubType, IdKind, PARTY_KINDS, Retention, WritingMedium, Zone } from './calls';

export interface CustomerCreated {
  customerId: number;
  archiveId: number;
  archiveNo: string;
}
export interface CustomerDetail {
  id: number;
  category: CustomerCategory;
  subType: CustomerSubType;
  partyKind: (typeof PARTY_KINDS)[number];
  name: string;
  idKind: IdKind;
  idNumber: string | null;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  relationshipOwnerId: number | null;
  firstContactDate: string | null;
  remarks: string | null;
  archiveId: number;
  archiveNo: string;
  openedAt: string;
  itemCount: number;
}

/** customers.get / customers.update: the detail with personal identifiers masked, and which ones */
export type CustomerView = CustomerDetail & { masked: MaskableField[] };
export interface ItemCreated {
  id: number;
  archiveNo: string;
  /** 件号 within the archive: 1, 2, 3… in creation order, never reused */
  itemNo: number;
  /** the item's 档号, archive number + item number (contract/itemNumber.ts), e.g. TS-2026-00001-003 */
  itemArchiveNo: string;
  retentionUntil: string | null;
  /** R-ARCH-5 */
  nonDurable: boolean;
  warnings: 'nonDurableMedium'[];
}
export interface LocationRef {
  locationId: number;
  roomId: number;
  roomName: string;
  cabinetId: number;
  cabinetCode: string;
  shelf: number;
  position: number;
  /** 库房 › 柜 › 层 › 位 */
  label: string;
}
export interface ItemDetail {
  id: number;
  customerId: number;
  customerName: string;
  archiveNo: string;
  itemNo: number;
  /** the item's 档号 (archive number + item number) */
  itemArchiveNo: string;
  title: string;
  docType: string;
  docDate: string | null;
  pages: number | null;
  copies: number;
  carrier: Carrier;
  writingMedium: WritingMedium;
  nonDurable: boolean;
  retention: Retention;
  retentionUntil: string | null;
  classification: Classification;
  classificationLabel: string;
  custodianId: number | null;
  custodianName: string | null;
  remarks: string | null;
  location: LocationRef | null;
  custodyState: CustodyState;
  createdAt: string;
  /** R-USE-1: open under an access grant until this ISO time (the drawer closes then); null = standing permission */
  contentUntil: string | null;
  /** the grant's number when the content is open under a grant */
  contentGrantNo: string | null;
}
/** Whether an item's content is open to the signed-in user now (re-checked by an open item view). */
export interface ContentStatus {
  open: boolean;
  /** under a grant: when it ends */
  until: string | null;
  grantNo: string | null;
  /** main's clock when it answered */
  checkedAt: string;
}
/** One catalogue line (R-ARCH-3): visible without content permission. */
export interface IndexRow {
  itemId: number;
  archiveNo: string;
  itemNo: number;
  /** the item's 档号 (archive number + item number) */
  itemArchiveNo: string;
  customerId: number;
  customerName: string;
  category: CustomerCategory;
  title: string;
  classification: Classification;
  location: string | null;
  custodyState: CustodyState;
  /** R-SEC-2: carries the 机密/绝密 mark */
  remarks: string;
  /** the item's own remark, without the mark (the screen puts the mark in the UI language) */
  note: string | null;
}
export interface IndexPage {
  rows: IndexRow[];
  total: number;
}
export interface SearchHit {
  kind: 'customer' | 'item';
  id: number;
  customerId: number;
  archiveNo: string;
  /** items only (null for a customer hit): 件号 and the item's 档号 */
  itemNo: number | null;
  itemArchiveNo: string | null;
  /** customer name or item title */
  title: string;
  customerName: string;
  category: CustomerCategory;
  classification: Classification | null;
  custodyState: CustodyState | null;
  location: string | null;
}
export interface SearchPage {
  hits: SearchHit[];
  /** the number of hits, counted up to SEARCH_COUNT_CAP (search.ts): capped = there are more */
  total: number;
  /** set when total is the cap ("10 000+"): exactly `total` hits can be paged through */
  capped?: true;
}
export interface CustomerListRow {
  customerId: number;
  archiveNo: string;
  name: string;
  category: CustomerCategory;
  subType: string;
  openedAt: string;
  itemCount: number;
}
export interface CustomerListPage {
  rows: CustomerListRow[];
  /** exactly the rows reachable by paging (a query's matches are capped, see search.ts) */
  total: number;
  capped?: true;
}
/** locations.advise: what the shelving panel can offer the caller for this item */
export type PlacementAdvice =
  | { kind: 'slot'; slot: LocationRef }
  /** 机密/绝密 and the caller is not its custodian: only they may shelve it */
  | { kind: 'custodianOnly'; custodianName: string | null }
  /** no cabinet of the item's zone (and segregation) exists / all of them are full */
  | { kind: 'noCabinet' | 'full'; zone: CustomerCategory; segregated: boolean };
export interface RoomRow {
  id: number;
  name: string;
  cabinets: { id: number; code: string; name: string | null; zone: Zone; segregated: boolean; shelves: number; positions: number; free: number }[];
}
export interface ShelfMapCell {
  locationId: number;
  shelf: number;
  position: number;
  itemId: number | null;
  archiveNo: string | null;
  /** the item's 档号 (archive number + item number) */
  itemArchiveNo: string | null;
  title: string | null;
  classification: Classification | null;
}
export interface ShelfMap {
  cabinetId: number;
  code: string;
  zone: Zone;
  segregated: boolean;
  /** shelves top→bottom, each positions left→right */
  shelves: ShelfMapCell[][];
}
export interface MovementRow {
  id: number;
  itemId: number;
  from: string | null;
  to: string | null;
  at: string;
  byId: number;
  byName: string;
  reason: string | null;
}
export interface HandoverRow {
  id: number;
  itemId: number;
  fromCustodianId: number | null;
  toCustodianId: number;
  at: string;
  status: 'pending' | 'completed' | 'failed';
  remarks: string | null;
  signature: { signerName: string; meaning: SignMeaning; at: string; valid: boolean } | null;
}

export interface StaffRow {
  id: number;
  login: string;
  displayName: string;
  roles: Role[];
}
