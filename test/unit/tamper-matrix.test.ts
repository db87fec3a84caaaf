// R-IT-1 tamper matrix: every column the audit hash covers, every signed field of a signature
// and of a checkpoint (in the vault and in keys.json) is altered alone, and the verifier must
// name exactly that damage. Each case fails when the matching check or hashed field is removed
// from the product code (see the issue-13 report for the mutations each case was run against).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyCheckpoint } from '../../electron/audit/checkpoint';
import { recordContentHash, registerRecordType, signatureProblem, signatureRowFromDb, type SignatureDbRow } from '../../electron/people/signatures';
import type { Db } from '../../electron/vault/db';
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
beforeAll(async () => {
  base = await buildBase();
});
afterAll(() => base?.cleanup());

// A second signable record type whose content is the auditVerification with the same id: a
// signature moved onto it has a matching content hash, so only the signed recordType can tell.
registerRecordType('tamperTwin', {
  contentHash: (db, id) => recordContentHash(db, 'auditVerification', id),
  requesterId: () => null,
});

const hashOf = (db: Db, seq: number) => db.prepare('SELECT hash FROM audit_entry WHERE seq = ?').pluck().get(seq) as string;

async function reportAfter(fn: (db: Db) => void) {
  const t = copyOf(base);
  try {
    await tamper(t.dir, base.recoveryCode, fn);
    return await verifyDir(t.dir, base.recoveryCode);
  } finally {
    t.cleanup();
  }
}

describe('R-IT-1 tamper matrix: audit entry columns', () => {
  test('R-IT-1 the untouched copy passes every check (the matrix starts from a clean vault)', async () => {
    const t = copyOf(base);
    const r = await verifyDir(t.dir, base.recoveryCode);
    t.cleanup();
    expect(failedChecks(r)).toEqual([]);
    expect(r.entries).toBeGreaterThan(10);
  });

  // entry 3: admin (1, 系统管理员) creates user 2 (auditor)
  const altered = ['Audit entry 3 was altered (hash mismatch)'];
  test.each([
    ['at', `UPDATE audit_entry SET at = '2026-11-27T01:00:01.000Z' WHERE seq = 3`],
    ['actor_id', `UPDATE audit_entry SET actor_id = 3 WHERE seq = 3`],
    ['actor_name', `UPDATE audit_entry SET actor_name = '周强' WHERE seq = 3`],
    ['action', `UPDATE audit_entry SET action = 'user.disable' WHERE seq = 3`],
    ['entity', `UPDATE audit_entry SET entity = 'vault' WHERE seq = 3`],
    ['entity_id', `UPDATE audit_entry SET entity_id = '3' WHERE seq = 3`],
    ['detail_json', `UPDATE audit_entry SET detail_json = replace(detail_json, '"auditor"]', '"sysAdmin"]') WHERE seq = 3`],
    ['prev_hash', `UPDATE audit_entry SET prev_hash = (SELECT hash FROM audit_entry WHERE seq = 1) WHERE seq = 3`],
  ])('R-IT-1 audit_entry.%s changed in one entry: the chain check names entry 3 as altered', async (column, sql) => {
    const r = await reportAfter((db) => {
      const before = db.prepare('SELECT * FROM audit_entry WHERE seq = 3').get() as Record<string, unknown>;
      db.prepare(sql).run();
      const after = db.prepare('SELECT * FROM audit_entry WHERE seq = 3').get() as Record<string, unknown>;
      // exactly the one column changed
      expect(Object.keys(before).filter((k) => before[k] !== after[k])).toEqual([column]);
    });
    expect(failedChecks(r)).toEqual(['chain']);
    expect(problemsOf(r, 'chain')).toEqual(altered);
  });

  test('R-IT-1 audit_entry.seq changed in one entry: the chain check names where it was hashed and the hole it left', async () => {
    const r = await reportAfter((db) => db.prepare('UPDATE audit_entry SET seq = 0 WHERE seq = 3').run());
    expect(failedChecks(r)).toEqual(['chain']);
    expect(problemsOf(r, 'chain')).toEqual(['Audit entry 0 was entry 3 (entries reordered)', 'Audit entries 3 to 3 are missing (deleted)']);
  });

  test('R-IT-1 audit_entry.hash overwritten in one entry: the chain check names entry 3 (its successor is not blamed twice)', async () => {
    const r = await reportAfter((db) => db.prepare(`UPDATE audit_entry SET hash = '${'ab'.repeat(32)}' WHERE seq = 3`).run());
    expect(failedChecks(r)).toEqual(['chain']);
    expect(problemsOf(r, 'chain')).toEqual(altered);
  });
});

