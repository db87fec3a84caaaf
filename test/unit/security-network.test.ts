// Offline guard (R-IT-1): which interfaces connect the workstation, and one audit entry per change
// of state — in the trail while a vault is open, parked in keys.json while it is closed.
import type { NetworkInterfaceInfo } from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import { connectedInterfaces, type NetworkInterfaces } from '../../electron/core/network';
import { checkNetwork } from '../../electron/people/networkGuard';
import { readKeyFile } from '../../electron/vault/keyfile';
import { ADMIN_PW, PW, setupVault, signInMember } from './auth-helpers';
import { clientFor, ok } from './kit';

const LO: NetworkInterfaceInfo[] = [
  { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
  { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
];
const ETH0: NetworkInterfaceInfo[] = [
  { address: 'fe80::1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '02:00:00:00:00:01', internal: false, cidr: 'fe80::1/64', scopeid: 2 },
  { address: '192.168.1.5', netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: '192.168.1.5/24' },
];
const WLAN0: NetworkInterfaceInfo[] = [
  { address: '10.0.0.7', netmask: '255.0.0.0', family: 'IPv4', mac: '02:00:00:00:00:02', internal: false, cidr: '10.0.0.7/8' },
];

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('R-IT-1 connectedInterfaces', () => {
  test('loopback only: offline', () => {
    expect(connectedInterfaces({ lo: LO })).toEqual([]);
    expect(connectedInterfaces({})).toEqual([]);
  });

  test('every non-internal IPv4 and IPv6 address, by interface name, IPv4 first', () => {
    expect(connectedInterfaces({ wlan0: WLAN0, lo: LO, eth0: ETH0 })).toEqual([
      { name: 'eth0', family: 'IPv4', address: '192.168.1.5' },
      { name: 'eth0', family: 'IPv6', address: 'fe80::1' },
      { name: 'wlan0', family: 'IPv4', address: '10.0.0.7' },
    ]);
  });

  test('the internal flag decides, not the name; empty or missing address lists are skipped', () => {
    const internalLike: NetworkInterfaceInfo[] = [{ ...WLAN0[0]!, internal: true }];
    const exposedLo: NetworkInterfaceInfo[] = [{ ...LO[0]!, address: '192.0.2.9', internal: false }];
    expect(connectedInterfaces({ tun0: internalLike, lo1: exposedLo, eth1: [], eth2: undefined })).toEqual([
      { name: 'lo1', family: 'IPv4', address: '192.0.2.9' },
    ]);
  });
});

describe('R-IT-1 network guard', () => {
  async function rig() {
    const v = await setupVault([{ login: 'anquan', roles: ['securityOfficer'], name: '安全保密管理员' }]);
    cleanup = v.cleanup;
    let ifaces: NetworkInterfaces = { lo: LO };
    v.ctx.networkInterfaces = () => ifaces;
    const set = (next: NetworkInterfaces) => (ifaces = next);
    const client = clientFor(v.ctx, 'zh-CN');
    const networkEntries = async () => {
      // the audit screen's action filter, as the security officer uses it
      const of = async (action: string) => ok(await client.call('audit.list', { filter: { action }, offset: 0, limit: 100 })).rows;
      const rows = [...(await of('security.networkConnected')), ...(await of('security.networkDisconnected'))];
      return rows.sort((a, b) => b.seq - a.seq);
    };
    return { ...v, set, client, networkEntries };
  }

  test('no port, no guard: vault.status says offline and nothing is written', async () => {
    const v = await setupVault([]);
    cleanup = v.cleanup;
    expect(checkNetwork(v.ctx)).toEqual({ connected: false, interfaces: [], since: null });
    expect(ok(await clientFor(v.ctx).call('vault.status')).network.connected).toBe(false);
  });

  test('while a vault is open: exactly one audit entry per change, with its label and the interfaces in words', async () => {
    const r = await rig();
    await signInMember(r.ctx, 'anquan', PW);
    checkNetwork(r.ctx); // offline at start: the normal state, not an event
    checkNetwork(r.ctx);
    expect(await r.networkEntries()).toHaveLength(0);

    r.set({ lo: LO, eth0: ETH0 });
    const first = checkNetwork(r.ctx);
    expect(first).toEqual({
      connected: true,
      interfaces: [
        { name: 'eth0', address: '192.168.1.5' },
        { name: 'eth0', address: 'fe80::1' },
      ],
      since: r.ctx.clock.now().toISOString(),
    });
    r.ctx.clock.advance(120_000);
    expect(checkNetwork(r.ctx).since).toBe(first.since); // still connected: same since, no new entry
    const st = ok(await r.client.call('vault.status'));
    expect(st.network).toEqual(first);
    expect(await r.networkEntries()).toHaveLength(1);

    r.set({ lo: LO });
    r.ctx.clock.advance(60_000);
    expect(checkNetwork(r.ctx)).toEqual({ connected: false, interfaces: [], since: null });
    checkNetwork(r.ctx);

    const rows = await r.networkEntries();
    expect(rows.map((x) => x.action)).toEqual(['security.networkDisconnected', 'security.networkConnected']); // newest first
    const [off, on] = rows;
    expect(on).toMatchObject({ actionText: '本机已连接网络', entityText: '本机', actorId: null });
    expect(on!.detailText).toContain('eth0 192.168.1.5、eth0 fe80::1');
    expect(on!.detailText).toContain('涉密档案不得通过公共网络传输');
    expect(off).toMatchObject({ actionText: '本机已断开网络' });
    expect(off!.detailText).toContain('eth0 192.168.1.5');
    expect(ok(await r.client.call('audit.actions'))).toEqual(expect.arrayContaining(['security.networkConnected', 'security.networkDisconnected']));
  });

  test('connected at start: one entry at the first check', async () => {
    const r = await rig();
    await signInMember(r.ctx, 'anquan', PW);
    r.set({ wlan0: WLAN0 });
    checkNetwork(r.ctx);
    checkNetwork(r.ctx);
    const rows = await r.networkEntries();
    expect(rows.map((x) => x.action)).toEqual(['security.networkConnected']);
    expect(rows[0]!.detailText).toContain('wlan0 10.0.0.7');
  });

  test('while locked: the change is parked in keys.json and appended, with its own time, at the next unlock', async () => {
    const r = await rig();
    checkNetwork(r.ctx); // vault closed, offline
    r.set({ eth0: ETH0 });
    const at = r.ctx.clock.now().toISOString();
    checkNetwork(r.ctx);
    checkNetwork(r.ctx);
    const pending = readKeyFile(r.dir).pendingEvents;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ at, action: 'security.networkConnected', entity: 'workstation', entityId: null });

    r.ctx.clock.advance(300_000);
    await signInMember(r.ctx, 'anquan', PW);
    expect(readKeyFile(r.dir).pendingEvents).toHaveLength(0);
    const rows = await r.networkEntries();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'security.networkConnected', at, actorId: null, actorName: null, entity: 'workstation', entityText: '本机' });
    expect(rows[0]!.detailText).toContain('eth0 192.168.1.5');

    // the admin's sign-in later replays nothing twice
    await signInMember(r.ctx, 'admin', ADMIN_PW);
    expect(readKeyFile(r.dir).pendingEvents).toHaveLength(0);
  });

  test('vault.status polls are not activity (the idle lock still counts from the last real call)', async () => {
    const r = await rig();
    await signInMember(r.ctx, 'anquan', PW);
    const before = r.ctx.session!.lastActivityAt;
    r.ctx.clock.advance(60_000);
    ok(await r.client.call('vault.status'));
    expect(r.ctx.session!.lastActivityAt).toBe(before);
  });
});
