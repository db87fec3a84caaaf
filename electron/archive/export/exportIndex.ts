// Files the archive hands out through the FileSaver port: the index as .xlsx and the import
// templates. An export takes vault data out of the vault, so it is recorded like a print.
import { createHash } from 'node:crypto';
import { appendAudit } from '../../audit/append';
import type { CallContext } from '../../core/context';
import { DomainError } from '../../contract/result';
import { getSettings } from '../../settings/settings';
import type { SearchFilter } from '../contract/calls';
import type { ExportResult, ImportKind } from '../contract/import';
import { importTemplate } from '../import/template';
import { indexLines } from './indexLines';
import { indexWorkbook } from './indexXlsx';

const stamp = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
};

async function save(cx: CallContext, bytes: Uint8Array, name: string): Promise<string> {
  if (!cx.app.fileSaver) throw new Error('no FileSaver port in this context');
  const path = await cx.app.fileSaver.save(bytes, name);
  if (!path) throw new DomainError('SAVE_CANCELLED', 'save cancelled');
  return path;
}

export async function exportIndex(cx: CallContext, filter: SearchFilter): Promise<ExportResult> {
  const now = cx.clock.now();
  const lines = indexLines(cx.db, filter);
  const bytes = await indexWorkbook(lines, { orgName: getSettings(cx.db).orgName, printedBy: cx.session.displayName, at: now });
  const path = await save(cx, bytes, `档案索引-${stamp(now)}.xlsx`);
  const detail = { rows: lines.length, filter, path, sha256: createHash('sha256').update(bytes).digest('hex') };
  // the idle lock may have closed the vault while the save dialog was open
  if (cx.vault.isOpen) {
    cx.vault.tx((w) =>
      appendAudit(w, cx.clock, { actorId: cx.actor.id, actorName: cx.actor.name, action: 'archive.export', entity: 'index', entityId: null, detail }),
    );
  }
  return { path, rows: lines.length };
}

/** An empty spreadsheet with the import's columns (no vault data in it: not audited). */
export async function saveImportTemplate(cx: CallContext, kind: ImportKind): Promise<ExportResult> {
  const path = await save(cx, await importTemplate(kind), `${kind === 'customers' ? '客户' : '档案材料'}导入模板.xlsx`);
  return { path, rows: 1 };
}
