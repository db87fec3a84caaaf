// Handlers for files in and out of the archive (contract/import.ts): spreadsheet import,
// index export (.xlsx through the FileSaver port), the printed index register and labels.
import type { CallName } from '../../contract';
import type { Handler } from '../../core/handlers';
import { printRegister, registerMeta } from '../../print/print-register';
import { registerRegisterSource } from '../../print/page-marks';
import type { importCalls } from '../contract/import';
import { exportIndex, saveImportTemplate } from '../export/exportIndex';
import { archiveLabels, itemLabels } from '../export/labelData';
import { commitImport, discardImport, importProgress, previewImport } from '../import/importJob';
import { INDEX_REGISTER_CODE, buildIndexRegister } from '../registers/index-register';
import { printLabels } from '../registers/print-labels';

type ImportCallName = Extract<CallName, keyof typeof importCalls>;

export const importHandlers: { [N in ImportCallName]: Handler<N> } = {
  'import.preview': (i, cx) =>
    previewImport(cx.vault, cx.clock, cx.actor, {
      jobId: i.jobId,
      kind: i.kind,
      fileName: i.fileName,
      bytes: Buffer.from(i.dataBase64, 'base64'),
      locale: i.locale,
    }),
  'import.progress': ({ jobId }, cx) => importProgress(cx.clock, cx.actor, jobId),
  'import.commit': ({ jobId, locale }, cx) => commitImport(cx.vault, cx.clock, cx.actor, jobId, locale),
  'import.discard': ({ jobId }, cx) => discardImport(cx.clock, cx.actor, jobId),
  'import.template': ({ kind }, cx) => saveImportTemplate(cx, kind),
  'archive.exportIndex': ({ filter }, cx) => exportIndex(cx, filter),
  'archive.printIndex': ({ filter, target }, cx) => printRegister(cx, buildIndexRegister(cx.vault, filter, registerMeta(cx)), target, { filter }),
  'archive.printLabels': ({ itemIds, archiveIds, skip, target }, cx) =>
    printLabels(cx, itemIds?.length ? itemLabels(cx.db, itemIds) : archiveLabels(cx.db, archiveIds ?? []), target, skip),
};

// print verification: the index register built again for its filter; an item is its 档号
registerRegisterSource(INDEX_REGISTER_CODE, {
  rebuild: (vault, p, opts) => buildIndexRegister(vault, (p as { filter: Parameters<typeof buildIndexRegister>[1] }).filter, opts),
  rowKey: (row) => String(row.archiveNo),
});
