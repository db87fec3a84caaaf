// R-IT-1: the audit chain's building blocks, exactly — the canonical form the hashes and
// signatures cover, what one appended entry holds, and the checkpoint / rollback checks' own
// answers (null, refusals, the problem each check names). Written to kill the mutants of
// electron/audit/{canonical,append,checkpoint}.ts that the tamper matrix leaves alive
// (docs/mutation.md); every expectation is an exact value, read back from a real vault and
// recomputed by the independent verifier (test/fixtures/verify-chain.ts) where it is a hash.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { appendAudit, auditHead, type AuditInput } from '../../electron/audit/append';
import { canonicalJson, GENESIS_HASH, sha256Hex } from '../../electron/audit/canonical';
import {
  CheckpointKeyError,
  checkpointMessage,
  checkRollback,
  signCheckpoint,
  verifyCheckpoint,
  verifyStoredCheckpoints,
} from '../../electron/audit/checkpoint';
import { signWithWrappedKey } from '../../electron/people/ed25519';
import { activeKey } from '../../electron/people/userKeys';
import { signIn } from '../../electron/people/signIn';
import type { Writer } from '../../electron/vault/sql';
import { readKeyFile } from '../../electron/vault/keyfile';
import { chainProblems, checkpointProblems, recomputeEntryHash, type EntryRow } from '../fixtures/verify-chain';
import { PW, setupVault } from './auth-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function signedIn(login = 'op') {
  const v = await setupVault([
    { login: 'op', roles: ['operator'] },
    { login: 'aud', roles: ['auditor'] },
  ]);
  cleanup = v.cleanup;
  await signIn(v.ctx, login, PW);
  return { ...v, vault: v.ctx.vault!, session: v.ctx.session! };
}

const entry = (db: { prepare(s: string): { get(...p: unknown[]): unknown } }, seq: number) =>
  db.prepare('SELECT * FROM audit_entry WHERE seq = ?').get(seq) as EntryRow;

describe('canonical JSON (R-IT-1)', () => {
  test('R-IT-1 canonical JSON: keys sorted at every depth, no whitespace, undefined members dropped, undefined/null as null, arrays in order', () => {
    expect(canonicalJson({ b: 1, a: 'x', c: { z: [3, 1, { y: null, x: true }], y: false } })).toBe(
      '{"a":"x","b":1,"c":{"y":false,"z":[3,1,{"x":true,"y":null}]}}',
    );
    expect(canonicalJson({ keep: 0, drop: undefined })).toBe('{"keep":0}');
    expect(canonicalJson([undefined, null, 'a', 2])).toBe('[null,null,"a",2]');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson('档案 "引号"\n')).toBe('"档案 \\"引号\\"\\n"');
    expect(canonicalJson(-1.5)).toBe('-1.5');
    // property order never matters
    expect(canonicalJson({ x: 1, y: [{ q: 1, p: 2 }] })).toBe(canonicalJson({ y: [{ p: 2, q: 1 }], x: 1 }));
  });

  test('R-IT-1 canonical JSON refuses NaN and ±Infinity (JSON would write null and two records would hash alike)', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(() => canonicalJson(bad)).toThrow('non-finite number in canonical JSON');
      expect(() => canonicalJson({ n: bad })).toThrow('non-finite number in canonical JSON');
    }
    expect(() => canonicalJson({ n: 0, m: Number.MAX_SAFE_INTEGER })).not.toThrow();
  });

  test('R-IT-1 sha256Hex and the genesis hash: lowercase hex of SHA-256; the first link is 64 zeros', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(Buffer.from('abc'))).toBe(sha256Hex('abc'));
    expect(GENESIS_HASH).toBe('0000000000000000000000000000000000000000000000000000000000000000');
  });
});

