// Import in two steps (R-ARCH-3 import, R-IT-1 "all or nothing"):
//   preview — parse + validate every row (async, in chunks: 'import.progress' can be polled);
//             nothing is written; the validated rows wait in memory under the caller's job id.
//   commit  — refused unless EVERY row was valid; then all rows are written in ONE vault.tx()
//             through the domain's own insertCustomer / insertItem (each appends its per-row
//             audit entry), followed by one summary entry. Any failure inside rolls back all.
// Why progress stops at the write: better-sqlite3 is synchronous, so no poll can be answered
// while the transaction runs on this thread. Splitting the write into several transactions
// would break all-or-nothing, so the write stays one block (≈ a second for 1 000 rows) and the
// job reports phase 'writing' before and 'done' after it.
import { createHash } from 'node:crypto';
import { appendAudit } from '../../audit/append';
import type { Actor } from '../../people/users';
import type { Role } from '../../contract/roles';

/** imports are always someone's: the job belongs to the signed-in user */
type Importer = Actor & { id: number; roles: readonly Role[] };
import { translate, type MessageLocale } from '../../contract/messages';
import { DomainError } from '../../contract/result';
import type { Clock } from '../../vault/clock';
import type { Vault } from '../../vault/vault';
import { insertCustomer } from '../customers';
import { insertItem } from '../items';
import type { ImportCommitted, ImportKind, ImportPreview, ImportProgress } from '../contract/import';
import { readTable } from './readTable';
import { validateTable, type Validated } from './validate';
import type { CustomerInput, ItemInput } from '../contract/calls';

export type ImportPhase = ImportProgress['phase'];

interface Job {
  userId: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  phase: ImportPhase;
  done: number;
  total: number;
  validated: Validated | null;
  startedAt: number;
}

/** Validated rows are confidential: jobs live only in this process and expire. */
const JOB_TTL_MS = 30 * 60_000;
const jobs = new Map<string, Job>();

function sweep(now: number): void {
  for (const [id, j] of jobs) if (now - j.startedAt > JOB_TTL_MS) jobs.delete(id);
}

function jobFor(jobId: string, userId: number, now: number): Job {
  sweep(now);
  const j = jobs.get(jobId);
  // another user's job is as absent as a missing one
  if (!j || j.userId !== userId) throw new DomainError('IMPORT_EXPIRED', 'no such import job');
  return j;
}

export async function previewImport(
  vault: Vault,
  clock: Clock,
  actor: Importer,
  req: { jobId: string; kind: ImportKind; fileName: string; bytes: Uint8Array; locale: MessageLocale },
): Promise<ImportPreview> {
  // items.create is the operator's alone; customers.create also the development specialist's
  if (req.kind === 'items' && !actor.roles.includes('operator')) throw new DomainError('FORBIDDEN_ROLE', 'items import needs the operator role');
  const now = clock.now().getTime();
  sweep(now);
  if (jobs.has(req.jobId)) throw new DomainError('DUPLICATE', 'job id in use');
  const job: Job = {
    userId: actor.id,
    kind: req.kind,
    fileName: req.fileName,
    sha256: createHash('sha256').update(req.bytes).digest('hex'),
    phase: 'reading',
    done: 0,
    total: 0,
    validated: null,
    startedAt: now,
  };
  jobs.set(req.jobId, job);
  try {
    const table = await readTable(req.bytes, req.fileName);
    job.phase = 'validating';
    job.total = table.rows.length;
    const v = await validateTable(vault.db, table, req.kind, req.locale, (done) => {
      job.done = done;
    });
    job.validated = v;
    job.phase = v.errors.length ? 'invalid' : 'ready';
    return {
      jobId: req.jobId,
      kind: req.kind,
      fileName: req.fileName,
      encoding: table.encoding ?? null,
      rows: v.rows,
      valid: v.valid.length,
      errors: v.errors,
      sample: v.sample,
      nonDurable:
        req.kind === 'items' ? v.valid.filter((r) => ['ballpoint', 'pencil', 'thermalPaper'].includes((r.input as ItemInput).writingMedium)).length : 0,
    };
  } catch (e) {
    jobs.delete(req.jobId);
    throw e;
  }
}

export function importProgress(clock: Clock, actor: Importer, jobId: string): ImportProgress {
  const j = jobFor(jobId, actor.id, clock.now().getTime());
  return { phase: j.phase, done: j.done, total: j.total };
}

/** Drops a user's pending previews (e.g. when their session ends): validated rows are confidential. */
// Validated rows must not outlive the session that read them (lock / sign-out / idle).

export function forgetImportJobs(userId: number): void {
  for (const [id, j] of jobs) if (j.userId === userId) jobs.delete(id);
}

export function discardImport(clock: Clock, actor: Importer, jobId: string): void {
  jobFor(jobId, actor.id, clock.now().getTime());
  jobs.delete(jobId);
}

export function commitImport(
  vault: Vault,
  clock: Clock,
  actor: Importer,
  jobId: string,
  locale: MessageLocale,
  onProgress: (done: number, total: number) => void = () => {},
): ImportCommitted {
  const job = jobFor(jobId, actor.id, clock.now().getTime());
  const v = job.validated;
  if (!v || job.phase === 'validating' || job.phase === 'reading') throw new DomainError('IMPORT_EXPIRED', 'preview not finished');
  if (job.phase === 'done') throw new DomainError('IMPORT_EXPIRED', 'already committed');
  if (v.errors.length > 0 || v.valid.length !== v.rows) {
    throw new DomainError('IMPORT_INVALID', 'the file has invalid rows', { count: new Set(v.errors.map((e) => e.row)).size });
  }
  job.phase = 'writing';
  job.done = 0;
  let current = 0;
  try {
    const ids = vault.tx((w) => {
      const out: number[] = [];
      for (const [i, r] of v.valid.entries()) {
        current = r.row;
        out.push(
          job.kind === 'customers'
            ? insertCustomer(w, clock, actor, r.input as CustomerInput).customerId
            : insertItem(w, clock, actor, r.input as ItemInput).id,
        );
        if ((i + 1) % 100 === 0 || i + 1 === v.valid.length) {
          job.done = i + 1;
          onProgress(i + 1, v.valid.length);
        }
      }
      appendAudit(w, clock, {
        actorId: actor.id,
        actorName: actor.name,
        action: 'archive.import',
        entity: job.kind === 'customers' ? 'customer' : 'item',
        entityId: null,
        detail: { kind: job.kind, fileName: job.fileName, fileSha256: job.sha256, rows: out.length, firstId: out[0] ?? null, lastId: out.at(-1) ?? null },
      });
      return out;
    });
    job.phase = 'done';
    job.validated = null; // the rows are in the vault now; do not keep a second copy in memory
    return { kind: job.kind, rows: ids.length, ids, fileSha256: job.sha256 };
  } catch (e) {
    job.phase = 'failed';
    if (e instanceof DomainError) {
      // e.g. a duplicate created by someone else between preview and commit: nothing was written
      throw new DomainError('IMPORT_ROW', e.message, { row: current, reason: translate(locale, `errors.${e.code}`) });
    }
    throw e;
  }
}
