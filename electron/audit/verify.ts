// The verifier: every check an auditor relies on, each reported separately and readably.
// Shared by the audit.verify handler, the `vault verify` command and backup (which checks the
// copy it writes). One failing check never stops the others: a damaged vault still gets a report.
//
// Detection is delegated to the same functions the app uses at sign-in and signing
// (verifySignatureRow, verifyCheckpoint, checkRollback); the readable wording (zh-CN / en) is
// produced here by classifying what went wrong.
import type { MessageLocale } from '../contract/messages';
import type { SignatureRow, VerifyCheck, VerifyReport } from '../contract/types';
import { recordContentHash, signatureRowFromDb, verifySignatureRow, type SignatureDbRow } from '../people/signatures';
import { keyById } from '../people/userKeys';
import { verifyEd25519 } from '../people/ed25519';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { KeyFile, SignedCheckpoint } from '../vault/keyfile';
import { vaultFilePath } from '../vault/keyfile';
import type { Vault } from '../vault/vault';
import { entryHash, auditHead, type AuditEntryRecord } from './append';
import { GENESIS_HASH } from './canonical';
import { checkpointMessage, checkRollback, verifyCheckpoint } from './checkpoint';
import { checkPageHmacs } from './cipherCheck';
import { vt } from './verifyMessages';

export interface VerifyOptions {
  clock: Clock;
  locale?: MessageLocale;
  /** vault.db and its raw data key for the page-level cipher check; without it that check fails */
  cipher?: { file: string; key: Buffer };
  /** problems listed per check before "n more" (default 20) */
  maxProblems?: number;
}

type T = (key: string, data?: Record<string, unknown>) => string;

/** Collects problems up to a cap, then counts the rest. */
class Problems {
  private list: string[] = [];
  private extra = 0;
  constructor(
    private readonly t: T,
    private readonly max: number,
  ) {}
  add(p: string): void {
    if (this.list.length < this.max) this.list.push(p);
    else this.extra++;
  }
  get count(): number {
    return this.list.length + this.extra;
  }
  done(name: VerifyCheck['name']): VerifyCheck {
    const problems = this.extra ? [...this.list, this.t('more', { n: this.extra })] : this.list;
    return { name, ok: this.count === 0, problems };
  }
}

const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const APPEND_ONLY_TRIGGERS = ['audit_entry_no_update', 'audit_entry_no_delete', 'signatures_no_update', 'signatures_no_delete'];
/** How far from its position a moved entry is searched for (hash covers seq, so we try candidates). */
const MOVE_SEARCH = 1000;

/** The seq this entry was hashed with, when it is not where it is now (moved / renumbered). */
function originalSeq(r: AuditEntryRecord): number | null {
  for (let d = 1; d <= MOVE_SEARCH; d++) {
    for (const s of [r.seq + d, r.seq - d]) {
      if (s >= 1 && entryHash({ ...r, seq: s }) === r.hash) return s;
    }
  }
  return null;
}

function checkChain(db: Db, t: T, max: number): { check: VerifyCheck; entries: number; head: string } {
  const p = new Problems(t, max);
  let entries = 0;
  let head = GENESIS_HASH;
  try {
    const present = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).pluck().all() as string[]);
    const missing = APPEND_ONLY_TRIGGERS.filter((n) => !present.has(n));
    if (missing.length) p.add(t('chain.triggersMissing', { names: missing.join(', ') }));

    const hashExists = db.prepare('SELECT 1 FROM audit_entry WHERE hash = ?').pluck();
    let expected = 1;
    let prevHash = GENESIS_HASH;
    // a row right after a flagged one cannot link to it: that is the same problem, not a new one
    let prevFlagged = false;
    for (const r of db.prepare('SELECT * FROM audit_entry ORDER BY seq').iterate() as IterableIterator<AuditEntryRecord>) {
      entries++;
      const gap = r.seq > expected;
      if (gap) p.add(t('chain.deleted', { from: expected, to: r.seq - 1 }));
      const flagged = gap || entryHash(r) !== r.hash;
      if (entryHash(r) !== r.hash) {
        // the move search costs up to 2·MOVE_SEARCH hashes: only for problems that get listed
        const orig = p.count < max ? originalSeq(r) : null;
        if (orig === null) p.add(t('chain.altered', { seq: r.seq }));
        else if (hashExists.get(r.prev_hash) !== undefined || r.prev_hash === GENESIS_HASH) p.add(t('chain.reordered', { seq: r.seq, orig }));
        else p.add(t('chain.deletedRenumbered', { seq: r.seq, orig }));
      } else if (r.prev_hash !== prevHash && !gap && !prevFlagged) {
        p.add(t('chain.brokenLink', { seq: r.seq }));
      }
      prevFlagged = flagged;
      prevHash = r.hash;
      head = r.hash;
      expected = r.seq + 1;
    }
  } catch (e) {
    p.add(t('chain.unreadable', { error: errText(e) }));
  }
  return { check: p.done('chain'), entries, head };
}

