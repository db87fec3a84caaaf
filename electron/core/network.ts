// Offline guard (R-IT-1), the pure part: which of the workstation's network interfaces connect it
// to a network. Node's os.networkInterfaces() lists only interfaces that are up and have an
// address; loopback (internal) ones never leave the machine.
import type { NetworkInterfaceInfo } from 'node:os';
import type { NetworkStatus } from '../contract/types';

/** Shape of os.networkInterfaces(): interface name → its addresses. */
export type NetworkInterfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

export interface ConnectedInterface {
  name: string;
  family: 'IPv4' | 'IPv6';
  address: string;
}

/** Every non-internal address of an interface that is up, in name order then as listed (IPv4 first within a name). */
export function connectedInterfaces(ifaces: NetworkInterfaces): ConnectedInterface[] {
  const out: ConnectedInterface[] = [];
  for (const name of Object.keys(ifaces).sort()) {
    const addrs = (ifaces[name] ?? []).filter((a) => !a.internal && a.address);
    const v4 = addrs.filter((a) => a.family === 'IPv4');
    const v6 = addrs.filter((a) => a.family === 'IPv6');
    for (const a of [...v4, ...v6]) out.push({ name, family: a.family, address: a.address });
  }
  return out;
}

/** What the guard last saw; reported through vault.status. */
export type NetworkState = NetworkStatus;

export const OFFLINE: NetworkState = { connected: false, interfaces: [], since: null };
