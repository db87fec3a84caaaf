// Access test rig: a real vault with the people an access request meets (operators at the desk,
// the CS-department reviewers, a staff reader with an account, a custodian), one customer with
// an ordinary, a 秘密 and a 机密 item, and grants inserted through the domain's own function
// (the approval engine calls the same insertGrant in its onApproved hook).
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import { insertGrant, type NewGrant } from '../../electron/access/grants';
import type { MessageLocale } from '../../electron/contract/messages';
import { bank, item } from './archive-helpers';
import { ok, vaultWith } from './kit';

export const ACCESS_USERS = [
  { login: 'op', roles: ['operator' as const], name: '王建国' },
  { login: 'op2', roles: ['operator' as const], name: '刘专员' },
  { login: 'liming', roles: ['infoSupervisor' as const], name: '李明' },
  { login: 'zhangwei', roles: ['csManager' as const], name: '张伟' },
  { login: 'dev', roles: ['devSpecialist' as const], name: '刘洋' },
  { login: 'cus1', roles: ['custodian' as const], name: '赵磊' },
  { login: 'gm', roles: ['gm' as const], name: '陈静' },
  { login: 'sec', roles: ['securityOfficer' as const], name: '周强' },
];

export async function setupAccess(locale: MessageLocale = 'en') {
  const v = await vaultWith(ACCESS_USERS, { as: 'op', locale });
  const boc = ok<CustomerCreated>(await v.call('customers.create', bank()));
  const mk = async (over: Parameters<typeof item>[1]) => ok<ItemCreated>(await v.call('items.create', item(boc.customerId, over)));
  const plain = await mk({ title: '开户申请书' });
  const secret = await mk({ title: '授信额度审批表', classification: 1 });
  const conf = await mk({ title: '综合授信协议（2025年度）', classification: 2, custodianId: v.ids.cus1 });
  let n = 0;
  /** a grant as an approved request creates it (no = CY-TEST-n) */
  const grant = (g: Partial<NewGrant> & Pick<NewGrant, 'itemIds'>) =>
    v.ctx.vault!.write((w) =>
      insertGrant(
        w,
        v.ctx.clock,
        { id: v.ids.zhangwei!, name: '张伟' },
        {
          no: `CY-2026-${String(++n).padStart(4, '0')}`,
          requestId: null,
          reader: { kind: 'outsider', userId: null, name: '周律师', unit: '金杜律师事务所', contact: '13800000000', idDoc: '介绍信 JD-2026-118' },
          purpose: '诉讼取证',
          allowPrint: false,
          allowDownload: false,
          ...g,
        },
      ),
    );
  const audit = (action: string) =>
    v.ctx
      .vault!.db.prepare('SELECT actor_id AS actorId, entity_id AS entityId, detail_json AS detail FROM audit_entry WHERE action = ? ORDER BY seq')
      .all(action) as {
      actorId: number;
      entityId: string;
      detail: string;
    }[];
  return { ...v, boc, items: { plain: plain.id, secret: secret.id, conf: conf.id }, itemNos: { conf: conf.itemArchiveNo }, grant, audit };
}
