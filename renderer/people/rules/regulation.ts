// R-SEC-1: the confidentiality rules are a static text in resources/regulation/ (one Markdown
// file per UI language), not UI strings: the numbered lines are the rules, in order.
import en from '../../../resources/regulation/confidentiality-rules.en.md?raw';
import zhCN from '../../../resources/regulation/confidentiality-rules.zh-CN.md?raw';

/** The numbered lines ("1. …") of a rules file, without their numbers. */
export function parseRules(markdown: string): string[] {
  return markdown
    .split(/\r?\n/)
    .map((l) => /^\s*\d+\.\s+(.+?)\s*$/.exec(l)?.[1])
    .filter((r): r is string => !!r);
}

const RULES: Record<'zh-CN' | 'en', string[]> = { 'zh-CN': parseRules(zhCN), en: parseRules(en) };

export function confidentialityRules(language: string): string[] {
  return language === 'en' ? RULES.en : RULES['zh-CN'];
}
