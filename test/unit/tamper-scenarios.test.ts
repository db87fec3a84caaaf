// R-IT-1 tamper matrix, whole-vault attacks: a forged checkpoint (valid format, wrong key), a
// checkpoint from another vault, a same-length forked chain, a truncated chain with a genuine
// checkpoint copied from an older keys.json. Each is judged by the real sign-in and verifier
// and, as a second opinion, by the independent recomputation in test/fixtures/verify-chain.ts.
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appendAudit } from '../../electron/audit/append';
import { checkRollback, verifyCheckpoint } from '../../electron/audit/checkpoint';
import { signatureProblem, signatureRowFromDb, type SignatureDbRow } from '../../electron/people/signatures';
import { activeKey } from '../../electron/people/userKeys';
import { signWithWrappedKey } from '../../electron/people/ed25519';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { Vault } from '../../electron/vault/vault';
import type { SignedCheckpoint } from '../../electron/vault/keyfile';
import {
  chainHead,
  chainProblems,
  checkpointForm,
  checkpointProblems,
  recomputeEntryHash,
  signatureForm,
  signatureProblems,
  type EntryRow,
} from '../fixtures/verify-chain';
import { copyVaultFiles, PW } from './audit-fixture';
import {
  auditorSignsIn,
  buildBase,
  copyOf,
  editSidecar,
  failedChecks,
  peek,
  problemsOf,
  readSidecar,
  tamper,
  verifyDir,
  type TamperBase,
} from './tamper-fixture';

let base: TamperBase;
let other: TamperBase;
beforeAll(async () => {
  base = await buildBase();
  other = await buildBase();
});
afterAll(() => {
  base?.cleanup();
  other?.cleanup();
});

interface CheckpointRow {
  id: number;
  seq: number;
  head: string;
  at: string;
  signer_id: number;
  key_id: number;
  signature: string;
}
const fromRow = (r: CheckpointRow): SignedCheckpoint => ({
  seq: r.seq,
  head: r.head,
  at: r.at,
  signerId: r.signer_id,
  keyId: r.key_id,
  signature: r.signature,
});

describe('R-IT-1 the independent recomputation (test/fixtures/verify-chain.ts)', () => {
  test('R-IT-1 agrees with the product on an untouched vault: chain, every stored checkpoint, the keys.json checkpoint, every signature', async () => {
    const kf = readSidecar(base.live);
    const seen = await peek(base.live, base.recoveryCode, (db) => ({
      chain: chainProblems(db),
      hashes: (db.prepare('SELECT * FROM audit_entry ORDER BY seq').all() as EntryRow[]).every((e) => recomputeEntryHash(e) === e.hash),
      stored: (db.prepare('SELECT * FROM checkpoints').all() as CheckpointRow[]).flatMap((r) => checkpointProblems(db, kf.vaultId, fromRow(r))),
      sidecar: checkpointProblems(db, kf.vaultId, kf.checkpoint!),
      signatures: signatureProblems(db),
      counts: db.prepare('SELECT (SELECT count(*) FROM checkpoints) AS cps, (SELECT count(*) FROM signatures) AS sigs').get(),
    }));
    expect(seen).toEqual({ chain: [], hashes: true, stored: [], sidecar: [], signatures: [], counts: { cps: 2, sigs: 1 } });
  });

  test.each(['at', 'actor_id', 'actor_name', 'action', 'entity', 'entity_id', 'detail_json', 'prev_hash'])(
    'R-IT-1 flags audit_entry.%s changed in one entry on its own (it is not judging by the product hash)',
    async (column) => {
      const t = copyOf(base);
      await tamper(t.dir, base.recoveryCode, (db) => {
        const v = db.prepare(`SELECT ${column} FROM audit_entry WHERE seq = 3`).pluck().get() as string | number | null;
        const changed = typeof v === 'number' ? v + 1 : v === null ? 'x' : column === 'prev_hash' ? '1'.repeat(64) : `${v}x`;
        db.prepare(`UPDATE audit_entry SET ${column} = ? WHERE seq = 3`).run(changed);
      });
      const problems = await peek(t.dir, base.recoveryCode, chainProblems);
      t.cleanup();
      expect(problems).toContain('seq 3: hash mismatch');
    },
  );
});

