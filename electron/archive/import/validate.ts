// Every row through the SAME zod schema the forms and the IPC boundary use (customerInputSchema /
// itemInputSchema), plus the lookups a spreadsheet needs (archive number → customer, login or
// name → user, classification label → level) and the duplicate checks the insert would hit.
// Runs in chunks with a yield between them so a progress poll is answered while it works.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { z } from 'zod';
import { getSettings } from '../../settings/settings';
import { customerInputSchema, itemInputSchema, type CustomerInput, type ItemInput } from '../contract/calls';
import { normaliseIdNumber } from '../contract/idNumbers';
import { translate, type MessageLocale } from '../../contract/messages';
import { DomainError } from '../../contract/result';
import type { ImportRowError } from '../contract/import';
import type { Db } from '../../vault/db';
import { matchHeader, normaliseDate, type ColumnSpec, type ImportKind, type RawInput } from './columns';
import type { Table } from './readTable';

/** row = the spreadsheet's row number; column = template header; message already translated */
export type RowError = ImportRowError;

export type ValidRow = { row: number; input: CustomerInput } | { row: number; input: ItemInput };

export interface Validated {
  kind: ImportKind;
  rows: number;
  valid: ValidRow[];
  errors: RowError[];
  /** the first rows as the operator wrote them (header → cell), for the preview table */
  sample: Record<string, string>[];
}

const CHUNK = 250;
const SAMPLE = 5;

interface Lookups {
  customerByArchiveNo: (no: string) => number | undefined;
  userByLoginOrName: (s: string) => number | undefined;
  classification: (s: string) => number | undefined;
  customerIdExists: (kind: string, no: string) => boolean;
}

function lookups(db: Db): Lookups {
  const byNo = db.prepare('SELECT customer_id FROM archives WHERE archive_no = ?').pluck();
  const byLogin = db.prepare('SELECT id FROM users WHERE login = ?').pluck();
  const byName = db.prepare('SELECT id FROM users WHERE display_name = ? ORDER BY id').pluck();
  const dup = db.prepare('SELECT 1 FROM customers WHERE id_kind = ? AND id_number = ?').pluck();
  const labels = getSettings(db).classificationLabels;
  const defaults = ['普通', '秘密', '机密', '绝密'];
  return {
    customerByArchiveNo: (no) => byNo.get(no.toUpperCase()) as number | undefined,
    userByLoginOrName: (s) => (byLogin.get(s) ?? byName.get(s)) as number | undefined,
    classification: (s) => {
      if (/^[0-3]$/.test(s)) return Number(s);
      const i = labels.indexOf(s);
      if (i >= 0) return i;
      const d = defaults.indexOf(s);
      return d >= 0 ? d : undefined;
    },
    customerIdExists: (kind, no) => dup.get(kind, no) !== undefined,
  };
}

type CellProblem = { field: string; key: string; data?: Record<string, unknown> };

/** Cells → the raw object the schema parses; lookups that fail become problems of their own. */
function rawRow(specs: ColumnSpec[], index: number[], cells: string[], look: Lookups): { raw: RawInput; problems: CellProblem[] } {
  const raw: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  specs.forEach((s, i) => {
    const col = index[i]!;
    const cell = col >= 0 ? (cells[col] ?? '').trim() : '';
    if (cell === '') {
      // required text fields get '' so the schema's own 'v.required' speaks; others stay absent
      if (s.required && !s.type && !s.values) raw[s.field] = '';
      else if (s.required) problems.push({ field: s.field, key: 'v.required' });
      return;
    }
    switch (s.type) {
      case 'date':
        raw[s.field] = normaliseDate(cell);
        return;
      case 'int':
        raw[s.field] = /^\d+$/.test(cell) ? Number(cell) : cell;
        return;
      case 'archiveNo': {
        const id = look.customerByArchiveNo(cell);
        if (id === undefined) problems.push({ field: s.field, key: 'v.importArchiveNo', data: { value: cell } });
        else raw[s.field] = id;
        return;
      }
      case 'user': {
        const id = look.userByLoginOrName(cell);
        if (id === undefined) problems.push({ field: s.field, key: 'v.importUser', data: { value: cell } });
        else raw[s.field] = id;
        return;
      }
      case 'classification': {
        const level = look.classification(cell);
        if (level === undefined) problems.push({ field: s.field, key: 'v.importValue', data: { value: cell } });
        else raw[s.field] = level;
        return;
      }
      default:
        raw[s.field] = s.values ? (s.values[cell] ?? cell) : cell;
    }
  });
  return { raw, problems };
}

