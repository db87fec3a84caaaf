// The extension point of "save an attachment as a file" (R-SEC-3): a file that leaves the vault
// is a copy. The archive comes first in DOMAIN_ORDER and cannot import the copies domain, so that
// domain registers an export policy here (from its index.ts, at import time); saveAttachment asks
// it after the content gate. The policy decides whether this viewer may copy this item now (a
// grant that allows downloads, or an approved copy request), registers the copy in the copy
// register and returns the bytes to write — carrying a visible trace mark — and their file name.
// With no policy registered (the archive on its own) the verified bytes are saved as they are.
import type { Clock } from '../vault/clock';
import type { Vault } from '../vault/vault';
import type { ContentGrant } from './contentGrants';
import type { Viewer } from './items';

export interface AttachmentExport {
  viewer: Viewer;
  itemId: number;
  attachment: { id: number; fileName: string; mime: string; sha256: string };
  /** the grant the content gate opened the item under (null: custodian or content role) */
  grant: ContentGrant | null;
  /** the verified bytes */
  bytes: Uint8Array;
}

export interface ExportPlan {
  /** what is written (e.g. the marked PDF) */
  bytes: Uint8Array;
  fileName: string;
  /** merged into the archive.attachment.save audit detail (e.g. the copy's register number) */
  detail: Record<string, unknown>;
  /** the save dialog was cancelled: nothing was written (the policy records that in its register) */
  cancelled(): void;
}

export interface ExportPolicy {
  /** throws a DomainError when the copy is not allowed (the policy audits the refusal) */
  prepare(vault: Vault, clock: Clock, e: AttachmentExport): Promise<ExportPlan>;
}

let policy: ExportPolicy | null = null;

/** Called once by the copies domain's entry (electron/copies/index.ts). */
export function registerExportPolicy(p: ExportPolicy): void {
  policy = p;
}

export const exportPolicy = (): ExportPolicy | null => policy;
