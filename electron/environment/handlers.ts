// Handlers for the environment calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { registerRegisterSource } from '../print/page-marks';
import { reader } from '../vault/sql';
import { roomChartSvg } from './chart';
import type { environmentCalls } from './contract/calls';
import { addAction, closeDay, envCounts, getEnvPolicy, importCsv, listReadings, listRooms, monthDays, recordReading, setEnvPolicy } from './environment';
import { ENV_MONTH_CODE, buildMonthlyLog } from './registers/monthly-log';
import { ENV_YEAR_CODE, buildYearlyAnalysis } from './registers/yearly-analysis';

type EnvCallName = Extract<CallName, keyof typeof environmentCalls>;

export const environmentHandlers: { [N in EnvCallName]: Handler<N> } = {
  'environment.rooms': (_input, cx) => listRooms(cx.db, cx.clock.now()),
  'environment.counts': (_input, cx) => envCounts(cx.db, cx.clock.now()),
  'environment.record': (input, cx) => recordReading(cx.vault, cx.clock, cx.actor, input),
  'environment.importCsv': (input, cx) => importCsv(cx.vault, cx.clock, cx.actor, input),
  'environment.addAction': (input, cx) => addAction(cx.vault, cx.clock, cx.actor, input),
  'environment.readings': (input, cx) => listReadings(cx.db, input),
  'environment.days': ({ roomId, month }, cx) => monthDays(cx.db, roomId, month, cx.clock.now()),
  'environment.closeDay': (input, cx) => closeDay(cx.vault, cx.clock, cx.actor, input),
  'environment.chart': (input, cx) => ({ svg: roomChartSvg(cx.db, input) }),
  'environment.printMonth': ({ roomId, month, target }, cx) =>
    printRegister(cx, buildMonthlyLog(cx.vault, roomId, month, registerMeta(cx)), target, { roomId, month }),
  'environment.printYear': ({ roomId, year, target }, cx) =>
    printRegister(cx, buildYearlyAnalysis(cx.vault, roomId, year, registerMeta(cx)), target, { roomId, year }),
  'environment.policy': (_input, cx) => getEnvPolicy(reader(cx.db)),
  'environment.setPolicy': (input, cx) => setEnvPolicy(cx.vault, cx.clock, cx.actor, input),
};

// print verification: the monthly log built again for its room and month; a reading is its time and source
registerRegisterSource(ENV_MONTH_CODE, {
  rebuild: (vault, p, opts) => buildMonthlyLog(vault, (p as { roomId: number }).roomId, (p as { month: string }).month, opts),
  rowKey: (row) => `${String(row.at)} ${String(row.source)}`,
});
// … and the yearly analysis for its room and year; a row is its month
registerRegisterSource(ENV_YEAR_CODE, {
  rebuild: (vault, p, opts) => buildYearlyAnalysis(vault, (p as { roomId: number }).roomId, (p as { year: number }).year, opts),
  rowKey: (row) => String(row.month),
});
