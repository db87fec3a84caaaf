// The app shell: a small state machine over vault.status —
// setup (first run) → sign-in / lock → rules acknowledgement (R-SEC-1) → own password when the
// administrator set it (mustChangePassword) → main layout.
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoSignIn, SessionInfo } from '../electron/contract/types';
import { api, call, onSessionLost } from './api';
import { SessionContext, type SessionApi } from './session';
import { MainLayout } from './shell/MainLayout';
import { DemoBanner } from './shell/DemoBanner';
import { forgetScreenState, screenStateFor } from './shell/restore';
import { LockScreen } from './people/lock/LockScreen';
import { ForcePasswordScreen } from './people/password/ForcePasswordScreen';
import { RulesScreen } from './people/rules/RulesScreen';
import { SetupScreen } from './people/setup/SetupScreen';
import { RecoverScreen } from './people/signIn/RecoverScreen';
import { SignInScreen } from './people/signIn/SignInScreen';

/** npm run preview (scripts/preview.ts): its init script sets this; the app never does. */
const PREVIEW = (window as { __AR_PREVIEW__?: boolean }).__AR_PREVIEW__ === true;

type Phase =
  | { name: 'loading' }
  | { name: 'setup'; recoveryPending: boolean }
  | { name: 'signIn' }
  | { name: 'recover' }
  | { name: 'lock'; login: string }
  | { name: 'signedIn'; session: SessionInfo };

export function App() {
  const { i18n } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  // a new epoch at every sign-out / lock remounts antd's App: no toast of the last user survives
  const [epoch, setEpoch] = useState(0);
  const nextEpoch = useCallback(() => setEpoch((e) => e + 1), []);
  // R-IT-1: a demo vault says so on every screen (and lists its sign-ins on the sign-in screen)
  const [demo, setDemo] = useState<DemoSignIn[] | null>(null);
  const refreshDemo = useCallback(async () => setDemo((await call(api().vault.status())).demo), []);

  const refresh = useCallback(async () => {
    const st = await call(api().vault.status());
    setDemo(st.demo);
    if (st.state === 'uninitialised' || st.recoveryPending) setPhase({ name: 'setup', recoveryPending: st.recoveryPending });
    else if (st.state === 'unlocked' && st.session) {
      screenStateFor(st.session.login);
      setPhase({ name: 'signedIn', session: st.session });
    } else setPhase({ name: 'signIn' });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Any call that finds the session gone (idle lock in main, sign-out elsewhere) lands on the lock screen.
  useEffect(
    () =>
      onSessionLost(() => {
        nextEpoch();
        setPhase((p) => (p.name === 'signedIn' ? { name: 'lock', login: p.session.login } : p));
      }),
    [nextEpoch],
  );

  const sessionApi = useMemo<SessionApi | null>(() => {
    if (phase.name !== 'signedIn') return null;
    const login = phase.session.login;
    return {
      session: phase.session,
      setSession: (s) => setPhase({ name: 'signedIn', session: s }),
      lock: async () => {
        await api().auth.lock();
        nextEpoch();
        setPhase({ name: 'lock', login });
      },
      signOut: async () => {
        await api().auth.signOut();
        forgetScreenState();
        nextEpoch();
        setPhase({ name: 'signIn' });
      },
    };
  }, [phase, nextEpoch]);

  const signedIn = (s: SessionInfo) => {
    screenStateFor(s.login);
    setPhase({ name: 'signedIn', session: s });
  };

  let screen;
  switch (phase.name) {
    case 'loading':
      screen = <Spin size="large" className="center-spin" />;
      break;
    case 'setup':
      screen = <SetupScreen recoveryPending={phase.recoveryPending} onDemoCreated={() => void refreshDemo()} onDone={() => void refresh()} />;
      break;
    case 'signIn':
      screen = <SignInScreen onSignedIn={signedIn} onRecover={() => setPhase({ name: 'recover' })} demo={demo} onDemoSetAside={() => void refresh()} />;
      break;
    case 'recover':
      screen = <RecoverScreen onDone={() => setPhase({ name: 'signIn' })} />;
      break;
    case 'lock':
      screen = <LockScreen login={phase.login} onSignedIn={signedIn} onOtherUser={() => setPhase({ name: 'signIn' })} />;
      break;
    case 'signedIn':
      screen = (
        <SessionContext.Provider value={sessionApi}>
          {!phase.session.rulesAcknowledged ? <RulesScreen /> : phase.session.mustChangePassword ? <ForcePasswordScreen /> : <MainLayout />}
        </SessionContext.Provider>
      );
      break;
  }

  return (
    <ConfigProvider
      button={{ autoInsertSpace: false }}
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={{ token: { fontFamily: "'Noto Sans SC', sans-serif", colorPrimary: '#8c2f1b' } }}
    >
      {/* toasts start below a drawer's title bar (never over it) */}
      <AntApp key={epoch} message={{ top: 72 }}>
        {PREVIEW && (
          <div
            role="status"
            className="preview-banner"
            style={{ background: '#fff3cd', color: '#8c2f1b', textAlign: 'center', padding: '2px 8px', fontSize: 13 }}
          >
            预览模式：演示数据，非正式档案库
          </div>
        )}
        {demo && <DemoBanner />}
        {screen}
      </AntApp>
    </ConfigProvider>
  );
}