describe('R-IT-1 tamper matrix: signed fields of a signature', () => {
  const INVALID = 'Ed25519 signature invalid (payload changed or copied from another record)';
  const NOT_SIGNERS_KEY = 'the signing key does not belong to the signer';
  const CHANGED = "the record's content changed after signing";
  const sig1 = (db: Db) => db.prepare('SELECT * FROM signatures WHERE id = 1').get() as SignatureDbRow;

  async function signatureCase(fn: (db: Db, s: SignatureDbRow) => void) {
    let row!: SignatureDbRow;
    const r = await reportAfter((db) => {
      fn(db, sig1(db));
      row = sig1(db);
    });
    return { r, line: (reason: string) => `Signature #1 (${row.signer_name}, ${row.record_type} ${row.record_id}) does not verify: ${reason}` };
  }

  test.each([
    ['record_type', `UPDATE signatures SET record_type = 'tamperTwin' WHERE id = 1`, INVALID],
    ['content_hash', `UPDATE signatures SET content_hash = '${'0'.repeat(64)}' WHERE id = 1`, CHANGED],
    ['signer_id', `UPDATE signatures SET signer_id = 2 WHERE id = 1`, NOT_SIGNERS_KEY],
    ['signer_name', `UPDATE signatures SET signer_name = '孙丽' WHERE id = 1`, INVALID],
    ['meaning', `UPDATE signatures SET meaning = 'approved' WHERE id = 1`, INVALID],
    ['at', `UPDATE signatures SET at = replace(at, ':00.000Z', ':01.000Z') WHERE id = 1`, INVALID],
    ['audit_head', `UPDATE signatures SET audit_head = (SELECT hash FROM audit_entry WHERE seq = 1) WHERE id = 1`, INVALID],
    ['key_id (a key that belongs to another user)', `UPDATE signatures SET key_id = 2 WHERE id = 1`, NOT_SIGNERS_KEY],
    [
      'signature (a valid-format signature of something else)',
      `UPDATE signatures SET signature = (SELECT signature FROM checkpoints WHERE id = 1) WHERE id = 1`,
      INVALID,
    ],
  ])('R-IT-1 signatures.%s changed: the signature check names signature #1 and why', async (_field, sql, reason) => {
    const { r, line } = await signatureCase((db, before) => {
      db.prepare(sql).run();
      const after = sig1(db);
      expect(Object.keys(before).filter((k) => before[k as keyof SignatureDbRow] !== after[k as keyof SignatureDbRow])).toHaveLength(1);
    });
    expect(failedChecks(r)).toEqual(['signatures']);
    expect(problemsOf(r, 'signatures')).toEqual([line(reason)]);
  });

  test('R-IT-1 signatures.record_id moved to a twin record with identical content: only the signed recordId tells, and it does', async () => {
    const { r, line } = await signatureCase((db, s) => {
      db.prepare(
        `INSERT INTO audit_verifications(id, at, by_id, ok, report_json, content_hash) SELECT 'twin', at, by_id, ok, report_json, content_hash FROM audit_verifications WHERE id = ?`,
      ).run(s.record_id);
      expect(recordContentHash(db, 'auditVerification', 'twin')).toBe(s.content_hash);
      db.prepare(`UPDATE signatures SET record_id = 'twin' WHERE id = 1`).run();
    });
    expect(failedChecks(r)).toEqual(['signatures']);
    expect(problemsOf(r, 'signatures')).toEqual([line(INVALID)]);
  });

  test('R-IT-1 the signed record changed and signatures.content_hash rewritten to match: the signed contentHash tells', async () => {
    const { r, line } = await signatureCase((db, s) => {
      const json = db.prepare('SELECT report_json FROM audit_verifications WHERE id = ?').pluck().get(s.record_id) as string;
      const forged = JSON.stringify({ ...(JSON.parse(json) as object), entries: 1 });
      db.prepare('UPDATE audit_verifications SET report_json = ? WHERE id = ?').run(forged, s.record_id);
      const hash = recordContentHash(db, 'auditVerification', s.record_id)!;
      expect(hash).not.toBe(s.content_hash);
      db.prepare('UPDATE audit_verifications SET content_hash = ? WHERE id = ?').run(hash, s.record_id);
      db.prepare('UPDATE signatures SET content_hash = ? WHERE id = 1').run(hash);
    });
    expect(failedChecks(r)).toEqual(['signatures']);
    expect(problemsOf(r, 'signatures')).toEqual([line(INVALID)]);
  });

  test('R-IT-1 a signature whose key belongs to another user: signatureProblem says whose key it is', async () => {
    const t = copyOf(base);
    await tamper(t.dir, base.recoveryCode, (db) => db.prepare('UPDATE signatures SET key_id = 2 WHERE id = 1').run());
    const problem = await peek(t.dir, base.recoveryCode, (db) => signatureProblem(db, signatureRowFromDb(sig1(db))));
    t.cleanup();
    expect(problem).toMatch(/^signature 1 on auditVerification [0-9a-f-]+: signing key 2 does not belong to user 3$/);
  });
});

