// R-IT-1: malformed payloads to EVERY contract call are refused at the boundary with BAD_INPUT
// and a translated message, and nothing is written (audit head, users, key slots unchanged).
// Parsing happens before the access check, so this holds signed in or not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { AppContext } from '../../electron/core/context';
import { auditHead } from '../../electron/audit/append';
import { CALL_NAMES, contract, type CallName } from '../../electron/contract';
import { createDispatcher, type Dispatch } from '../../electron/core/dispatch';
import { buildHandlerTable } from '../../electron/domains';
import { tempDir, testVaultOptions } from './helpers';

const HUGE = '档'.repeat(200_000);

/** Payloads that are wrong for any call: not objects, or objects with an unknown key. */
const GENERIC: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['array', []],
  ['array of objects', [{}]],
  ['string', 'vault.create'],
  ['huge string', HUGE],
  ['number', 42],
  ['boolean', true],
  ['extra key', { __proto_pollution__: { admin: true } }],
  ['huge extra key', { [HUGE.slice(0, 1000)]: HUGE }],
];

function shapeOf(name: CallName): Record<string, unknown> | null {
  const s = contract[name].input as z.ZodType;
  return s instanceof z.ZodObject ? (s.shape as Record<string, unknown>) : null;
}

/** Payloads built from the call's own fields: every field of a wrong type / huge / missing ones. */
function fieldPayloads(name: CallName): [string, unknown][] {
  const keys = Object.keys(shapeOf(name) ?? {});
  if (keys.length === 0) return [];
  const all = (v: unknown) => Object.fromEntries(keys.map((k) => [k, v]));
  const out: [string, unknown][] = [
    ['fields: nested arrays', all([[1]])],
    ['fields: objects', all({ $gt: '' })],
    ['fields: null', all(null)],
    ['fields: huge strings', all(HUGE)],
    ['fields: NaN-like numbers', all(-1.5)],
    ['all fields + extra key', { ...all('x'), extra: 1 }],
  ];
  // missing required fields: an empty object, for calls that have a required field
  const shape = shapeOf(name)!;
  const required = keys.filter((k) => !(shape[k] as z.ZodType).safeParse(undefined).success);
  if (required.length > 0) out.push(['missing required fields', {}]);
  return out;
}

let ctx: AppContext;
let dispatch: Dispatch;
let cleanup: () => void;

function snapshot() {
  const db = ctx.vault!.db;
  return {
    head: auditHead(db),
    users: db.prepare('SELECT count(*) FROM users').pluck().get(),
    signatures: db.prepare('SELECT count(*) FROM signatures').pluck().get(),
    settings: JSON.stringify(db.prepare('SELECT * FROM settings ORDER BY 1').all()),
    keys: readFileSync(join(ctx.dir, 'keys.json'), 'utf8'),
  };
}

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const opts = testVaultOptions();
  ctx = {
    dir: t.dir,
    clock: opts.clock,
    kdfParams: opts.kdfParams,
    printer: {
      toPdf: () => Promise.reject(new Error('a malformed call reached the printer')),
      toPrinter: () => Promise.reject(new Error('a malformed call reached the printer')),
    },
    vault: null,
    session: null,
  };
  dispatch = createDispatcher(buildHandlerTable(), ctx);
  const ok = async (name: string, input: unknown) => {
    const r = await dispatch(name, input, { trustedSender: true });
    if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
    return r.value as Record<string, unknown>;
  };
  const { recoveryCode } = await ok('vault.create', {
    orgName: '测试单位',
    adminLogin: 'admin',
    adminName: '管理员',
    password: 'Admin-pass-2024',
    passwordConfirm: 'Admin-pass-2024',
  });
  await ok('vault.confirmRecovery', { recoveryCode });
  await ok('auth.signIn', { login: 'admin', password: 'Admin-pass-2024' });
  await ok('auth.acknowledgeRules', { accepted: true });
});
afterAll(() => {
  if (ctx?.vault?.isOpen) ctx.vault.close();
  cleanup?.();
});

describe('R-IT-1 contract boundary: malformed payloads', () => {
  test.each(CALL_NAMES.map((n) => [n]))('R-IT-1 %s refuses malformed payloads with BAD_INPUT, writes nothing', async (name) => {
    const before = snapshot();
    const payloads = [...GENERIC, ...fieldPayloads(name)];
    for (const [label, payload] of payloads) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const r = await dispatch(name, payload, { trustedSender: true, locale });
        expect(r.ok, `${name} accepted "${label}"`).toBe(false);
        if (r.ok) continue;
        expect(r.error.code, `${name} / ${label}`).toBe('BAD_INPUT');
        expect(r.error.message.startsWith(locale === 'en' ? 'Invalid input' : '输入有误'), r.error.message.slice(0, 200)).toBe(true);
        for (const i of r.error.issues ?? []) {
          // translated, never a raw key
          expect(i.message, `${name} / ${label}: ${i.path}`).not.toMatch(/^(v|errors)\.[A-Za-z]+$/);
        }
        // no echo of a huge payload back to the renderer
        expect(r.error.message.length).toBeLessThan(20_000);
      }
    }
    expect(snapshot()).toEqual(before);
    expect(ctx.session?.login).toBe('admin'); // still signed in: a bad payload is not a sign-out
  });
});

describe('R-IT-1 contract boundary: sender and call name', () => {
  test('R-IT-1 an untrusted sender gets FORBIDDEN_SENDER for every call, even with a valid payload', async () => {
    const before = snapshot();
    for (const name of CALL_NAMES) {
      const r = await dispatch(name, {}, { trustedSender: false });
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: '请求来源不可信，已拒绝' } });
    }
    const valid = await dispatch(
      'users.create',
      { login: 'evil', displayName: '恶意', roles: ['operator'], password: 'Evil-pass-2024', passwordConfirm: 'Evil-pass-2024' },
      { trustedSender: false, locale: 'en' },
    );
    expect(valid).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'Request from an untrusted frame was refused' } });
    expect(snapshot()).toEqual(before);
  });

  test('R-IT-1 an unknown or prototype call name is UNKNOWN_CALL', async () => {
    for (const name of ['vault.drop', '__proto__', 'constructor', 'toString', 'users', '']) {
      const r = await dispatch(name, {}, { trustedSender: true });
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    }
  });

  test('R-IT-1 the same payload made valid is accepted (the refusals above are about the payload)', async () => {
    const r = await dispatch(
      'users.create',
      { login: 'zhuanyuan', displayName: '张专员', roles: ['operator'], password: 'Clerk-pass-2024', passwordConfirm: 'Clerk-pass-2024' },
      { trustedSender: true },
    );
    expect(r.ok).toBe(true);
  });
});
