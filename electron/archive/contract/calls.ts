// Archive calls (R-CUST-1, R-ARCH-1..5, R-SEC-2, R-LOAN-1, R-USE-1): customers and their
// archives, items, locations, custody, search and the index. Spread into `contract` in index.ts.
import { z } from 'zod';
import type {
  ContentStatus,
  CustomerCreated,
  CustomerListPage,
  CustomerView,
  HandoverRow,
  IndexPage,
  ItemCreated,
  ItemDetail,
  LocationRef,
  MovementRow,
  PlacementAdvice,
  RoomRow,
  SearchPage,
  ShelfMap,
  StaffRow,
} from './outputs';
import { MASKABLE_FIELDS } from './mask';
import { out } from '../../contract/call';
import { isValidResidentId, isValidUscc, normaliseIdNumber } from './idNumbers';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import { anyPasswordSchema, idSchema, loginSchema } from '../../contract/schemas';

// ---- vocabularies (glossary names) ----
export const CUSTOMER_CATEGORIES = ['general', 'special'] as const;
export type CustomerCategory = (typeof CUSTOMER_CATEGORIES)[number];
/** R-CUST-1 sub-types per category (Art. 3) */
export const CUSTOMER_SUB_TYPES = {
  general: ['distributor', 'individual'],
  special: ['lawyer', 'financialAdviser', 'advertising', 'publicRelations', 'bank', 'insurer', 'otherPartner'],
} as const satisfies Record<CustomerCategory, readonly string[]>;
export const ALL_SUB_TYPES = [...CUSTOMER_SUB_TYPES.general, ...CUSTOMER_SUB_TYPES.special] as const;
export type CustomerSubType = (typeof ALL_SUB_TYPES)[number];
export const PARTY_KINDS = ['person', 'institution'] as const;
export const ID_KINDS = ['uscc', 'residentId', 'passport', 'other'] as const;
export type IdKind = (typeof ID_KINDS)[number];

export const CARRIERS = ['paper', 'opticalDisc', 'usb', 'film', 'electronic'] as const;
export type Carrier = (typeof CARRIERS)[number];
export const WRITING_MEDIA = ['carbonInk', 'blueBlackInk', 'print', 'ballpoint', 'pencil', 'thermalPaper', 'other'] as const;
export type WritingMedium = (typeof WRITING_MEDIA)[number];
/** R-ARCH-5: these fade; flagged at intake */
export const NON_DURABLE_MEDIA: readonly WritingMedium[] = ['ballpoint', 'pencil', 'thermalPaper'];
export const RETENTIONS = ['10y', '30y', 'permanent'] as const;
export type Retention = (typeof RETENTIONS)[number];
/** 0 普通, 1 秘密, 2 机密, 3 绝密 (labels are settings.classificationLabels) */
export type Classification = 0 | 1 | 2 | 3;
/** R-SEC-2: from this level on an item needs a custodian and a segregated location */
export const CLASSIFIED_FROM = 2;
export const ZONES = ['general', 'special', 'any'] as const;
export type Zone = (typeof ZONES)[number];
/**
 * R-LOAN-1 custody states. 'intake' (待上架) is the one state beyond the glossary's five: an item
 * registered but never placed is on no shelf, and calling it onShelf would hide where it is.
 */
export const CUSTODY_STATES = ['intake', 'onShelf', 'onLoan', 'inRepair', 'pendingDestruction', 'destroyed'] as const;
export type CustodyState = (typeof CUSTODY_STATES)[number];

/** Roles that see index lines (R-USE-1). Not sysAdmin/securityOfficer/auditor: 三员分立. */
export const ARCHIVE_ROLES = BUSINESS_ROLES satisfies readonly Role[];
const KEEPERS = ['operator'] as const satisfies readonly Role[];
const PLACERS = ['operator', 'custodian'] as const satisfies readonly Role[];

// ---- schemas ----
const text = (max: number) => z.string().trim().max(max, 'v.tooLong');
const optText = (max: number) =>
  text(max)
    .optional()
    .transform((s) => (s ? s : undefined));
const dateSchema = z.iso.date('v.dateFormat');

const customerFields = z
  .object({
    category: z.enum(CUSTOMER_CATEGORIES),
    subType: z.enum(ALL_SUB_TYPES),
    partyKind: z.enum(PARTY_KINDS),
    name: text(100).min(1, 'v.required'),
    idKind: z.enum(ID_KINDS),
    idNumber: z.string().max(40, 'v.tooLong').transform(normaliseIdNumber).optional(),
    contactPerson: optText(40),
    phone: optText(30).refine((p) => p === undefined || /^[0-9+()\- ]{3,30}$/.test(p), 'v.phone'),
    email: optText(100).refine((e) => e === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e), 'v.email'),
    address: optText(200),
    relationshipOwnerId: idSchema.optional(),
    firstContactDate: dateSchema.optional(),
    remarks: optText(500),
  })
  .strict();