describe('R-IT-1 whole-vault attacks', () => {
  test('R-IT-1 a forged checkpoint (valid format, signed with the attacker’s own key) hiding a rollback: sign-in refuses, the verifier names it', async () => {
    // the attacker puts back an older vault.db and rewrites keys.json's checkpoint to its head
    const t = copyOf(base, 'older');
    copyVaultFiles(base.live, t.dir, ['keys.json']);
    const kf = readSidecar(t.dir);
    const head = await peek(t.dir, base.recoveryCode, chainHead);
    expect(kf.checkpoint!.seq).toBeGreaterThan(head.seq); // what the forgery must hide
    const attacker = generateKeyPairSync('ed25519');
    const body = { seq: head.seq, head: head.hash, at: kf.checkpoint!.at, signerId: 2 };
    const forged: SignedCheckpoint = {
      ...body,
      keyId: 2, // the auditor's real key id
      signature: sign(null, Buffer.from(checkpointForm(kf.vaultId, body), 'utf8'), attacker.privateKey).toString('base64'),
    };
    expect(Buffer.from(forged.signature, 'base64')).toHaveLength(64);
    editSidecar(t.dir, (k) => {
      k.checkpoint = forged;
    });
    try {
      expect(await peek(t.dir, base.recoveryCode, (db) => checkpointProblems(db, kf.vaultId, forged))).toEqual([`checkpoint ${head.seq}: signature invalid`]);
      expect(await auditorSignsIn(t.dir)).toMatchObject({ code: 'TAMPERED' });
      const r = await verifyDir(t.dir, base.recoveryCode);
      expect(failedChecks(r)).toEqual(['rollback']);
      expect(problemsOf(r, 'rollback')).toEqual(['The signed checkpoint in keys.json has an invalid signature']);
    } finally {
      t.cleanup();
    }
  });

  test('R-IT-1 a checkpoint from another vault in keys.json: sign-in refuses, the verifier names it', async () => {
    const t = copyOf(base);
    const foreign = readSidecar(other.live).checkpoint!;
    const own = readSidecar(t.dir).checkpoint!;
    expect(foreign.seq).toBe(own.seq); // same history, same length: only the contents differ
    editSidecar(t.dir, (k) => {
      k.checkpoint = foreign;
    });
    try {
      expect(await auditorSignsIn(t.dir)).toMatchObject({ code: 'TAMPERED' });
      const r = await verifyDir(t.dir, base.recoveryCode);
      expect(failedChecks(r)).toEqual(['rollback']);
      expect(problemsOf(r, 'rollback')).toEqual([
        `The signed checkpoint in keys.json (entry ${own.seq}) does not match the vault: the vault file was replaced or changed`,
      ]);
    } finally {
      t.cleanup();
    }
  });

  test('R-IT-1 a genuine checkpoint checked under another vault id does not hold (the signed form binds the vault)', async () => {
    const { vaultId, checkpoint } = readSidecar(base.live);
    const otherId = readSidecar(other.live).vaultId;
    expect(otherId).not.toBe(vaultId);
    const seen = await peek(base.live, base.recoveryCode, (db) => ({
      own: checkRollback(db, { vaultId, checkpoint }),
      foreign: checkRollback(db, { vaultId: otherId, checkpoint }),
      independent: checkpointProblems(db, otherId, checkpoint!),
    }));
    expect(seen).toEqual({
      own: [],
      foreign: [`keys.json checkpoint at seq ${checkpoint!.seq} has an invalid signature`],
      independent: [`checkpoint ${checkpoint!.seq}: signature invalid`],
    });
  });

  test('R-IT-1 a same-length forked chain (older vault.db extended with valid entries to the checkpoint’s seq): sign-in refuses, the verifier names it', async () => {
    const t = copyOf(base, 'older');
    copyVaultFiles(base.live, t.dir, ['keys.json']);
    const cp = readSidecar(t.dir).checkpoint!;
    const clock = new ManualClock(new Date(cp.at));
    await tamper(t.dir, base.recoveryCode, (db, vault) => {
      const head = chainHead(db);
      vault.tx((w) => {
        for (let s = head.seq + 1; s <= cp.seq; s++)
          appendAudit(w, clock, { actorId: 2, actorName: '孙丽', action: s === cp.seq ? 'audit.checkpoint' : 'auth.signIn', entity: 'user', entityId: 2 });
      });
    });
    try {
      const fork = await peek(t.dir, base.recoveryCode, (db) => ({ chain: chainProblems(db), head: chainHead(db) }));
      expect(fork.chain).toEqual([]); // a valid chain of the same length …
      expect(fork.head.seq).toBe(cp.seq);
      expect(fork.head.hash).not.toBe(cp.head); // … with another head
      expect(await auditorSignsIn(t.dir)).toMatchObject({ code: 'TAMPERED' });
      const r = await verifyDir(t.dir, base.recoveryCode);
      expect(failedChecks(r)).toEqual(['rollback']);
      expect(problemsOf(r, 'rollback')).toEqual([
        `The signed checkpoint in keys.json (entry ${cp.seq}) does not match the vault: the vault file was replaced or changed`,
      ]);
    } finally {
      t.cleanup();
    }
  });

  test('R-IT-1 a truncated chain with the matching checkpoint copied from an older keys.json: the verifier names the newer stored checkpoint', async () => {
    const t = copyOf(base);
    const older = readSidecar(base.older).checkpoint!;
    const newer = readSidecar(t.dir).checkpoint!;
    await tamper(t.dir, base.recoveryCode, (db) => {
      expect(db.prepare('DELETE FROM audit_entry WHERE seq > ?').run(older.seq).changes).toBe(newer.seq - older.seq);
    });
    editSidecar(t.dir, (k) => {
      k.checkpoint = older;
    });
    try {
      const seen = await peek(t.dir, base.recoveryCode, (db) => ({
        chain: chainProblems(db),
        stored: (db.prepare('SELECT * FROM checkpoints ORDER BY id').all() as CheckpointRow[]).map((r) =>
          checkpointProblems(db, readSidecar(t.dir).vaultId, fromRow(r)),
        ),
      }));
      // the tail cut is a valid chain and keys.json agrees with it: only the stored checkpoint #2 remembers
      expect(seen).toEqual({ chain: [], stored: [[], [`checkpoint ${newer.seq}: no such entry`]] });
      const r = await verifyDir(t.dir, base.recoveryCode);
      expect(failedChecks(r)).toEqual(['checkpoint']);
      expect(problemsOf(r, 'checkpoint')).toEqual([
        `Checkpoint #2 points at entry ${newer.seq}, which is not in the chain (deleted entries or a rolled-back vault)`,
      ]);
    } finally {
      t.cleanup();
    }
  });
});

