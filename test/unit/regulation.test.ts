// R-SEC-1: the confidentiality rules shown at first sign-in come from resources/regulation/,
// one file per UI language, the same rules in the same order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { confidentialityRules, parseRules } from '../../renderer/people/rules/regulation';

const file = (loc: string) => readFileSync(join(__dirname, '../../resources/regulation', `confidentiality-rules.${loc}.md`), 'utf8');

test('R-SEC-1 the rules (Art. 17–27, incl. Art. 26’s three no’s) are read from resources/, zh-CN and en in step', () => {
  const zh = confidentialityRules('zh-CN');
  const en = confidentialityRules('en');
  expect(zh).toEqual(parseRules(file('zh-CN')));
  expect(en).toEqual(parseRules(file('en')));
  expect(zh).toHaveLength(10);
  expect(en).toHaveLength(zh.length);
  expect(zh.join('\n')).toContain('不准在公共场所谈论客户信息');
  expect(en.join('\n')).toContain('three nevers');
  // each rule cites its articles, the same ones in both languages
  const zhArts = zh.map((r) => /（第 ([\d–]+) 条）/.exec(r)?.[1]);
  const enArts = en.map((r) => /\(Art\. ([\d–]+)\)/.exec(r)?.[1]);
  expect(zhArts).toEqual(['17', '18', '19–20', '21', '22', '23', '24', '25', '26', '27']);
  expect(enArts).toEqual(zhArts);
  expect(confidentialityRules('fr')).toEqual(zh); // unknown language: the Chinese original
});
