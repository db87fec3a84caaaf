// The extension point of the item-content gate (R-USE-1): besides the item's custodian and the
// policy's content roles, a later domain (access, 查阅) may open an item's content to a viewer
// for a while — an access grant. The archive comes first in DOMAIN_ORDER and cannot import that
// domain, so the domain registers its check here (from its index.ts, at import time) and the
// gate asks every registered provider. A provider also records each view made under its grant
// (inside the gate's own transaction), so every view under a grant is audited by its owner.
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { Writer } from '../vault/sql';
import type { Viewer } from './items';

/** A grant in force for (viewer, item, now), as the gate needs it. */
export interface ContentGrant {
  grantId: number;
  /** the grant's number as people read it (the approved request's number, e.g. CY-2026-0001) */
  no: string;
  /** ISO time the grant ends: the content closes then, even in an open window */
  until: string;
  /** copies (R-SEC-3): printing / saving a file under this grant */
  allows: { print: boolean; download: boolean };
}

/** What was opened under the grant. */
export interface ContentView {
  itemId: number;
  op: 'item' | 'attachment.list' | 'attachment.get' | 'attachment.save';
  attachmentId?: number;
}

export interface ContentGrantProvider {
  /** the grant in force for this viewer and item at `now`, or null */
  find(db: Db, viewer: Viewer, itemId: number, now: Date): ContentGrant | null;
  /** records a view under `grant` in the caller's transaction (the provider's audit entry) */
  recordView(w: Writer, clock: Clock, viewer: Viewer, grant: ContentGrant, view: ContentView): void;
}

const providers: ContentGrantProvider[] = [];

/** Called once by a domain's entry (electron/<domain>/index.ts). */
export function registerContentGrant(p: ContentGrantProvider): void {
  if (!providers.includes(p)) providers.push(p);
}

/** The first grant a provider has in force, with its provider (to record the view). */
export function contentGrantFor(db: Db, viewer: Viewer, itemId: number, now: Date): { grant: ContentGrant; provider: ContentGrantProvider } | null {
  for (const provider of providers) {
    const grant = provider.find(db, viewer, itemId, now);
    if (grant) return { grant, provider };
  }
  return null;
}