/** R-ARCH-1 standardised form: sub-type fits the category, ID numbers pass their checksum. */
function checkCustomer(c: z.output<typeof customerFields>, ctx: z.RefinementCtx): void {
  if (!(CUSTOMER_SUB_TYPES[c.category] as readonly string[]).includes(c.subType)) {
    ctx.addIssue({ code: 'custom', path: ['subType'], message: 'v.subTypeCategory' });
  }
  const n = c.idNumber ?? '';
  if (c.idKind === 'uscc' && !isValidUscc(n)) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'v.uscc' });
  if (c.idKind === 'residentId' && !isValidResidentId(n)) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'v.residentId' });
  if (c.idKind === 'uscc' && c.partyKind === 'person') ctx.addIssue({ code: 'custom', path: ['idKind'], message: 'v.idKindParty' });
  if (c.idKind === 'residentId' && c.partyKind === 'institution') ctx.addIssue({ code: 'custom', path: ['idKind'], message: 'v.idKindParty' });
}

export const customerInputSchema = customerFields.superRefine(checkCustomer);
/** The category cannot change: the archive number carries it. */
export const customerUpdateSchema = customerFields.extend({ id: idSchema }).strict().superRefine(checkCustomer);
export type CustomerInput = z.output<typeof customerInputSchema>;
export type CustomerUpdate = z.output<typeof customerUpdateSchema>;

export const itemInputSchema = z
  .object({
    customerId: idSchema,
    title: text(200).min(1, 'v.required'),
    docType: text(40).min(1, 'v.required'),
    docDate: dateSchema.optional(),
    pages: z.number('v.pagesRange').int('v.pagesRange').min(0, 'v.pagesRange').max(100000, 'v.pagesRange').optional(),
    copies: z.number('v.copiesRange').int('v.copiesRange').min(1, 'v.copiesRange').max(1000, 'v.copiesRange').default(1),
    carrier: z.enum(CARRIERS),
    writingMedium: z.enum(WRITING_MEDIA),
    retention: z.enum(RETENTIONS),
    classification: z.number().int().min(0, 'v.range').max(3, 'v.range'),
    custodianId: idSchema.optional(),
    remarks: optText(500),
  })
  .strict()
  .refine((i) => i.classification < CLASSIFIED_FROM || i.custodianId !== undefined, {
    path: ['custodianId'],
    message: 'v.custodianRequired',
  });
export type ItemInput = z.output<typeof itemInputSchema>;

export const cabinetInputSchema = z
  .object({
    roomId: idSchema,
    // 柜号: what is printed on the cabinet and in every location (A01, B-02); never silently changed
    code: text(20)
      .min(1, 'v.required')
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'v.cabinetCode'),
    name: optText(40),
    zone: z.enum(ZONES),
    segregated: z.boolean(),
    shelves: z.number('v.shelvesRange').int('v.shelvesRange').min(1, 'v.shelvesRange').max(20, 'v.shelvesRange'),
    positions: z.number('v.positionsRange').int('v.positionsRange').min(1, 'v.positionsRange').max(100, 'v.positionsRange'),
  })
  .strict();
export type CabinetInput = z.output<typeof cabinetInputSchema>;

export const searchFilterSchema = z
  .object({
    category: z.enum(CUSTOMER_CATEGORIES).optional(),
    classification: z.number().int().min(0).max(3).optional(),
    roomId: idSchema.optional(),
    cabinetId: idSchema.optional(),
    custodyState: z.enum(CUSTODY_STATES).optional(),
    /** one customer's archive (customer detail) */
    customerId: idSchema.optional(),
    /** the items one custodian keeps (the custodian's 我保管的 / 待上架 views) */
    custodianId: idSchema.optional(),
    /** search only: customers or items (the customer list); the index is items anyway */
    kind: z.enum(['customer', 'item']).optional(),
  })
  .strict();
export type SearchFilter = z.output<typeof searchFilterSchema>;

const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(50) };
export const searchInputSchema = z.object({ query: z.string().trim().max(100, 'v.tooLong'), filter: searchFilterSchema.default({}), ...page }).strict();
export const CUSTOMER_SORTS = ['archiveNo', 'name', 'category', 'openedAt'] as const;
export const customerListInputSchema = z
  .object({
    query: z.string().trim().max(100, 'v.tooLong').default(''),
    category: z.enum(CUSTOMER_CATEGORIES).optional(),
    sort: z.enum(CUSTOMER_SORTS).default('archiveNo'),
    dir: z.enum(['asc', 'desc']).default('asc'),
    ...page,
  })
  .strict();
export type CustomerListInput = z.output<typeof customerListInputSchema>;
export const indexInputSchema = z
  .object({
    filter: searchFilterSchema.default({}),
    ...page,
    /** keyset paging for long scrolls: the last row of the previous page (offset is then ignored) */
    after: z
      .object({ archiveNo: z.string().max(60), itemId: idSchema })
      .strict()
      .optional(),
  })
  .strict();

export const handoverInputSchema = z
  .object({
    itemId: idSchema,
    toCustodianId: idSchema,
    remarks: optText(500),
    /** the RECEIVING custodian signs at the machine */
    signerLogin: loginSchema,
    signerPassword: anyPasswordSchema,
  })
  .strict();

