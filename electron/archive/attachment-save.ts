// Saving an attachment to a file goes through the main process (the FileSaver port: main's save
// dialog, main writes the file), never through the page's own download: a plaintext copy leaving
// the vault is recorded for every level — who, which file, its sha256, where to.
import type { CallContext } from '../core/context';
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import { checkedAttachment } from './attachments';

export async function saveAttachment(cx: CallContext, id: number): Promise<{ path: string }> {
  if (!cx.app.fileSaver) throw new Error('no FileSaver port in this context');
  const { row, item, data } = checkedAttachment(cx.vault, cx.clock, cx.actor, id, 'save');
  const path = await cx.app.fileSaver.save(new Uint8Array(data), row.file_name);
  if (!path) throw new DomainError('SAVE_CANCELLED', 'save cancelled');
  // the idle lock may have closed the vault while the save dialog was open
  if (cx.vault.isOpen) {
    cx.vault.tx((w) =>
      appendAudit(w, cx.clock, {
        actorId: cx.actor.id,
        actorName: cx.actor.name,
        action: 'archive.attachment.save',
        entity: 'attachment',
        entityId: id,
        detail: { itemId: item.id, archiveNo: item.archive_no, classification: item.classification, fileName: row.file_name, sha256: row.sha256, path },
      }),
    );
  }
  return { path };
}
