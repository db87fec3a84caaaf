// R-GOV-1 a policy value reads in words on the 策略 page, in the GM's request and in the policy
// register: field names, request types, roles and due-date modes are never shown as code.
import { describe, expect, test } from 'vitest';
import '../../electron/domains';
import { changeInWords, diffValues, valueSummary, word } from '../../electron/policy/contract/diff';
import { policyValueDefs } from '../../electron/settings/policyValues';

/** every record key inside a value (what could leak as code) */
function keysOf(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) keysOf(x, out.add(k));
  return out;
}

describe('policy values in words', () => {
  test('R-GOV-1 the loan policy and the environment limits read as words, in Chinese and English', () => {
    expect(valueSummary({ days: 3, mode: 'calendar', dueTime: '17:30' })).toBe('天数：3；计算方式：按工作日；到期时刻：17:30');
    expect(valueSummary({ days: 3, mode: 'days', dueTime: '17:30' }, 'en')).toBe('number of days: 3; counted as: calendar days; due at: 17:30');
    expect(valueSummary({ carriers: { paper: { tMin: 14, tMax: 24 } }, swingT: 2 })).toBe('载体（纸质（温度下限 °C：14；温度上限 °C：24））；日温差 ±°C：2');
    expect(valueSummary({ contentRoles: [['operator'], []] })).toBe('各密级可查阅内容的角色：(信息管理专员)、(—)');
  });

  test('R-GOV-1 a change reads as path and values in words (the GM signs this text)', () => {
    const [mode] = diffValues({ days: 3, mode: 'calendar' }, { days: 3, mode: 'days' });
    expect(changeInWords(mode!)).toBe('计算方式 按工作日 → 按自然日');
    const [t] = diffValues({ carriers: { paper: { tMin: 14 } } }, { carriers: { paper: { tMin: 16 } } });
    expect(changeInWords(t!, 'en')).toBe('carriers · paper · min °C 14 → 16');
  });

  test('R-GOV-1 no field of any registered policy value is shown by its code name', () => {
    const defs = policyValueDefs();
    expect(defs.length).toBeGreaterThan(10);
    // one table entry gives both languages, so a Chinese word is the coverage check; chain steps show by their own label; their inner keys never reach the summary
    const STEP_KEYS = new Set(['key', 'label', 'zh', 'en']);
    const leaks: string[] = [];
    for (const d of defs) for (const k of keysOf(d.default)) if (!STEP_KEYS.has(k) && word(k, 'zh') === k) leaks.push(`${d.key}: ${k}`); // a Chinese word always differs from the code name
    expect(leaks).toEqual([]);
    // and the summaries use those words: the environment limits read 温度下限, never tMin
    const env = defs.find((d) => d.key === 'environment.policy')!;
    expect(valueSummary(env.default)).toContain('温度下限');
    expect(valueSummary(env.default)).not.toMatch(/tMin|rhMax|swingT/);
  });
});
