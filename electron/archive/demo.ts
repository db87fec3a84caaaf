// The archive's part of the demo vault: a living archive room. Two rooms; general, special and
// shared cabinets, segregated cabinets for 机密/绝密 material and one empty cabinet; 300 customers of
// every category and sub-type (the five Beijing traders of the sample archive among them) with
// their items, most shelved, the newest still at intake (待上架); 机密/绝密 items with their
// custodian in the segregated cabinets; scanned attachments (small generated PDFs and PNGs);
// custodian handovers signed by the receiving custodian. Written only through the domain
// functions the app uses, as the demo's operator and custodians, so numbers, search rows,
// custody events, signatures and the audit trail are all real. One transaction per batch of
// customers keeps it to seconds (measured in test/unit/demo.test.ts).
import type { DemoSeedContext } from '../core/domain';
import type { Role } from '../contract/roles';
import type { CustomerInput } from './contract/calls';
import { CLASSIFIED_FROM } from './contract/calls';
import { sampleCustomer, sampleItem, rng, pick } from './seed';
import { insertCustomer } from './customers';
import { insertItem } from './items';
import { createCabinet, createRoom, placeItem, proposeSlot } from './locations';
import { addAttachment } from './attachments';
import { handover } from './handover';
import { demoScanPdf, demoScanPng } from './demoScans';
import { usccCheckChar } from './contract/idNumbers';

const OPERATOR = 'wangjg';
const CUSTODIANS = ['zhaolei', 'qianhui'] as const;
export const DEMO_CUSTOMERS = 300;
/** the newest customers' papers have just arrived: still at intake (待上架) */
export const DEMO_INTAKE_CUSTOMERS = 24;
const BATCH = 50;

/** The sample archive's own customers (general distributors, Beijing). */
export const DEMO_NAMED_CUSTOMERS = [
  '北京海丰益商贸中心',
  '北京君燕环保设备有限公司',
  '北京市四季永芳石材经营部',
  '北京市华盛业石材经营部',
  '北京佳兴源装饰有限公司第一分公司',
];

function namedCustomer(k: number, r: (n: number) => number): CustomerInput {
  const first17 = `91110108${String(7300000 + k * 7919).padStart(8, '0')}X`.slice(0, 17);
  const surname = pick(r, ['王', '李', '张', '刘', '陈']);
  return {
    category: 'general',
    subType: 'distributor',
    partyKind: 'institution',
    name: DEMO_NAMED_CUSTOMERS[k]!,
    idKind: 'uscc',
    idNumber: first17 + usccCheckChar(first17)!,
    contactPerson: `${surname}${pick(r, ['海', '君', '永芳', '华', '佳'])}`,
    phone: `010-8${String(1000000 + r(8999999))}`,
    address: `北京市朝阳区${pick(r, ['东三环', '望京', '酒仙桥', '十里河'])}${1 + r(200)}号`,
  } as CustomerInput;
}

const day = (r: (n: number) => number) => `${2015 + r(11)}-${String(1 + r(12)).padStart(2, '0')}-${String(1 + r(28)).padStart(2, '0')}`;

