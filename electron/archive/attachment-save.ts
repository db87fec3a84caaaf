// Saving an attachment to a file goes through the main process (the FileSaver port: main's save
// dialog, main writes the file), never through the page's own download: a plaintext copy leaving
// the vault is recorded for every level — who, which file, its sha256, where to. A saved file is a
// copy (R-SEC-3): the registered export policy (exportPolicy.ts, the copies domain) decides
// whether it may be made, registers it and gives the marked bytes to write.
import type { CallContext } from '../core/context';
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import { checkedAttachment } from './attachments';
import { exportPolicy } from './exportPolicy';

export async function saveAttachment(cx: CallContext, id: number): Promise<{ path: string }> {
  if (!cx.app.fileSaver) throw new Error('no FileSaver port in this context');
  const { row, item, data, grant } = checkedAttachment(cx.vault, cx.clock, cx.actor, id, 'save');
  const policy = exportPolicy();
  const plan = policy
    ? await policy.prepare(cx.vault, cx.clock, {
        viewer: cx.actor,
        itemId: item.id,
        attachment: { id: row.id, fileName: row.file_name, mime: row.mime, sha256: row.sha256 },
        grant: grant ?? null,
        bytes: new Uint8Array(data),
      })
    : null;
  const path = await cx.app.fileSaver.save(plan ? plan.bytes : new Uint8Array(data), plan ? plan.fileName : row.file_name);
  if (!path) {
    if (plan && cx.vault.isOpen) plan.cancelled();
    throw new DomainError('SAVE_CANCELLED', 'save cancelled');
  }
  // the idle lock may have closed the vault while the save dialog was open (the copy itself was
  // registered before the dialog opened)
  if (cx.vault.isOpen) {
    cx.vault.tx((w) =>
      appendAudit(w, cx.clock, {
        actorId: cx.actor.id,
        actorName: cx.actor.name,
        action: 'archive.attachment.save',
        entity: 'attachment',
        entityId: id,
        detail: {
          itemId: item.id,
          archiveNo: item.archive_no,
          classification: item.classification,
          fileName: row.file_name,
          sha256: row.sha256,
          path,
          ...(plan?.detail ?? {}),
        },
      }),
    );
  }
  return { path };
}
