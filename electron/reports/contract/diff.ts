// What changed between two template versions (R-REP-3): the name, and each figure added, removed
// or changed (which of its fields). Pure: the templates screen shows it, the audit detail names it.
import type { Figure, TemplateDefinition } from './calls';

export interface FigureChange {
  key: string;
  change: 'added' | 'removed' | 'changed';
  before: Figure | null;
  after: Figure | null;
  /** the fields that differ (changed only) */
  fields: string[];
}
export interface TemplateDiff {
  name: { before: string; after: string } | null;
  figures: FigureChange[];
}

const FIELDS = ['label', 'source', 'groupBy', 'categories', 'classifications', 'chart'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function templateDiff(
  before: { name: string; definition: TemplateDefinition } | null,
  after: { name: string; definition: TemplateDefinition },
): TemplateDiff {
  const old = new Map((before?.definition.figures ?? []).map((f) => [f.key, f]));
  const now = new Map(after.definition.figures.map((f) => [f.key, f]));
  const figures: FigureChange[] = [];
  for (const f of after.definition.figures) {
    const b = old.get(f.key);
    if (!b) figures.push({ key: f.key, change: 'added', before: null, after: f, fields: [] });
    else {
      const fields = FIELDS.filter((k) => !same(b[k], f[k]));
      if (fields.length) figures.push({ key: f.key, change: 'changed', before: b, after: f, fields });
    }
  }
  for (const b of before?.definition.figures ?? []) if (!now.has(b.key)) figures.push({ key: b.key, change: 'removed', before: b, after: null, fields: [] });
  return { name: before && before.name !== after.name ? { before: before.name, after: after.name } : null, figures };
}