export async function seedArchiveDemo({ vault, clock, users, asUser }: DemoSeedContext): Promise<void> {
  const operator = { id: users[OPERATOR]!, name: '王建国' };
  const custodians = [
    { id: users[CUSTODIANS[0]]!, name: '赵磊' },
    { id: users[CUSTODIANS[1]]!, name: '钱慧' },
  ];
  const r = rng(20261201);

  const room1 = createRoom(vault, clock, operator, '一号档案库房');
  const room2 = createRoom(vault, clock, operator, '二号档案库房');
  const cab = (roomId: number, code: string, name: string, zone: 'general' | 'special' | 'any', segregated: boolean, shelves: number, positions: number) =>
    createCabinet(vault, clock, operator, { roomId, code, name, zone, segregated, shelves, positions });
  for (const code of ['A01', 'A02', 'A03', 'A04']) cab(room1.id, code, '一般客户柜', 'general', false, 6, 12);
  for (const code of ['B01', 'B02', 'B03']) cab(room1.id, code, '特殊客户柜', 'special', false, 6, 12);
  cab(room1.id, 'M01', '涉密隔离柜（一般）', 'general', true, 4, 6);
  cab(room1.id, 'M02', '涉密隔离柜（特殊）', 'special', true, 4, 6);
  cab(room2.id, 'C01', '综合柜', 'any', false, 6, 12);
  cab(room2.id, 'C02', '综合柜（备用，空）', 'any', false, 5, 10);

  const placed: { id: number; classification: number; custodianId: number | null }[] = [];
  for (let start = 1; start <= DEMO_CUSTOMERS; start += BATCH) {
    vault.tx((w) => {
      for (let i = start; i < Math.min(DEMO_CUSTOMERS + 1, start + BATCH); i++) {
        const input = i <= DEMO_NAMED_CUSTOMERS.length ? namedCustomer(i - 1, r) : sampleCustomer(i, r);
        const { customerId } = insertCustomer(w, clock, operator, { ...input, firstContactDate: input.firstContactDate ?? day(r) });
        const n = 1 + r(3);
        for (let k = 0; k < n; k++) {
          const custodian = custodians[r(2)]!;
          const item = insertItem(w, clock, operator, sampleItem(customerId, r, custodian.id));
          if (i > DEMO_CUSTOMERS - DEMO_INTAKE_CUSTOMERS) continue;
          const slot = proposeSlot(vault.db, item.id);
          if (!slot) continue;
          const it = vault.db.prepare('SELECT classification, custodian_id FROM items WHERE id = ?').get(item.id) as {
            classification: number;
            custodian_id: number | null;
          };
          const by = it.classification >= CLASSIFIED_FROM ? custodians.find((c) => c.id === it.custodian_id)! : operator;
          placeItem(vault, clock, by, item.id, slot.locationId, '入库上架');
          placed.push({ id: item.id, classification: it.classification, custodianId: it.custodian_id });
        }
      }
    });
  }

  // Scans: every 9th shelved item gets a PDF, every 4th of those a PNG as well; classified ones
  // are attached by their custodian (the content gate of the real call).
  const viewer = (id: number | null) => {
    const c = custodians.find((x) => x.id === id);
    return c ? { ...c, roles: ['custodian'] as Role[] } : { ...operator, roles: ['operator'] as Role[] };
  };
  vault.tx(() => {
    placed.forEach((p, k) => {
      if (k % 9 !== 0 && !(p.classification >= CLASSIFIED_FROM && k % 3 === 0)) return;
      const no = vault.db
        .prepare("SELECT a.archive_no || '-' || printf('%03d', i.item_no) FROM items i JOIN archives a ON a.id = i.archive_id WHERE i.id = ?")
        .pluck()
        .get(p.id) as string;
      const by = viewer(p.classification >= CLASSIFIED_FROM ? p.custodianId : null);
      const pdf = demoScanPdf(no, 1 + (k % 3));
      addAttachment(vault, clock, by, { itemId: p.id, fileName: `${no} 扫描件.pdf`, mime: 'application/pdf', dataBase64: pdf.toString('base64') });
      if (k % 4 === 0) {
        addAttachment(vault, clock, by, { itemId: p.id, fileName: `${no} 签章页.png`, mime: 'image/png', dataBase64: demoScanPng(k).toString('base64') });
      }
    });
  });

  // Handovers (交接): 钱慧 hands two of her 机密 items to 赵磊, who signs as the receiving custodian.
  const toHand = placed.filter((p) => p.classification >= CLASSIFIED_FROM && p.custodianId === custodians[1]!.id).slice(0, 2);
  asUser(CUSTODIANS[1], async (ctx, password) => {
    for (const p of toHand) {
      await handover(ctx, {
        itemId: p.id,
        toCustodianId: custodians[0]!.id,
        remarks: '岗位调整，移交保管',
        signerLogin: CUSTODIANS[0],
        signerPassword: password(CUSTODIANS[0]),
      });
    }
  });
}
