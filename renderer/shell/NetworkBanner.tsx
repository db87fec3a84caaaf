// Offline guard (R-IT-1): a persistent banner above every screen (sign-in included) while main's
// last check found the workstation connected to a network. It cannot be closed: it goes when the
// network does. Main checks at start, on a timer and at every vault.status; the banner asks
// vault.status when the page loads and every minute after (a poll, not counted as activity).
import { Alert, ConfigProvider } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkStatus } from '../../electron/contract/types';
import { api } from '../api';

const NETWORK_POLL_MS = 60_000;

/** eth0 192.168.1.5 fd00::2、wlan0 10.0.0.7 — one entry per interface, its addresses after its name */
export function interfacesInWords(interfaces: NetworkStatus['interfaces'], locale: string): string {
  const byName = new Map<string, string[]>();
  for (const i of interfaces) byName.set(i.name, [...(byName.get(i.name) ?? []), i.address]);
  return [...byName].map(([name, addrs]) => `${name} ${addrs.join(' ')}`).join(locale === 'en' ? ', ' : '、');
}

export function NetworkBanner() {
  const { t, i18n } = useTranslation();
  const [network, setNetwork] = useState<NetworkStatus | null>(null);

  useEffect(() => {
    let live = true;
    const ask = () =>
      api()
        .vault.status()
        .then((r) => {
          if (live && r.ok) setNetwork(r.value.network);
        })
        .catch(() => undefined); // the next poll asks again
    void ask();
    const timer = setInterval(() => void ask(), NETWORK_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  if (!network?.connected) return null;
  return (
    <ConfigProvider theme={{ token: { fontFamily: "'Noto Sans SC', sans-serif" } }}>
      <Alert
        className="network-banner"
        data-testid="network-banner"
        type="error"
        showIcon
        banner
        role="alert"
        message={t('network.warning', { interfaces: interfacesInWords(network.interfaces, i18n.language) })}
      />
    </ConfigProvider>
  );
}