export async function validateTable(
  db: Db,
  table: Table,
  kind: ImportKind,
  locale: MessageLocale,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Validated> {
  const { specs, index, missing } = matchHeader(kind, table.header);
  if (missing.length) throw new DomainError('IMPORT_HEADERS', 'required columns missing', { columns: missing.join('、') });
  const schema: z.ZodType = kind === 'customers' ? customerInputSchema : itemInputSchema;
  const look = lookups(db);
  const headerOf = (field: string) => specs.find((s) => s.field === field)?.header ?? '';
  const cellOf = (cells: string[], field: string) => {
    const i = specs.findIndex((s) => s.field === field);
    return i >= 0 && index[i]! >= 0 ? (cells[index[i]!] ?? '').trim() : '';
  };
  const seenIds = new Map<string, number>();
  const valid: ValidRow[] = [];
  const errors: RowError[] = [];
  const err = (row: number, field: string, key: string, data?: Record<string, unknown>) =>
    errors.push({ row, column: headerOf(field), key, message: translate(locale, key, data) });

  const total = table.rows.length;
  for (let start = 0; start < total; start += CHUNK) {
    for (const { rowNo, cells } of table.rows.slice(start, start + CHUNK)) {
      const { raw, problems } = rawRow(specs, index, cells, look);
      for (const p of problems) err(rowNo, p.field, p.key, p.data);
      const parsed = schema.safeParse(raw);
      const before = errors.length;
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          if (problems.some((p) => p.field === field)) continue; // already said, in better words
          const cell = cellOf(cells, field);
          // zod's own enum/type messages are English prose: say what the operator can act on
          const generic = issue.code === 'invalid_value' || issue.code === 'invalid_type';
          if (generic && cell === '') err(rowNo, field, 'v.required');
          else if (generic) err(rowNo, field, 'v.importValue', { value: cell });
          else err(rowNo, field, issue.message);
        }
      } else if (problems.length === 0 && kind === 'customers') {
        const c = parsed.data as CustomerInput;
        if (c.idNumber) {
          const key = `${c.idKind}:${normaliseIdNumber(c.idNumber)}`;
          const first = seenIds.get(key);
          if (first !== undefined) err(rowNo, 'idNumber', 'v.importDuplicateInFile', { row: first });
          else if (look.customerIdExists(c.idKind, c.idNumber)) err(rowNo, 'idNumber', 'v.importDuplicate');
          else seenIds.set(key, rowNo);
        }
      }
      if (parsed.success && problems.length === 0 && errors.length === before) {
        valid.push({ row: rowNo, input: parsed.data as CustomerInput & ItemInput });
      }
    }
    onProgress(Math.min(start + CHUNK, total), total);
    await yieldToLoop();
    // the idle lock may close the vault between chunks: stop with the error the UI knows
    if (!db.open) throw new DomainError('VAULT_LOCKED', 'vault closed during import preview');
  }

  const sample = table.rows
    .slice(0, SAMPLE)
    .map(({ cells }) => Object.fromEntries(specs.flatMap((s, i) => (index[i]! >= 0 ? [[s.header, (cells[index[i]!] ?? '').trim()]] : []))));
  return { kind, rows: total, valid, errors, sample };
}
