// The repairs' part of the demo vault (R-INSP-2): the A01 inspection's two findings opened their
// tasks when 李明 signed; the faded one was sent to the repair room and came back (done, waiting for
// the next inspection's check), the torn cover is in repair now. Run after the inspections' demo
// work, as 王建国, on a clock set back by whole days.
import type { DemoSeedContext } from '../core/domain';
import { actorOf } from '../people/sessionInfo';
import type { Clock } from '../vault/clock';
import { finishRepair, listRepairs, startRepair } from './repairs';

const DAY = 86_400_000;

export function seedRepairsDemo({ asUser }: DemoSeedContext): void {
  asUser('wangjg', async (ctx) => {
    const vault = ctx.vault!;
    const actor = { ...actorOf(ctx.session!), roles: ctx.session!.roles };
    const past = (d: number): Clock => ({ now: () => new Date(ctx.clock.now().getTime() - d * DAY) });
    const open = listRepairs(vault.db, { filter: 'open' }).reverse();
    const [faded, torn] = [open.find((r) => r.finding === 'faded'), open.find((r) => r.finding === 'damaged')];
    if (faded) {
      startRepair(vault, past(170), actor, { repairId: faded.id, note: '送档案修复室：字迹显色恢复、复制件备份' });
      finishRepair(vault, past(150), actor, { repairId: faded.id, done: '褪色字迹经显色处理恢复可读，另制复制件一份附卷' });
    }
    if (torn) startRepair(vault, past(3), actor, { repairId: torn.id, note: '送档案修复室：封皮托裱、重新装订' });
  });
}
