// R-SEC-1: the confidentiality rules shipped with the app are a static text in resources/regulation/
// (one Markdown file per UI language), not UI strings: the numbered lines are the rules, in order.
// A revision approved by the GM (R-GOV-1, policy value 'rules.text') replaces them (auth.rulesText).
import en from '../../../resources/regulation/confidentiality-rules.en.md?raw';
import zhCN from '../../../resources/regulation/confidentiality-rules.zh-CN.md?raw';
import { parseRules, type RulesText } from '../../../electron/people/contract/rules';

export { parseRules };

const RULES: Record<'zh-CN' | 'en', string[]> = { 'zh-CN': parseRules(zhCN), en: parseRules(en) };

/** The rules in force in the UI language: the revision in the vault, else the shipped text. */
export function confidentialityRules(language: string, revision: RulesText = null): string[] {
  if (revision) return language === 'en' ? revision.en : revision.zhCN;
  return language === 'en' ? RULES.en : RULES['zh-CN'];
}
