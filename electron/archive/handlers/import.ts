// Handlers for files in and out of the archive (contract/import.ts): spreadsheet import,
// index export (.xlsx through the FileSaver port), the printed index register and labels.
// Registers and labels print in Chinese whatever the UI language (the room's paper language).
import { createHash } from 'node:crypto';
import type { AppContext } from '../../core/context';
import { getSettings } from '../../settings/settings';
import { archiveLabels, itemLabels } from '../export/labelData';
import { indexLines } from '../export/indexLines';
import { indexWorkbook } from '../export/indexXlsx';
import { importTemplate } from '../import/template';
import { commitImport, discardImport, importProgress, previewImport } from '../import/importJob';
import { appendAudit } from '../../audit/append';
import { actorOf, requireSession } from '../../people/sessionInfo';
import type { CallName } from '../../contract';
import type { importCalls } from '../contract/import';
import { DomainError } from '../../contract/result';
import { printLabels } from '../registers/print-labels';
import { printRegister } from '../../print/print-register';
import { buildIndexRegister } from '../registers/index-register';
import type { Handler } from '../../core/handlers';

type ImportCallName = Extract<CallName, keyof typeof importCalls>;
const PRINT_LOCALE = 'zh-CN';

function who(ctx: AppContext) {
  const { vault, session } = requireSession(ctx);
  return { vault, session, actor: { ...actorOf(session), roles: session.roles } };
}

const stamp = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
};

export const importHandlers: { [N in ImportCallName]: Handler<N> } = {
  'import.preview': async (i, ctx) => {
    const { vault, actor } = who(ctx);
    // items.create is the operator's alone; customers.create also the development specialist's
    if (i.kind === 'items' && !actor.roles.includes('operator')) throw new DomainError('FORBIDDEN_ROLE', 'items import needs the operator role');
    const bytes = Buffer.from(i.dataBase64, 'base64');
    return previewImport(vault, ctx.clock, actor, { jobId: i.jobId, kind: i.kind, fileName: i.fileName, bytes, locale: i.locale });
  },
  'import.progress': ({ jobId }, ctx) => importProgress(ctx.clock, who(ctx).actor, jobId),
  'import.commit': ({ jobId, locale }, ctx) => {
    const { vault, actor } = who(ctx);
    return commitImport(vault, ctx.clock, actor, jobId, locale);
  },
  'import.discard': ({ jobId }, ctx) => discardImport(ctx.clock, who(ctx).actor, jobId),
  'import.template': async ({ kind }, ctx) => {
    who(ctx);
    if (!ctx.fileSaver) throw new Error('no FileSaver port in this context');
    const path = await ctx.fileSaver.save(await importTemplate(kind), `${kind === 'customers' ? '客户' : '档案材料'}导入模板.xlsx`);
    if (!path) throw new DomainError('SAVE_CANCELLED', 'save cancelled');
    return { path, rows: 1 };
  },

  'archive.exportIndex': async ({ filter }, ctx) => {
    const { vault, session } = who(ctx);
    if (!ctx.fileSaver) throw new Error('no FileSaver port in this context');
    const now = ctx.clock.now();
    const lines = indexLines(vault.db, filter);
    const bytes = await indexWorkbook(lines, { orgName: getSettings(vault.db).orgName, printedBy: session.displayName, at: now });
    const path = await ctx.fileSaver.save(bytes, `档案索引-${stamp(now)}.xlsx`);
    if (!path) throw new DomainError('SAVE_CANCELLED', 'save cancelled');
    // an export takes vault data out of the vault: recorded like a print
    const detail = { rows: lines.length, filter, path, sha256: createHash('sha256').update(bytes).digest('hex') };
    if (vault.isOpen) {
      vault.tx(() =>
        appendAudit(vault.db, ctx.clock, { actorId: session.userId, actorName: session.displayName, action: 'archive.export', entity: 'index', entityId: null, detail }),
      );
    }
    return { path, rows: lines.length };
  },
  'archive.printIndex': async ({ filter, target }, ctx) => {
    const { vault, session } = who(ctx);
    const spec = buildIndexRegister(vault, filter, { locale: PRINT_LOCALE, printedBy: session.displayName, now: ctx.clock.now() });
    return printRegister(ctx, vault, session, spec, target);
  },
  'archive.printLabels': async ({ itemIds, archiveIds, skip, target }, ctx) => {
    const { vault, session } = who(ctx);
    const labels = itemIds?.length ? itemLabels(vault.db, itemIds) : archiveLabels(vault.db, archiveIds ?? []);
    return printLabels(ctx, vault, session, labels, target, skip);
  },
};
