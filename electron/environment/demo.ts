// The environment's part of the demo vault (R-INSP-3): 60 days of readings for both rooms, at
// 09:00 and 16:00 (UTC+8), recorded by 王建国 through the domain functions the app uses on a clock
// set to each reading's time: paper-room values around 19 °C / 52 % RH with a deterministic wobble;
// a humid spell (RH 63–65 %, dehumidifier turned up), a hot afternoon (25.5 °C, air conditioning
// checked) and a failed 防虫 check (traps replaced), each with its action; one day with only the
// morning reading (flagged); every past day closed except the last two.
import type { DemoSeedContext } from '../core/domain';
import type { Clock } from '../vault/clock';
import { ALL_OK } from './contract/calls';
import { addAction, addDay, closeDay, dayOf, recordReading } from './environment';

const DAYS = 60;

export function seedEnvironmentDemo({ vault, clock, users }: DemoSeedContext): void {
  const actor = { id: users['wangjg']!, name: '王建国', roles: ['operator' as const] };
  const rooms = vault.db.prepare('SELECT id, name FROM rooms ORDER BY name').all() as { id: number; name: string }[];
  const today = dayOf(clock.now().toISOString());
  let seed = 20261201;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);
  const clockAt = (d: Date): Clock => ({ now: () => new Date(d.getTime() + 5 * 60_000) });
  for (const [ri, room] of rooms.entries()) {
    for (let i = DAYS; i >= 1; i--) {
      const day = addDay(today, -i);
      for (const [k, hhmm] of (['09:00', '16:00'] as const).entries()) {
        if (ri === 0 && i === 17 && k === 1) continue; // the afternoon reading forgotten: flagged
        const when = at(day, hhmm);
        let t = Math.round((18.6 + ri * 0.8 + k * 0.9 + (rnd() - 0.5) * 1.6) * 10) / 10;
        let h = Math.round((51 + ri * 2 - k * 1.5 + (rnd() - 0.5) * 5) * 10) / 10;
        const checks = { ...ALL_OK };
        let action: string | null = null;
        if (ri === 0 && (i === 24 || i === 23) && k === 0) {
          h = i === 24 ? 64.5 : 63.2;
          action = '连续阴雨，库房湿度偏高：除湿机调至强档并关闭门窗，16:00 复测';
        } else if (ri === 0 && i === 9 && k === 1) {
          t = 25.6;
          action = '空调制冷效果下降，已通知物业检修；临时开启备用空调，次日复测正常';
        } else if (ri === 1 && i === 12 && k === 0) {
          checks.pests = false;
          action = '粘虫板上发现少量衣鱼：更换粘虫板、放置防虫药剂，相邻柜架逐一检查未见虫蛀';
        }
        const reading = recordReading(vault, clockAt(when), actor, {
          roomId: room.id,
          at: when.toISOString(),
          temperature: t,
          humidity: h,
          checks,
          note: null,
        });
        if (reading.problems.length) {
          addAction(vault, clockAt(new Date(when.getTime() + 40 * 60_000)), actor, {
            readingId: reading.id,
            action: action ?? '读数偏离，已检查空调与除湿设备运行情况并复测',
          });
        }
      }
      if (i > 2) closeDay(vault, clockAt(at(day, '17:30')), actor, { roomId: room.id, day });
    }
  }
}