function signatureReason(db: Db, row: SignatureRow, locale: MessageLocale): string {
  const zh = locale === 'zh-CN';
  const hash = recordContentHash(db, row.recordType, row.recordId);
  if (hash === null) return zh ? '被签署的记录已不存在' : 'the signed record no longer exists';
  if (hash !== row.contentHash) return zh ? '签署后记录内容被改动' : "the record's content changed after signing";
  const key = keyById(db, row.keyId);
  if (!key || key.user_id !== row.signerId) return zh ? '签名密钥不属于签署人' : 'the signing key does not belong to the signer';
  return zh ? 'Ed25519 签名无效（签名内容被改动或被复制到其他记录）' : 'Ed25519 signature invalid (payload changed or copied from another record)';
}

function checkSignatures(db: Db, t: T, locale: MessageLocale, max: number): VerifyCheck {
  const p = new Problems(t, max);
  try {
    for (const r of db.prepare('SELECT * FROM signatures ORDER BY id').iterate() as IterableIterator<SignatureDbRow>) {
      const row = signatureRowFromDb(r);
      if (!verifySignatureRow(db, row)) {
        p.add(t('sig.invalid', { id: r.id, signer: r.signer_name, record: `${r.record_type} ${r.record_id}`, reason: signatureReason(db, row, locale) }));
      }
    }
  } catch (e) {
    p.add(t('sig.unreadable', { error: errText(e) }));
  }
  return p.done('signatures');
}

function signatureHolds(db: Db, vaultId: string, cp: SignedCheckpoint): boolean {
  const key = keyById(db, cp.keyId);
  return !!key && key.user_id === cp.signerId && verifyEd25519(key.public_key, checkpointMessage(vaultId, cp), cp.signature);
}

function checkCheckpoints(db: Db, vaultId: string, t: T, max: number): VerifyCheck {
  const p = new Problems(t, max);
  try {
    const rows = db.prepare('SELECT * FROM checkpoints ORDER BY id').all() as {
      id: number;
      seq: number;
      head: string;
      at: string;
      signer_id: number;
      key_id: number;
      signature: string;
    }[];
    const hashAt = db.prepare('SELECT hash FROM audit_entry WHERE seq = ?').pluck();
    for (const r of rows) {
      const cp: SignedCheckpoint = { seq: r.seq, head: r.head, at: r.at, signerId: r.signer_id, keyId: r.key_id, signature: r.signature };
      if (verifyCheckpoint(db, vaultId, cp).length === 0) continue;
      if (!signatureHolds(db, vaultId, cp)) p.add(t('cp.badSignature', { id: r.id, seq: r.seq }));
      const hash = hashAt.get(r.seq) as string | undefined;
      if (hash === undefined) p.add(t('cp.missingEntry', { id: r.id, seq: r.seq }));
      else if (hash !== r.head) p.add(t('cp.headMismatch', { id: r.id, seq: r.seq }));
    }
  } catch (e) {
    p.add(t('cp.unreadable', { error: errText(e) }));
  }
  return p.done('checkpoint');
}

function checkIntegrity(db: Db, t: T, max: number): VerifyCheck {
  const p = new Problems(t, max);
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    for (const r of rows) if (r.integrity_check !== 'ok') p.add(t('integrity.problem', { msg: r.integrity_check }));
    // foreign keys are part of integrity too (a deleted user whose signatures remain, …)
    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const r of fk) p.add(t('integrity.problem', { msg: `${r.table} #${r.rowid} → ${r.parent}` }));
  } catch (e) {
    p.add(t('integrity.error', { error: errText(e) }));
  }
  return p.done('integrity');
}

/** Page HMACs of the file itself (our cipher_integrity_check; see cipherCheck.ts for why). */
export function checkCipherFile(file: string, key: Buffer | null, t: T, max = 20): VerifyCheck {
  const p = new Problems(t, max);
  if (!key) {
    p.add(t('cipher.noKey'));
    return p.done('cipherIntegrity');
  }
  try {
    const r = checkPageHmacs(file, key, max);
    if (r.badCount) p.add(t('cipher.badPages', { count: r.badCount, pages: r.badPages.join(', ') + (r.badCount > r.badPages.length ? ' …' : '') }));
    if (r.truncated) p.add(t('cipher.truncated'));
  } catch (e) {
    p.add(t('cipher.error', { error: errText(e) }));
  }
  return p.done('cipherIntegrity');
}

