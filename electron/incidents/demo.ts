// The incidents' part of the demo vault (R-SEC-7): an open incident — 王建国 reported two days ago
// that a customer's credit contract copy may have gone out by plain fax (Art. 26: no customer
// information over ordinary telephone); 李明 acknowledged and recorded it contained the next
// morning; 张伟 (CS manager) has not acknowledged yet, so his home screen shows the banner. The
// item chosen is one with loan or copy history, so the frozen evidence has something in it. Queued
// after the other seeders' signed-in work, on a clock set back by hours.
import type { DemoSeedContext } from '../core/domain';
import { actorOf } from '../people/sessionInfo';
import type { Clock } from '../vault/clock';
import { acknowledgeIncident, recordStep, reportInTx } from './incidents';

const HOUR = 3_600_000;

export function seedIncidentsDemo({ asUser }: DemoSeedContext): void {
  let incidentId = 0;
  asUser('wangjg', async (ctx) => {
    const vault = ctx.vault!;
    const actor = { ...actorOf(ctx.session!), roles: ctx.session!.roles };
    const past = (h: number): Clock => ({ now: () => new Date(ctx.clock.now().getTime() - h * HOUR) });
    const pick = vault.db
      .prepare(
        `SELECT i.id, a.customer_id FROM items i JOIN archives a ON a.id = i.archive_id
          WHERE i.classification < 2 AND (EXISTS (SELECT 1 FROM loans l WHERE l.item_id = i.id) OR EXISTS (SELECT 1 FROM copies c WHERE c.item_id = i.id))
          ORDER BY i.id LIMIT 1`,
      )
      .get() as { id: number; customer_id: number } | undefined;
    const item =
      pick ??
      (vault.db.prepare(`SELECT i.id FROM items i WHERE i.classification < 2 AND i.custody_state = 'onShelf' ORDER BY i.id LIMIT 1`).get() as
        { id: number } | undefined);
    if (!item) return;
    const c = past(50);
    incidentId = vault.write((w) =>
      reportInTx(w, c, actor, {
        summary: '客户授信合同复印件疑似经普通传真机发往外部号码，传真记录显示一次未登记的外发',
        foundAt: new Date(c.now().getTime() - 40 * 60_000).toISOString(),
        itemIds: [item.id],
        customerIds: [],
        channel: '普通电话传真（第 26 条禁止的渠道）',
        measures: '已联系接收号码所属单位要求销毁传真件，暂停该卷档案的复制与外借，封存传真机通话记录',
      }),
    );
  });
  asUser('liming', async (ctx) => {
    if (!incidentId) return;
    const actor = { ...actorOf(ctx.session!), roles: ctx.session!.roles };
    const past = (h: number): Clock => ({ now: () => new Date(ctx.clock.now().getTime() - h * HOUR) });
    acknowledgeIncident(ctx.vault!, past(49), actor, { incidentId });
    recordStep(ctx.vault!, past(30), actor, {
      incidentId,
      step: 'contained',
      note: '接收单位书面确认传真件已销毁；传真机已改为专人保管、外发须登记',
    });
  });
}