export const archivePolicySchema = z
  .object({
    /** e.g. {cat}-{yyyy}-{seq:5}; {cat} = YB general / TS special */
    numberPattern: z
      .string()
      .trim()
      .min(1, 'v.required')
      .max(40, 'v.tooLong')
      .refine((p) => /\{seq(:\d)?\}/.test(p), 'v.numberPattern'),
    /** roles that may read item detail, per classification level (the item's custodian always may) */
    contentRoles: z.tuple([z.array(z.enum(BUSINESS_ROLES)), z.array(z.enum(BUSINESS_ROLES)), z.array(z.enum(BUSINESS_ROLES)), z.array(z.enum(BUSINESS_ROLES))]),
  })
  .strict();
export type ArchivePolicy = z.output<typeof archivePolicySchema>;

export type * from './outputs';

const itemRef = z.object({ itemId: idSchema }).strict();

export const archiveCalls = {
  // ---- customers: creating one opens its archive (R-CUST-1, R-ARCH-1) ----
  'customers.create': out<CustomerCreated>().call(customerInputSchema, ['operator', 'devSpecialist']),
  /** personal identifiers masked (contract/mask.ts); `masked` names them */
  /** the 客户档案 list: sorted by 档号 / 名称 / 类别 / 建档日期, optionally narrowed by a search */
  'customers.list': out<CustomerListPage>().call(customerListInputSchema, ARCHIVE_ROLES),
  'customers.get': out<CustomerView>().call(z.object({ id: idSchema }).strict(), ARCHIVE_ROLES),
  'customers.update': out<CustomerView>().call(customerUpdateSchema, ['operator']),
  /** one masked identifier in full, audited; only roles that may see the archive's content (policy) */
  'customers.reveal': out<{ value: string | null }>().call(z.object({ id: idSchema, field: z.enum(MASKABLE_FIELDS) }).strict(), ARCHIVE_ROLES),

  // ---- items (R-ARCH-5, R-SEC-2) ----
  'items.create': out<ItemCreated>().call(itemInputSchema, KEEPERS),
  /** content: gated by policy + custodian; classified views are audited (R-USE-1) */
  'items.get': out<ItemDetail>().call(z.object({ id: idSchema }).strict(), ARCHIVE_ROLES),
  /** is the content still open to me (an access grant ends)? not audited: the view was */
  'items.contentStatus': out<ContentStatus>().call(z.object({ id: idSchema }).strict(), ARCHIVE_ROLES),
  'items.movements': out<MovementRow[]>().call(itemRef, ARCHIVE_ROLES),
  /** signed change of custodian (交接): the receiving custodian signs */
  'items.handover': out<HandoverRow>().call(handoverInputSchema, PLACERS),
  'items.handovers': out<HandoverRow[]>().call(itemRef, ARCHIVE_ROLES),

  // ---- locations (R-ARCH-4) ----
  'locations.createRoom': out<{ id: number }>().call(z.object({ name: text(40).min(1, 'v.required') }).strict(), KEEPERS),
  'locations.createCabinet': out<{ id: number; locations: number }>().call(cabinetInputSchema, KEEPERS),
  'locations.renameRoom': out<{ id: number }>().call(z.object({ id: idSchema, name: text(40).min(1, 'v.required') }).strict(), KEEPERS),
  /** only a room without cabinets (and without readings or inspections recorded against it) */
  'locations.removeRoom': out<{ id: number }>().call(z.object({ id: idSchema }).strict(), KEEPERS),
  /** the 柜名; the 柜号 stays (it is printed on labels and in the movement history) */
  'locations.renameCabinet': out<{ id: number }>().call(z.object({ id: idSchema, name: optText(40) }).strict(), KEEPERS),
  /** only a cabinet that holds nothing and never held anything */
  'locations.removeCabinet': out<{ id: number }>().call(z.object({ id: idSchema }).strict(), KEEPERS),
  'locations.tree': out<RoomRow[]>().call(z.object({}).strict(), ARCHIVE_ROLES),
  'locations.shelfMap': out<ShelfMap>().call(z.object({ cabinetId: idSchema }).strict(), ARCHIVE_ROLES),
  'locations.proposeSlot': out<LocationRef | null>().call(itemRef, PLACERS),
  /** the proposed slot, or who must shelve it, or which zone lacks a (free) cabinet */
  'locations.advise': out<PlacementAdvice>().call(itemRef, PLACERS),
  'locations.place': out<LocationRef>().call(z.object({ itemId: idSchema, locationId: idSchema, reason: optText(200) }).strict(), PLACERS),

  // ---- index and search (R-ARCH-3) ----
  'archive.index': out<IndexPage>().call(indexInputSchema, ARCHIVE_ROLES),
  'archive.search': out<SearchPage>().call(searchInputSchema, ARCHIVE_ROLES),
  'archive.policy': out<ArchivePolicy>().call(z.object({}).strict(), 'member'),
  'archive.setPolicy': out<ArchivePolicy>().call(archivePolicySchema, ['securityOfficer']),
  /** people the archive forms pick from (custodian, relationship owner): active users with a business role */
  'archive.staff': out<StaffRow[]>().call(z.object({}).strict(), ARCHIVE_ROLES),
} as const;
