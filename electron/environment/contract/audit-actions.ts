// Environment: every audit action this domain writes, with its zh/en labels and a formatter.
import { defineAuditActions, type Pair } from '../../contract/domain';
import { arr, clauses, num, quote, str } from '../../contract/detail-words';

export const PROBLEM_WORDS: Record<string, Pair> = {
  tLow: { zh: '温度过低', en: 'temperature low' },
  tHigh: { zh: '温度过高', en: 'temperature high' },
  rhLow: { zh: '湿度过低', en: 'humidity low' },
  rhHigh: { zh: '湿度过高', en: 'humidity high' },
  tSwing: { zh: '温度日较差超限', en: 'daily temperature swing' },
  rhSwing: { zh: '湿度日较差超限', en: 'daily humidity swing' },
  'check.damp': { zh: '防潮检查异常', en: 'damp check failed' },
  'check.mould': { zh: '防霉检查异常', en: 'mould check failed' },
  'check.pests': { zh: '防虫检查异常', en: 'pest check failed' },
  'check.fire': { zh: '防火检查异常', en: 'fire check failed' },
  'check.theft': { zh: '防盗检查异常', en: 'theft check failed' },
  'check.light': { zh: '防光检查异常', en: 'light check failed' },
  'check.dust': { zh: '防尘检查异常', en: 'dust check failed' },
  'check.water': { zh: '防水检查异常', en: 'water check failed' },
};
const problems = (v: unknown, zh: boolean) =>
  arr(v)
    .map((p) => PROBLEM_WORDS[str(p)]?.[zh ? 'zh' : 'en'] ?? str(p))
    .join(zh ? '、' : ', ');

export const environmentAuditActions = defineAuditActions({
  'environment.reading': {
    zh: '登记温湿度读数',
    en: 'Environment reading recorded',
    detail: (d, k) =>
      clauses(k, [
        k.t({
          zh: `${str(d.roomName)} ${k.time(d.at)} ${num(d.temperature)} °C / ${num(d.humidity)} %RH`,
          en: `${str(d.roomName)} ${k.time(d.at)} ${num(d.temperature)} °C / ${num(d.humidity)} %RH`,
        }),
        arr(d.problems).length ? k.t({ zh: `超标：${problems(d.problems, true)}`, en: `out of range: ${problems(d.problems, false)}` }) : null,
      ]),
  },
  'environment.import': {
    zh: '导入温湿度记录仪数据',
    en: 'Data logger CSV imported',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.roomName)} 导入 ${num(d.imported) ?? 0} 条读数（跳过重复 ${num(d.skipped) ?? 0} 条，超标 ${num(d.outOfRange) ?? 0} 条），文件摘要 ${str(d.sha256).slice(0, 12)}`,
        en: `${str(d.roomName)}: ${num(d.imported) ?? 0} readings imported (${num(d.skipped) ?? 0} duplicates skipped, ${num(d.outOfRange) ?? 0} out of range), file ${str(d.sha256).slice(0, 12)}`,
      }),
  },
  'environment.action': {
    zh: '登记超标处置措施',
    en: 'Action on an out-of-range reading',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.roomName)} ${k.time(d.at)} 的读数：${quote(k, d.action)}`,
        en: `${str(d.roomName)} reading of ${k.time(d.at)}: ${quote(k, d.action)}`,
      }),
  },
  'environment.closeDay': {
    zh: '结束当日环境记录',
    en: 'Environment day closed',
    detail: (d, k) =>
      clauses(k, [
        k.t({
          zh: `${str(d.roomName)} ${str(d.day)}：${num(d.readings) ?? 0} 条读数`,
          en: `${str(d.roomName)} ${str(d.day)}: ${num(d.readings) ?? 0} readings`,
        }),
        num(d.missing) ? k.t({ zh: `缺少 ${num(d.missing)} 次读数`, en: `${num(d.missing)} reading(s) missing` }) : null,
      ]),
  },
  'environment.policy.update': {
    zh: '修改库房环境限值',
    en: 'Environment limits changed',
    detail: (_d, k) => k.t({ zh: '温湿度限值、日较差或每日读数次数已修改', en: 'limits, daily swing or readings per day changed' }),
  },
});
