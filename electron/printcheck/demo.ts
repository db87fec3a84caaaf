// The print verification part of the demo vault: 王建国 printed the 借阅登记簿 and the 档案修复登记簿
// on the room's printer two days ago, so 核验打印件 has real page codes to try (the recent printouts
// list): the loan register page still matches, unless the demo was used since.
import type { CallContext } from '../core/context';
import type { DemoSeedContext } from '../core/domain';
import { actorOf } from '../people/sessionInfo';
import { registerSource } from '../print/page-marks';
import { printRegister } from '../print/print-register';
import type { Clock } from '../vault/clock';

const DAY = 86_400_000;
const PRINTS: [string, Record<string, unknown>][] = [
  ['loanRegister', { filter: 'all' }],
  ['repairRegister', { filter: 'all' }],
];

export function seedPrintcheckDemo({ asUser }: DemoSeedContext): void {
  asUser('wangjg', async (ctx) => {
    const session = ctx.session!;
    const clock: Clock = { now: () => new Date(ctx.clock.now().getTime() - 2 * DAY) };
    // the room's printer answers "printed" (the demo has no paper)
    const app = { ...ctx, printer: { ...ctx.printer, toPrinter: async () => true } };
    const cx: CallContext = {
      app,
      vault: ctx.vault!,
      db: ctx.vault!.db,
      clock,
      session,
      actor: { ...actorOf(session), roles: session.roles },
      locale: 'zh-CN',
    };
    for (const [code, params] of PRINTS) {
      const source = registerSource(code);
      if (!source) continue;
      await printRegister(cx, source.rebuild(cx.vault, params, { locale: 'zh-CN', printedBy: session.displayName, now: clock.now() }), 'printer', params);
    }
  });
}