describe('appending an audit entry (R-IT-1)', () => {
  test('R-IT-1 appendAudit: seq is head + 1, prev_hash the head, every column as given (entity id as text, detail canonical, time from the clock) and the hash the documented form', async () => {
    const v = await signedIn();
    const db = v.vault.db;
    const before = auditHead(db);
    const at = v.ctx.clock.now().toISOString();
    const rec = v.vault.tx((w) =>
      appendAudit(w, v.ctx.clock, {
        actorId: v.ids.op!,
        actorName: '操作员',
        action: 'settings.update',
        entity: 'settings',
        entityId: 0,
        detail: { z: 1, a: { d: undefined, c: [2, 1] } },
      }),
    );
    const row = entry(db, before.seq + 1);
    expect(row).toEqual(rec);
    expect(row).toEqual({
      seq: before.seq + 1,
      at,
      actor_id: v.ids.op,
      actor_name: '操作员',
      action: 'settings.update',
      entity: 'settings',
      entity_id: '0',
      detail_json: '{"a":{"c":[2,1]},"z":1}',
      prev_hash: before.hash,
      hash: recomputeEntryHash({ ...row }),
    });
    expect(auditHead(db)).toEqual({ seq: row.seq, hash: row.hash });
    expect(chainProblems(db)).toEqual([]);
  });

  test('R-IT-1 appendAudit: no entity id is NULL (not "undefined"), no detail is {}, an explicit time (a replayed offline event) is kept and hashed', async () => {
    const v = await signedIn();
    const db = v.vault.db;
    const input = (over: Partial<AuditInput>): AuditInput => ({ actorId: null, actorName: null, action: 'settings.update', entity: 'settings', ...over });
    const a = v.vault.tx((w) => appendAudit(w, v.ctx.clock, input({})));
    const b = v.vault.tx((w) => appendAudit(w, v.ctx.clock, input({ entityId: null, at: '2026-01-02T03:04:05.000Z' })));
    const c = v.vault.tx((w) => appendAudit(w, v.ctx.clock, input({ entityId: 'A-7' })));
    expect([a.entity_id, a.detail_json, a.actor_id, a.actor_name]).toEqual([null, '{}', null, null]);
    expect([b.entity_id, b.at, b.prev_hash]).toEqual([null, '2026-01-02T03:04:05.000Z', a.hash]);
    expect([c.entity_id, c.seq, c.prev_hash]).toEqual(['A-7', b.seq + 1, b.hash]);
    for (const r of [a, b, c]) expect(entry(db, r.seq)).toEqual(r);
    expect(chainProblems(db)).toEqual([]);
  });

  test('R-IT-1 appendAudit outside a transaction is refused, naming the action, and writes nothing', async () => {
    const v = await signedIn();
    const db = v.vault.db;
    let outside: Writer | undefined;
    v.vault.tx((w) => {
      outside = w;
    });
    const before = auditHead(db);
    expect(() => appendAudit(outside!, v.ctx.clock, { actorId: null, actorName: null, action: 'settings.update', entity: 'settings' })).toThrow(
      'audit append outside a transaction (settings.update)',
    );
    expect(auditHead(db)).toEqual(before);
  });
});

