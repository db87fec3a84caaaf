// @vitest-environment jsdom
// The renderer kit: useLoad shows a failed load (translated, as antd message) instead of
// swallowing it; canCall (what useCan shows) agrees with the dispatcher's access decision for
// every call of the contract and every role, alone and in pairs.
import { App } from 'antd';
import { act } from 'react';
import { describe, expect, test } from 'vitest';
import { mount } from './jsdom-antd';
import { CALL_NAMES, contract } from '../../electron/contract';
import { ROLES, type Role } from '../../electron/contract/roles';
import type { AppContext } from '../../electron/core/context';
import { hasAccess } from '../../electron/core/dispatch';
import { CallError } from '../../renderer/api';
import { canCall } from '../../renderer/kit/can';
import { useLoad, type Loaded } from '../../renderer/kit/useLoad';

/** Renders a probe using useLoad inside antd's <App> (which holds the message API), returns the last state. */
async function renderLoad<T>(load: () => Promise<T>) {
  const seen: { last?: Loaded<T> } = {};
  function Probe() {
    seen.last = useLoad(load, []);
    return <div data-testid="probe">{seen.last.loading ? 'loading' : String(seen.last.data ?? '')}</div>;
  }
  await mount(
    <App>
      <Probe />
    </App>,
  );
  return seen;
}

/** antd's message renders asynchronously: wait until the text is in the document. */
async function waitForText(text: string) {
  for (let i = 0; i < 50; i++) {
    if (document.body.textContent?.includes(text)) return;
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
  throw new Error(`"${text}" never appeared; body: ${document.body.textContent}`);
}

describe('useLoad', () => {
  test('a failed load is shown as a message in the UI language, and kept in `error`', async () => {
    const err = new CallError({ code: 'NOT_FOUND', message: '' });
    expect(err.message).toBe('记录不存在'); // the client's translation (zh-CN by default)
    const seen = await renderLoad(() => Promise.reject(err));
    await waitForText('记录不存在');
    expect(seen.last?.loading).toBe(false);
    expect(seen.last?.error).toBe(err);
    expect(seen.last?.data).toBeUndefined();
  });

  test('a BAD_INPUT text main already translated is shown as it came; a reload that succeeds clears the error', async () => {
    let fail = true;
    const text = '输入有误: phone — 电话号码格式不正确';
    const seen = await renderLoad(() => (fail ? Promise.reject(new CallError({ code: 'BAD_INPUT', message: text })) : Promise.resolve('ok')));
    await waitForText(text);
    expect(seen.last?.error).toBeInstanceOf(CallError);
    fail = false;
    await act(() => seen.last!.reload());
    expect(seen.last?.error).toBeNull();
    expect(seen.last?.data).toBe('ok');
    expect(document.querySelector('[data-testid="probe"]')?.textContent).toBe('ok');
  });
});

describe('canCall agrees with the dispatcher', () => {
  /** what the dispatcher decides for a signed-in user who acknowledged the rules */
  const dispatcherAllows = (name: (typeof CALL_NAMES)[number], roles: Role[]) => {
    const ctx = { vault: { isOpen: true }, session: { userId: 1, login: 'u', displayName: 'u', roles, rulesAcknowledged: true } } as unknown as AppContext;
    return hasAccess(contract[name].access, ctx) === null;
  };
  const roleSets: Role[][] = [...ROLES.map((r) => [r]), ...ROLES.flatMap((a, i) => ROLES.slice(i + 1).map((b) => [a, b]))];

  test('every call × every role (and every pair of roles)', () => {
    expect(CALL_NAMES.length).toBeGreaterThan(40);
    const disagreements: string[] = [];
    for (const name of CALL_NAMES)
      for (const roles of roleSets) if (canCall(roles, name) !== dispatcherAllows(name, roles)) disagreements.push(`${name} [${roles.join(',')}]`);
    expect(disagreements).toEqual([]);
  });

  test('role lists really narrow: sysAdmin may create users, an operator may not; everyone may read settings', () => {
    expect(canCall(['sysAdmin'], 'users.create')).toBe(true);
    expect(canCall(['operator'], 'users.create')).toBe(false);
    expect(canCall(['operator', 'custodian'], 'customers.update')).toBe(true);
    expect(canCall(['custodian'], 'customers.update')).toBe(false);
    for (const r of ROLES) expect(canCall([r], 'settings.get')).toBe(true);
  });
});
