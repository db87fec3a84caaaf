// @vitest-environment jsdom
// The renderer's string table is one object merged from every domain's strings (renderer/i18n):
// a key two domains both define is silently won by the later one — the 档案修复 screen once showed
// 统计报表 as its heading that way. Each key belongs to exactly one domain (or the core).
import { describe, expect, test } from 'vitest';
// the app's own load order (main.tsx): the i18n module first, which loads the domains
import '../../renderer/i18n';
import { CORE_STRINGS, RENDERER_DOMAINS } from '../../renderer/domains';

describe('renderer strings', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`R-IT-1 no UI string key (${locale}) is defined by two domains or by a domain and the core`, () => {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      const tables: [string, Record<string, string>][] = [
        ['core', CORE_STRINGS[locale] as Record<string, string>],
        ...RENDERER_DOMAINS.map((d) => [d.name, (d.strings?.[locale] ?? {}) as Record<string, string>] as [string, Record<string, string>]),
      ];
      for (const [name, table] of tables) {
        for (const key of Object.keys(table)) {
          const first = owner.get(key);
          if (first) clashes.push(`${key}: ${first} and ${name}`);
          else owner.set(key, name);
        }
      }
      expect(clashes).toEqual([]);
      expect(owner.size).toBeGreaterThan(500); // the tables were read at all
    });
  }
});