/** The insider: the auditor (user 2) unlocks with her own password and signs with her own key (2). */
async function asAuditor<T>(dir: string, fn: (vault: Vault, signAsHerself: (message: string) => string) => T): Promise<T> {
  const un = await Vault.unlockWithPassword(dir, 'auditor', PW.auditor, { clock: new ManualClock(), kdfParams: FAST_TEST_KDF_PARAMS });
  if (!un) throw new Error('auditor password did not open the vault');
  try {
    const key = activeKey(un.vault.db, 2)!;
    expect(key.id).toBe(2);
    return fn(un.vault, (m) => signWithWrappedKey(2, key.wrapped, un.kek, m)!);
  } finally {
    un.kek.fill(0);
    un.vault.close();
  }
}

describe('R-IT-1 an insider signs in another user’s name with her own key (the key must belong to the signer)', () => {
  test('R-IT-1 a signature row naming 周强 (user 3) but made with the auditor’s key 2: the verifier says the key is not the signer’s', async () => {
    const t = copyOf(base);
    try {
      await asAuditor(t.dir, (vault, signAsHerself) => {
        const s = vault.db.prepare('SELECT * FROM signatures WHERE id = 1').get() as { record_id: string; content_hash: string; audit_head: string };
        const fields = {
          recordType: 'auditVerification',
          recordId: s.record_id,
          contentHash: s.content_hash,
          signerId: 3,
          signerName: '周强',
          meaning: 'approved',
          at: '2026-11-27T02:00:00.000Z',
          auditHead: s.audit_head,
        };
        vault.db
          .prepare(
            `INSERT INTO signatures(record_type, record_id, content_hash, signer_id, signer_name, meaning, at, audit_head, key_id, signature) VALUES (?, ?, ?, 3, '周强', 'approved', ?, ?, 2, ?)`,
          )
          .run(fields.recordType, fields.recordId, fields.contentHash, fields.at, fields.auditHead, signAsHerself(signatureForm(fields)));
      });
      const r = await verifyDir(t.dir, base.recoveryCode);
      expect(failedChecks(r)).toEqual(['signatures']);
      expect(problemsOf(r, 'signatures')).toEqual([
        expect.stringMatching(/^Signature #2 \(周强, auditVerification [0-9a-f-]+\) does not verify: the signing key does not belong to the signer$/),
      ]);
      const seen = await peek(t.dir, base.recoveryCode, (db) => ({
        product: signatureProblem(db, signatureRowFromDb(db.prepare('SELECT * FROM signatures WHERE id = 2').get() as SignatureDbRow)),
        independent: signatureProblems(db),
      }));
      expect(seen.product).toMatch(/^signature 2 on auditVerification [0-9a-f-]+: signing key 2 does not belong to user 3$/);
      expect(seen.independent).toEqual(["signature 2: key 2 is not user 3's"]);
    } finally {
      t.cleanup();
    }
  });

  test('R-IT-1 a stored checkpoint naming user 3 but made with the auditor’s key 2: the checkpoint check rejects it', async () => {
    const t = copyOf(base);
    try {
      const { vaultId } = readSidecar(t.dir);
      await asAuditor(t.dir, (vault, signAsHerself) => {
        const head = chainHead(vault.db);
        const body = { seq: head.seq, head: head.hash, at: '2026-11-27T02:00:00.000Z', signerId: 3 };
        vault.db
          .prepare('INSERT INTO checkpoints(seq, head, at, signer_id, key_id, signature) VALUES (?, ?, ?, 3, 2, ?)')
          .run(body.seq, body.head, body.at, signAsHerself(checkpointForm(vaultId, body)));
      });
      const r = await verifyDir(t.dir, base.recoveryCode);
      expect(failedChecks(r)).toEqual(['checkpoint']);
      const seq = readSidecar(t.dir).checkpoint!.seq;
      expect(problemsOf(r, 'checkpoint')).toEqual([`Checkpoint #3 (entry ${seq}) has an invalid signature`]);
      const row = await peek(t.dir, base.recoveryCode, (db) => db.prepare('SELECT * FROM checkpoints WHERE id = 3').get() as CheckpointRow);
      const seen = await peek(t.dir, base.recoveryCode, (db) => verifyCheckpoint(db, vaultId, fromRow(row)));
      expect(seen).toEqual([`checkpoint seq ${seq}: signing key 2 of user 3 not found`]);
    } finally {
      t.cleanup();
    }
  });

  test('R-IT-1 a keys.json checkpoint hiding a rollback, naming user 3 but made with the auditor’s key 2: sign-in refuses, the verifier names it', async () => {
    const t = copyOf(base, 'older');
    copyVaultFiles(base.live, t.dir, ['keys.json']);
    try {
      const { vaultId } = readSidecar(t.dir);
      const forged = await asAuditor(t.dir, (vault, signAsHerself) => {
        const head = chainHead(vault.db);
        const body = { seq: head.seq, head: head.hash, at: '2026-11-27T02:00:00.000Z', signerId: 3 };
        return { ...body, keyId: 2, signature: signAsHerself(checkpointForm(vaultId, body)) };
      });
      editSidecar(t.dir, (k) => {
        k.checkpoint = forged;
      });
      expect(await auditorSignsIn(t.dir)).toMatchObject({ code: 'TAMPERED' });
      const r = await verifyDir(t.dir, base.recoveryCode);
      expect(failedChecks(r)).toEqual(['rollback']);
      expect(problemsOf(r, 'rollback')).toEqual(['The signed checkpoint in keys.json has an invalid signature']);
    } finally {
      t.cleanup();
    }
  });
});
