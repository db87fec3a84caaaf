// The domain kit's promises, checked: what a new domain forgets is a compile error (the
// expect-error lines below fail the typecheck if the kit stops catching it), and the central
// lists are built from the one list of domains.
import { describe, expect, test } from 'vitest';
import { appendAudit } from '../../electron/audit/append';
import { ManualClock } from '../../electron/vault/clock';
import type { Db } from '../../electron/vault/db';
import { z } from 'zod';
import { out } from '../../electron/contract/call';
import { defineAuditActions, defineContractPart, defineMessages, type Twin } from '../../electron/contract/domain';
import { CALL_NAMES, CONTRACT_PARTS, contract, type AuditAction } from '../../electron/contract';
import { AUDIT_ACTIONS } from '../../electron/contract/labels';
import { allMessages } from '../../electron/contract/messages';
import { defineDomain } from '../../electron/core/domain';
import { DOMAINS, buildHandlerTable } from '../../electron/domains';
import { MIGRATIONS } from '../../electron/schema';
import { settingsContract } from '../../electron/settings/contract';

describe('domain kit', () => {
  test('R-IT-1 a forgotten handler, an unlabelled audit action, a missing or extra English string do not compile', () => {
    const demoCalls = {
      'demo.ping': out<string>().call(z.object({}).strict(), 'member'),
      'demo.echo': out<string>().call(z.object({ s: z.string() }).strict(), 'member'),
    };
    const part = defineContractPart({ name: 'demo', calls: demoCalls, messages: defineMessages({}, {}), auditActions: {} });
    expect(part.name).toBe('demo');

    defineDomain({
      contract: settingsContract,
      // @ts-expect-error — 'settings.update' has no handler
      handlers: { 'settings.get': (_i, cx) => ({ ...cx.app.clock, idleLockMinutes: 1 }) as never },
    });

    type Zh = { 'x.a': string; 'x.b': string };
    // @ts-expect-error — the English twin lacks 'x.b'
    const missing: Twin<Zh> = { 'x.a': 'A' };
    // @ts-expect-error — and may not carry a key Chinese does not have
    const extra: Twin<Zh> = { 'x.a': 'A', 'x.b': 'B', 'x.c': 'C' };
    void missing;
    void extra;

    // @ts-expect-error — an audit action needs both labels
    defineAuditActions({ 'demo.ping': { zh: '测试' } });

    // appendAudit only takes declared actions
    const declared: AuditAction = 'settings.update';
    // @ts-expect-error — 'demo.unknown' is declared by no domain
    const undeclared: AuditAction = 'demo.unknown';
    void declared;
    void undeclared;

    // an audit entry needs the Writer of its change's transaction, not a bare connection
    const outsideTx = (db: Db) =>
      // @ts-expect-error — a Db is not a Writer
      appendAudit(db, new ManualClock(), { actorId: null, actorName: null, action: 'settings.update', entity: 'settings' });
    void outsideTx;
  });

  test('R-IT-1 the contract, the handler table, the audit labels and the messages are built from the one list of domains', () => {
    expect(CONTRACT_PARTS.map((p) => p.name)).toEqual(DOMAINS.map((d) => d.contract.name));
    const fromParts = CONTRACT_PARTS.flatMap((p) => Object.keys(p.calls)).sort();
    expect([...CALL_NAMES].sort()).toEqual(fromParts);
    expect(new Set(fromParts).size).toBe(fromParts.length); // no call claimed by two domains
    const table = buildHandlerTable();
    for (const n of CALL_NAMES) expect(typeof table[n], n).toBe('function');
    for (const p of CONTRACT_PARTS) {
      for (const [a, spec] of Object.entries(p.auditActions)) {
        expect(AUDIT_ACTIONS[a], a).toBe(spec);
        expect(spec.zh && spec.en, a).toBeTruthy();
      }
      for (const [k, zh] of Object.entries(p.messages['zh-CN'])) {
        expect(allMessages()['zh-CN'][k]).toBe(zh);
        expect(allMessages().en[k], k).toBeTruthy();
      }
    }
    expect(Object.keys(contract).length).toBe(CALL_NAMES.length);
  });

  test('R-IT-1 schema versions are unique and increasing across the domains', () => {
    const v = MIGRATIONS.map((m) => m.version);
    expect(v).toEqual([...v].sort((a, b) => a - b));
    expect(new Set(v).size).toBe(v.length);
  });
});
