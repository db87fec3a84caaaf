// Keeps the search index (R-ARCH-3) in step with customers and items. Called inside the same
// vault.tx() as the row change, so a search never finds a row that did not commit.
import { pinyin } from 'pinyin-pro';
import type { Db } from '../vault/db';
import { stmt } from '../vault/sql';

export interface PinyinForms {
  full: string;
  initials: string;
}

/** 中国银行 → { full: 'zhongguoyinhang', initials: 'zgyh' }; non-Chinese letters/digits kept as they are. */
export function pinyinForms(s: string): PinyinForms {
  const full = pinyin(s, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  const initials = pinyin(s, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const clean = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return { full: clean(full), initials: clean(initials) };
}

/**
 * Grams for queries too short for trigrams: every bigram plus the last character alone. A
 * 2-character query is an exact lookup; a 1-character query is a prefix range over the same
 * index (every occurrence of x is the start of a bigram "x?" or the lone last character), so
 * unigrams need not be stored separately — half the rows at 1M items.
 */
export function shortGrams(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    const chars = Array.from(t.toLowerCase().replace(/\s+/g, ''));
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
    if (chars.length) out.add(chars[chars.length - 1]!);
  }
  return [...out];
}

/**
 * Every distinct single character of the texts (spaces dropped). Stored beside shortGrams' rows
 * (migration 0050) so a 1-character query is one exact lookup whose doc ids come out in order:
 * a first page of 50 then reads 50 index entries instead of every gram starting with that
 * character (a prefix range of up to a third of the index at 1M items, sorted before the page).
 */
export function charGrams(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const ch of Array.from(t.toLowerCase().replace(/\s+/g, ''))) out.add(ch);
  return [...out];
}

/** The rows search_grams holds for one document: bigrams, last characters and single characters. */
export function searchGrams(name: string, initials: string): string[] {
  return [...new Set([...shortGrams(name, initials), ...charGrams(name, initials)])];
}

/** The smallest string greater than every string starting with `c` (UTF-8 keeps code point order). */
export const afterPrefix = (c: string) => String.fromCodePoint(c.codePointAt(0)! + 1);

export interface SearchDocInput {
  kind: 'customer' | 'item';
  refId: number;
  customerId: number;
  /** the words people type: name or title (pinyin is computed from this) */
  name: string;
  /** extra searchable text: archive number, ID number, doc type… */
  extra: string[];
}

export function upsertSearchDoc(db: Db, d: SearchDocInput): void {
  const existing = stmt(db, 'SELECT id FROM search_docs WHERE kind = ? AND ref_id = ?').pluck().get(d.kind, d.refId) as number | undefined;
  let id = existing;
  if (id === undefined) {
    id = Number(stmt(db, 'INSERT INTO search_docs(kind, ref_id, customer_id) VALUES (?, ?, ?)').run(d.kind, d.refId, d.customerId).lastInsertRowid);
  } else {
    stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(id);
    stmt(db, 'DELETE FROM search_grams WHERE doc_id = ?').run(id);
  }
  const py = pinyinForms(d.name);
  const text = [d.name, ...d.extra.filter(Boolean)].join(' ');
  stmt(db, 'INSERT INTO search_fts(rowid, text, py_full, py_init) VALUES (?, ?, ?, ?)').run(id, text, py.full, py.initials);
  const ins = stmt(db, 'INSERT OR IGNORE INTO search_grams(gram, doc_id) VALUES (?, ?)');
  for (const g of searchGrams(d.name, py.initials)) ins.run(g, id);
}