describe('R-IT-1 tamper matrix: signed fields of a checkpoint in the vault', () => {
  // checkpoint #1: entry 9, signed by the auditor (user 2, key 2) at her first sign-out
  const bad = 'Checkpoint #1 (entry 9) has an invalid signature';
  test.each([
    [
      'seq',
      `UPDATE checkpoints SET seq = 8 WHERE id = 1`,
      ['Checkpoint #1 (entry 8) has an invalid signature', 'Checkpoint #1 does not match the hash of entry 8 (entries changed)'],
    ],
    [
      'head',
      `UPDATE checkpoints SET head = (SELECT hash FROM audit_entry WHERE seq = 8) WHERE id = 1`,
      [bad, 'Checkpoint #1 does not match the hash of entry 9 (entries changed)'],
    ],
    ['at', `UPDATE checkpoints SET at = replace(at, ':00.000Z', ':01.000Z') WHERE id = 1`, [bad]],
    ['signer_id', `UPDATE checkpoints SET signer_id = 3 WHERE id = 1`, [bad]],
    ['key_id', `UPDATE checkpoints SET key_id = 3 WHERE id = 1`, [bad]],
    ['signature', `UPDATE checkpoints SET signature = (SELECT signature FROM checkpoints WHERE id = 2) WHERE id = 1`, [bad]],
  ])('R-IT-1 checkpoints.%s changed: the checkpoint check names checkpoint #1', async (_field, sql, expected) => {
    const r = await reportAfter((db) => {
      expect(db.prepare('SELECT seq, signer_id, key_id FROM checkpoints WHERE id = 1').get()).toEqual({ seq: 9, signer_id: 2, key_id: 2 });
      expect(db.prepare(sql).run().changes).toBe(1);
    });
    expect(failedChecks(r)).toEqual(['checkpoint']);
    expect(problemsOf(r, 'checkpoint')).toEqual(expected);
  });

  test('R-IT-1 verifyCheckpoint (what sign-in and the verifier share) names each problem in its own words', async () => {
    const { vaultId, checkpoint } = readSidecar(base.live);
    const cp = checkpoint!;
    const seen = await peek(base.live, base.recoveryCode, (db) => ({
      genuine: verifyCheckpoint(db, vaultId, cp),
      otherUsersKey: verifyCheckpoint(db, vaultId, { ...cp, keyId: 3 }),
      noSuchKey: verifyCheckpoint(db, vaultId, { ...cp, keyId: 99 }),
      pastTheEnd: verifyCheckpoint(db, vaultId, { ...cp, seq: cp.seq + 1 }),
      otherHead: verifyCheckpoint(db, vaultId, { ...cp, head: hashOf(db, 1) }),
    }));
    expect(seen).toEqual({
      genuine: [],
      otherUsersKey: [`checkpoint seq ${cp.seq}: signing key 3 of user 2 not found`],
      noSuchKey: [`checkpoint seq ${cp.seq}: signing key 99 of user 2 not found`],
      pastTheEnd: [`checkpoint seq ${cp.seq + 1}: signature invalid`, `checkpoint seq ${cp.seq + 1}: audit entry missing`],
      otherHead: [`checkpoint seq ${cp.seq}: signature invalid`, `checkpoint seq ${cp.seq}: audit entry hash differs from the signed head`],
    });
  });
});

describe('R-IT-1 tamper matrix: signed fields of the checkpoint in keys.json (the rollback reference)', () => {
  test.each([
    ['seq', 'mismatch'],
    ['head', 'mismatch'],
    ['at', 'badSignature'],
    ['signerId', 'badSignature'],
    ['keyId', 'badSignature'],
    ['signature', 'badSignature'],
  ] as const)('R-IT-1 keys.json checkpoint.%s changed: sign-in refuses (TAMPERED) and the rollback check names it', async (field, kind) => {
    const t = copyOf(base);
    try {
      const cp = readSidecar(t.dir).checkpoint!;
      const older = readSidecar(base.older).checkpoint!;
      const prevHash = await peek(t.dir, base.recoveryCode, (db) => hashOf(db, cp.seq - 1));
      const changed = {
        seq: { seq: cp.seq - 1 },
        head: { head: prevHash },
        at: { at: new Date(Date.parse(cp.at) + 1000).toISOString() },
        signerId: { signerId: 3 },
        keyId: { keyId: 3 },
        signature: { signature: older.signature },
      }[field];
      expect(cp[field]).not.toEqual(changed[field as keyof typeof changed]);
      editSidecar(t.dir, (kf) => Object.assign(kf.checkpoint!, changed));

      expect(await auditorSignsIn(t.dir)).toMatchObject({ code: 'TAMPERED' });
      const r = await verifyDir(t.dir, base.recoveryCode);
      expect(failedChecks(r)).toEqual(['rollback']);
      const seq = field === 'seq' ? cp.seq - 1 : cp.seq;
      expect(problemsOf(r, 'rollback')).toEqual([
        kind === 'mismatch'
          ? `The signed checkpoint in keys.json (entry ${seq}) does not match the vault: the vault file was replaced or changed`
          : 'The signed checkpoint in keys.json has an invalid signature',
      ]);
    } finally {
      t.cleanup();
    }
  });

  test('R-IT-1 the untouched keys.json checkpoint lets the auditor sign in (the cases above fail only by their change)', async () => {
    const t = copyOf(base);
    expect(await auditorSignsIn(t.dir)).toBe('signed in');
    t.cleanup();
  });
});