function checkCipher(db: Db, opts: VerifyOptions, t: T, max: number): VerifyCheck {
  if (!opts.cipher) return checkCipherFile('', null, t, max);
  let walPending = false;
  try {
    // Move committed WAL pages into vault.db so the file check sees every page.
    const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    walPending = !!r && (r.busy !== 0 || r.log !== r.checkpointed);
  } catch {
    walPending = true;
  }
  const check = checkCipherFile(opts.cipher.file, opts.cipher.key, t, max);
  if (walPending) return { ...check, ok: false, problems: [...check.problems, t('cipher.walPending')] };
  return check;
}

function checkRollbackReadable(db: Db, kf: KeyFile, t: T): VerifyCheck {
  const p = new Problems(t, 20);
  try {
    const cp = kf.checkpoint;
    if (cp && checkRollback(db, kf).length > 0) {
      const head = auditHead(db);
      const hash = db.prepare('SELECT hash FROM audit_entry WHERE seq = ?').pluck().get(cp.seq) as string | undefined;
      if (cp.seq > head.seq) p.add(t('rollback.behind', { seq: cp.seq, head: head.seq }));
      else if (hash !== cp.head) p.add(t('rollback.mismatch', { seq: cp.seq }));
      else p.add(t('rollback.badSignature'));
    }
  } catch (e) {
    p.add(t('rollback.error', { error: errText(e) }));
  }
  return p.done('rollback');
}

/**
 * Runs every check on an open vault database. `keyFile` is the sidecar as read from disk (its
 * checkpoint is the rollback reference). Read-only except for the WAL checkpoint.
 */
export function verifyVault(db: Db, keyFile: KeyFile, opts: VerifyOptions): VerifyReport {
  const locale = opts.locale ?? 'zh-CN';
  const max = opts.maxProblems ?? 20;
  const t: T = (k, d) => vt(locale, k, d);
  const chain = checkChain(db, t, max);
  const checks: VerifyCheck[] = [
    chain.check,
    checkSignatures(db, t, locale, max),
    checkCheckpoints(db, keyFile.vaultId, t, max),
    checkIntegrity(db, t, max),
    checkCipher(db, opts, t, max),
    checkRollbackReadable(db, keyFile, t),
  ];
  const notices = clockNotices(db, t, max);
  return {
    ok: checks.every((c) => c.ok),
    checkedAt: opts.clock.now().toISOString(),
    entries: chain.entries,
    head: chain.head,
    checks,
    ...(notices.length ? { notices } : {}),
  };
}

/** Entries recorded at an earlier time than the entry before them (the clock was set back). */
function clockNotices(db: Db, t: T, max: number): string[] {
  try {
    const rows = db
      .prepare('SELECT a.seq, a.at, b.at AS prev_at FROM audit_entry a JOIN audit_entry b ON b.seq = a.seq - 1 WHERE a.at < b.at ORDER BY a.seq LIMIT ?')
      .all(max) as { seq: number; at: string; prev_at: string }[];
    return rows.map((r) => t('clock.backwards', { seq: r.seq, at: r.at, prev: r.prev_at }));
  } catch {
    return [];
  }
}

/** verifyVault for an unlocked Vault: reads keys.json and supplies the data key for the page check. */
export function verifyOpenVault(vault: Vault, opts: Omit<VerifyOptions, 'cipher'>): VerifyReport {
  return vault.withDataKey((key) => verifyVault(vault.db, vault.keyFile(), { ...opts, cipher: { file: vaultFilePath(vault.dir), key } }));
}

/**
 * When vault.db cannot even be opened with a data key known to be right (it unwrapped from a
 * slot): a report built from the file-level page check, so the operator still reads what broke.
 */
export function unopenableReport(file: string, key: Buffer, error: unknown, opts: Pick<VerifyOptions, 'clock' | 'locale'>): VerifyReport {
  const locale = opts.locale ?? 'zh-CN';
  const t: T = (k, d) => vt(locale, k, d);
  const failed = (name: VerifyCheck['name']): VerifyCheck => ({ name, ok: false, problems: [t('open.failed', { error: errText(error) })] });
  const checks: VerifyCheck[] = [
    failed('chain'),
    failed('signatures'),
    failed('checkpoint'),
    failed('integrity'),
    checkCipherFile(file, key, t),
    failed('rollback'),
  ];
  return { ok: false, checkedAt: opts.clock.now().toISOString(), entries: 0, head: GENESIS_HASH, checks };
}
