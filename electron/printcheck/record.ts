// The record of a printout (print verification): the register printer asks for one code per page
// before it renders, and the record is written in the print's audit transaction — so a page code
// exists in the vault exactly when its paper was printed (a cancelled dialog records nothing).
import { randomBytes } from 'node:crypto';
import type { CallContext } from '../core/context';
import { fieldHashes, makePageCode, pageQrText, registerSource, rowHash, type PageIssuer, type PagePlan } from '../print/page-marks';
import type { RegisterRow, RegisterSpec } from '../print/register';
import { auditHead } from '../audit/append';
import { connectionOf, sql, type Writer } from '../vault/sql';

/** One printed row as recorded: key, row hash, field hashes (8 hex per column), struck, a short label. */
export interface PrintedRow {
  k: string;
  h: string;
  f: string;
  s: 0 | 1;
  l: string;
}

/** A few words that let a person find the row on paper: its first text cells. */
export function rowLabel(spec: Pick<RegisterSpec, 'columns'>, row: RegisterRow, key = ''): string {
  const words = spec.columns
    .filter((c) => !c.image)
    .map((c) => row[c.key])
    .filter((v) => v !== null && v !== undefined && String(v).trim() !== '' && String(v) !== key)
    .slice(0, 3)
    .map(String)
    .join(' ');
  return words.length > 48 ? `${words.slice(0, 47)}…` : words;
}

/** A row's stable key: the register's own (rowKey), else its place in the printout. */
export function keyOf(registerCode: string, row: RegisterRow, index: number): string {
  return registerSource(registerCode)?.rowKey(row) ?? `#${index + 1}`;
}

export function printedRows(spec: RegisterSpec, first: number, count: number): PrintedRow[] {
  const keys = spec.columns.map((c) => c.key);
  const struck = new Set(spec.struckRows ?? []);
  return spec.rows.slice(first, first + count).map((row, j) => {
    const k = keyOf(spec.registerCode, row, first + j);
    return { k, h: rowHash(row), f: fieldHashes(row, keys), s: struck.has(first + j) ? 1 : 0, l: rowLabel(spec, row, k) };
  });
}

export const printRecorder: PageIssuer = {
  issue(cx: CallContext, spec: RegisterSpec, plan: PagePlan[], { params, target }) {
    const marks = plan.map((p) => {
      const code = makePageCode(randomBytes(16));
      return {
        code,
        rowsHash: p.rowsHash,
        qrText: pageQrText({ code, registerCode: spec.registerCode, page: p.page, pages: p.pages, rowsHash: p.rowsHash, auditHead: spec.auditHead }),
      };
    });
    return {
      marks,
      commit(w: Writer) {
        const columns = JSON.stringify(spec.columns.map((c) => ({ key: c.key, header: c.header })));
        const { lastInsertRowid: printId } = w.run(sql`
          INSERT INTO printed_registers (register_code, title, params, columns, audit_head, audit_seq, printed_at, printed_by, printed_by_name, target, pages, row_count)
          VALUES (${spec.registerCode}, ${spec.title}, ${JSON.stringify(params ?? null)}, ${columns}, ${spec.auditHead}, ${auditHead(connectionOf(w)).seq + 1}, ${spec.printedAt},
                  ${cx.session.userId}, ${cx.session.displayName}, ${target}, ${plan.length}, ${spec.rows.length})`);
        plan.forEach((p, i) => {
          const rows = JSON.stringify(printedRows(spec, p.slice.first, p.slice.count));
          w.run(sql`INSERT INTO printed_pages (code, print_id, page_no, first_row, rows_hash, rows)
                    VALUES (${marks[i]!.code}, ${printId}, ${p.page}, ${p.slice.first}, ${p.rowsHash}, ${rows})`);
        });
      },
    };
  },
};
