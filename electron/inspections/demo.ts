// The inspections' part of the demo vault (R-INSP-1): plans for cabinet A01 and B01 of 一号档案库房
// and for 二号档案库房; A01 was inspected 176 days ago (so it is due again within the fortnight),
// with one item's writing faded and one item's cover torn (the repairs domain opens their tasks
// when the supervisor signs), 二号档案库房 two months ago, B01 never (due). Walked by the demo's
// information specialist 王建国 with the labels' 档号, signed by him and by 李明 (客户信息主管),
// through the domain functions the app uses, on a clock set back by whole days.
import type { AppContext } from '../core/context';
import type { DemoSeedContext } from '../core/domain';
import { actorOf } from '../people/sessionInfo';
import type { Clock } from '../vault/clock';
import { getInspection, recordFinding, scanLabel, startInspection } from './inspections';
import { createPlan } from './plans';
import { signInspection } from './sign';

const OPERATOR = 'wangjg';
const SUPERVISOR = 'liming';
const DAY = 86_400_000;

export function seedInspectionsDemo({ vault, clock, users, asUser }: DemoSeedContext): void {
  const supervisor = { id: users[SUPERVISOR]!, name: '李明', roles: ['infoSupervisor' as const] };
  const cabinet = (room: string, code: string) =>
    vault.db.prepare('SELECT c.id FROM cabinets c JOIN rooms r ON r.id = c.room_id WHERE r.name = ? AND c.code = ?').pluck().get(room, code) as number;
  const room2 = vault.db.prepare('SELECT id FROM rooms WHERE name = ?').pluck().get('二号档案库房') as number;
  const past = (d: number): Clock => ({ now: () => new Date(clock.now().getTime() - d * DAY) });
  const a01 = createPlan(vault, past(400), supervisor, { scope: 'cabinet', cabinetId: cabinet('一号档案库房', 'A01'), intervalMonths: null });
  createPlan(vault, past(2), supervisor, { scope: 'cabinet', cabinetId: cabinet('一号档案库房', 'B01'), intervalMonths: null });
  const r2 = createPlan(vault, past(400), supervisor, { scope: 'room', roomId: room2, intervalMonths: null });

  asUser(OPERATOR, async (ctx, password) => {
    // the queued work runs on the vault the signed-in session opened
    const vault = ctx.vault!;
    const actor = { ...actorOf(ctx.session!), roles: ctx.session!.roles };
    const walk = async (planId: number, daysAgo: number, findings: { at: number; finding: 'faded' | 'damaged'; note: string }[]) => {
      const c = past(daysAgo);
      const ins = startInspection(vault, c, actor, planId);
      for (const it of ins.items) scanLabel(vault, c, actor, { inspectionId: ins.id, cabinetId: it.expectedCabinetId!, code: it.archiveNo });
      for (const f of findings) {
        const it = ins.items[f.at];
        if (it) recordFinding(vault, c, actor, { inspectionId: ins.id, itemId: it.itemId, finding: f.finding, note: f.note });
      }
      const later: Clock = { now: () => new Date(c.now().getTime() + 3 * 3600_000) };
      await signInspection(ctx as AppContext, later, actor, {
        inspectionId: ins.id,
        as: 'inspector',
        signerLogin: OPERATOR,
        signerPassword: password(OPERATOR),
      });
      await signInspection(ctx as AppContext, later, actor, {
        inspectionId: ins.id,
        as: 'supervisor',
        signerLogin: SUPERVISOR,
        signerPassword: password(SUPERVISOR),
      });
      return getInspection(vault.db, ins.id);
    };
    await walk(a01.id, 176, [
      { at: 2, finding: 'faded', note: '复写纸字迹明显褪色，部分金额难以辨认' },
      { at: 5, finding: 'damaged', note: '封皮撕裂，装订线松脱' },
    ]);
    await walk(r2.id, 60, []);
  });
}
