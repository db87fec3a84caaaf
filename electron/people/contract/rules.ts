// R-SEC-1 / R-GOV-1: the confidentiality rules as a versioned policy value ('rules.text'). Null is
// the text shipped with the app (resources/regulation); a revision (the CS department revises,
// the GM approves, Art. 28–29) holds its numbered lines in both languages. Pure: the renderer
// bundles it.
import { z } from 'zod';

export const RULES_KEY = 'rules.text';
const line = z.string().trim().min(1, 'v.required').max(500, 'v.tooLong');
export const rulesTextSchema = z.union([
  z.null(),
  z.object({ zhCN: z.array(line).min(1, 'v.required').max(60), en: z.array(line).min(1, 'v.required').max(60) }).strict(),
]);
export type RulesText = z.infer<typeof rulesTextSchema>;

/** The numbered lines ("1. …") of a rules text, without their numbers. */
export function parseRules(markdown: string): string[] {
  return markdown
    .split(/\r?\n/)
    .map((l) => /^\s*\d+\.\s+(.+?)\s*$/.exec(l)?.[1])
    .filter((r): r is string => !!r);
}