describe('checkpoints and the rollback check (R-IT-1)', () => {
  test('R-IT-1 signCheckpoint: the stored row and keys.json hold exactly the signed {seq, head, at, signer, key} of its own entry', async () => {
    const v = await signedIn();
    const db = v.vault.db;
    const cp = signCheckpoint(v.vault, v.ctx.clock, v.session)!;
    const head = auditHead(db);
    const row = entry(db, head.seq);
    expect([row.action, row.entity, row.actor_id, row.detail_json]).toEqual(['audit.checkpoint', 'audit', v.ids.op, `{"keyId":${cp.keyId}}`]);
    expect(cp).toMatchObject({ seq: head.seq, head: head.hash, at: row.at, signerId: v.ids.op });
    const stored = db.prepare('SELECT seq, head, at, signer_id, key_id, signature FROM checkpoints ORDER BY id DESC LIMIT 1').get();
    expect(stored).toEqual({ seq: cp.seq, head: cp.head, at: cp.at, signer_id: cp.signerId, key_id: cp.keyId, signature: cp.signature });
    expect(readKeyFile(v.dir).checkpoint).toEqual(cp);
    expect(verifyStoredCheckpoints(db, v.vault.vaultId)).toEqual([]);
    // the signature is over the documented form (purpose, vault id, seq, head, at, signer), recomputed independently
    expect(checkpointProblems(db, v.vault.vaultId, cp)).toEqual([]);
  });

  test("R-IT-1 an insider's checkpoint: signed with their own valid key but naming another signer is refused by verifyCheckpoint and checkRollback", async () => {
    const v = await signedIn('aud');
    const db = v.vault.db;
    const vaultId = v.vault.vaultId;
    const key = activeKey(db, v.ids.aud!)!;
    const head = auditHead(db);
    const body = { seq: head.seq, head: head.hash, at: v.ctx.clock.now().toISOString(), signerId: v.ids.op! };
    const forged = { ...body, keyId: key.id, signature: signWithWrappedKey(v.ids.aud!, key.wrapped, v.session.kek, checkpointMessage(vaultId, body))! };
    expect(forged.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(verifyCheckpoint(db, vaultId, forged)).toEqual([`checkpoint seq ${head.seq}: signing key ${key.id} of user ${v.ids.op} not found`]);
    expect(checkRollback(db, { vaultId, checkpoint: forged })).toEqual([`keys.json checkpoint at seq ${head.seq} has an invalid signature`]);
    // the same, naming its real signer, is a valid checkpoint: the refusal above is the key-owner check alone
    const own = { ...body, signerId: v.ids.aud!, keyId: key.id };
    const genuine = { ...own, signature: signWithWrappedKey(v.ids.aud!, key.wrapped, v.session.kek, checkpointMessage(vaultId, own))! };
    expect(verifyCheckpoint(db, vaultId, genuine)).toEqual([]);
    expect(checkRollback(db, { vaultId, checkpoint: genuine })).toEqual([]);
  });

  test('R-IT-1 signCheckpoint: a user without a signing key gets null and nothing is written; a session key that no longer opens the key rolls its entry back', async () => {
    const v = await signedIn();
    const db = v.vault.db;
    const kfBefore = readKeyFile(v.dir).checkpoint;
    const before = auditHead(db);
    db.prepare(`UPDATE user_keys SET retired_at = '2026-01-01T00:00:00.000Z' WHERE user_id = ?`).run(v.ids.op);
    expect(signCheckpoint(v.vault, v.ctx.clock, v.session)).toBeNull();
    expect(auditHead(db)).toEqual(before);
    db.prepare('UPDATE user_keys SET retired_at = NULL WHERE user_id = ?').run(v.ids.op);

    const wrongKek = { ...v.session, kek: randomBytes(v.session.kek.length) };
    let thrown: unknown;
    try {
      signCheckpoint(v.vault, v.ctx.clock, wrongKek);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CheckpointKeyError);
    expect((thrown as Error).message).toBe('signing key cannot be unwrapped with the session key');
    expect(auditHead(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM checkpoints WHERE seq > ?').pluck().get(before.seq)).toBe(0);
    expect(readKeyFile(v.dir).checkpoint).toEqual(kfBefore);
  });

  test('R-IT-1 verifyCheckpoint names each problem: unknown key, key of another signer, bad signature, missing entry, head that differs', async () => {
    const v = await signedIn();
    const db = v.vault.db;
    const id = v.vault.vaultId;
    const cp = signCheckpoint(v.vault, v.ctx.clock, v.session)!;
    const audKey = db.prepare('SELECT id FROM user_keys WHERE user_id = ?').pluck().get(v.ids.aud) as number;
    expect(verifyCheckpoint(db, id, cp)).toEqual([]);
    expect(verifyCheckpoint(db, id, { ...cp, keyId: 99_999 })).toEqual([`checkpoint seq ${cp.seq}: signing key 99999 of user ${cp.signerId} not found`]);
    expect(verifyCheckpoint(db, id, { ...cp, keyId: audKey })).toEqual([`checkpoint seq ${cp.seq}: signing key ${audKey} of user ${cp.signerId} not found`]);
    expect(verifyCheckpoint(db, id, { ...cp, signerId: v.ids.aud! })).toEqual([
      `checkpoint seq ${cp.seq}: signing key ${cp.keyId} of user ${v.ids.aud} not found`,
    ]);
    expect(verifyCheckpoint(db, id, { ...cp, at: '2020-01-01T00:00:00.000Z' })).toEqual([`checkpoint seq ${cp.seq}: signature invalid`]);
    const past = cp.seq + 5;
    expect(verifyCheckpoint(db, id, { ...cp, seq: past })).toEqual([
      `checkpoint seq ${past}: signature invalid`,
      `checkpoint seq ${past}: audit entry missing`,
    ]);
    // the stored row altered: the list over every stored checkpoint reports it
    db.prepare('UPDATE checkpoints SET head = ? WHERE seq = ?').run('e'.repeat(64), cp.seq);
    expect(verifyStoredCheckpoints(db, id)).toEqual([
      `checkpoint seq ${cp.seq}: signature invalid`,
      `checkpoint seq ${cp.seq}: audit entry hash differs from the signed head`,
    ]);
  });

  test('R-IT-1 checkRollback: none without a checkpoint; the head itself passes; a later, different or unsigned checkpoint is each named', async () => {
    const v = await signedIn();
    const db = v.vault.db;
    const vaultId = v.vault.vaultId;
    expect(checkRollback(db, { vaultId, checkpoint: null })).toEqual([]);
    const cp = signCheckpoint(v.vault, v.ctx.clock, v.session)!;
    expect(auditHead(db).seq).toBe(cp.seq);
    expect(checkRollback(db, { vaultId, checkpoint: cp })).toEqual([]);
    expect(checkRollback(db, { vaultId, checkpoint: { ...cp, seq: cp.seq + 1 } })).toEqual([
      `rolled back: keys.json checkpoint is at seq ${cp.seq + 1} but the vault's audit trail ends at seq ${cp.seq}`,
    ]);
    expect(checkRollback(db, { vaultId, checkpoint: { ...cp, head: 'a'.repeat(64) } })).toEqual([
      `rolled back or replaced: the audit entry at seq ${cp.seq} differs from the keys.json checkpoint`,
    ]);
    // same seq and head, but not signed by that key / signer / for this vault
    const audKey = db.prepare('SELECT id FROM user_keys WHERE user_id = ?').pluck().get(v.ids.aud) as number;
    const unsigned = [`keys.json checkpoint at seq ${cp.seq} has an invalid signature`];
    expect(checkRollback(db, { vaultId, checkpoint: { ...cp, keyId: 99_999 } })).toEqual(unsigned);
    expect(checkRollback(db, { vaultId, checkpoint: { ...cp, keyId: audKey } })).toEqual(unsigned);
    expect(checkRollback(db, { vaultId, checkpoint: { ...cp, signerId: v.ids.aud! } })).toEqual(unsigned);
    expect(checkRollback(db, { vaultId: 'another-vault', checkpoint: cp })).toEqual(unsigned);
    // work after the checkpoint: the checkpoint is still in the chain, no rollback
    v.vault.tx((w) => appendAudit(w, v.ctx.clock, { actorId: null, actorName: null, action: 'settings.update', entity: 'settings' }));
    expect(auditHead(db).seq).toBe(cp.seq + 1);
    expect(checkRollback(db, { vaultId, checkpoint: cp })).toEqual([]);
  });
});
