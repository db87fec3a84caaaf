// Everything a handler needs, with no Electron in it: the same object runs inside the
// Electron main process, the CLI and the e2e test bridge.
import type { Role } from '../contract/roles';
import type { Clock } from '../vault/clock';
import type { KdfSpec } from '../vault/kdf';
import type { Vault } from '../vault/vault';
import type { NetworkInterfaces, NetworkState } from './network';

export interface Session {
  userId: number;
  login: string;
  displayName: string;
  roles: Role[];
  signedInAt: string;
  lastActivityAt: number; // ms epoch, from the clock
  rulesAcknowledged: boolean;
  /** KEK of the signed-in user's slot: unwraps their signing key for the checkpoint at sign-out. Wiped at lock. */
  kek: Buffer;
}

/** Renders a register's HTML to paper or PDF. Electron: hidden sandboxed window; tests: headless Chromium. */
export interface Printer {
  /** Asks where to save (Electron: save dialog) and writes a PDF; null path = cancelled. */
  toPdf(html: string, suggestedName: string): Promise<{ path: string | null; pages: number | null }>;
  /** System print dialog; resolves false when cancelled. `paper` carries what print() does not
   *  take from the HTML (Electron honours @page size only in printToPDF): the orientation. */
  toPrinter(html: string, paper?: PaperOptions): Promise<boolean>;
  /** Shows a PDF this printer wrote (in this run of the app) in the system file manager; false =
   *  not one of its files, or no file manager. Absent = not offered (the UI hides the button). */
  showInFolder?(path: string): Promise<boolean>;
}

/** Paper of one printout (registers: spec.orientation; absent = A4 portrait). */
export interface PaperOptions {
  orientation?: 'portrait' | 'landscape';
}

/** Saves a generated file (e.g. the index .xlsx) where the operator chooses. Electron: save dialog; tests: a temp folder. */
export interface FileSaver {
  /** null = cancelled */
  save(bytes: Uint8Array, suggestedName: string): Promise<string | null>;
}

/** Where backups go and come from (R-IT-1: removable media). Electron: main's folder / file dialogs; tests: a temp folder. */
export interface BackupMedia {
  /** the drive or folder a new backup is written to; null = cancelled */
  chooseFolder(): Promise<string | null>;
  /** an existing backup file to check or restore; null = cancelled */
  chooseBackupFile(): Promise<string | null>;
}

export interface AppContext {
  /** the vault folder */
  dir: string;
  clock: Clock;
  /** fixed KDF parameters for new slots (tests); absent = calibrated on this machine */
  kdfParams?: KdfSpec['params'];
  /** KDF calibration target for one derivation, ms (default 300: DEFAULT_KDF_TARGET_MS) */
  kdfTargetMs?: number;
  /** calibration timer (ms, monotonic); tests inject a fake, the app uses performance.now */
  kdfNow?: () => number;
  printer: Printer;
  /** optional until the Electron shell implements it; 'archive.exportIndex' needs it */
  fileSaver?: FileSaver;
  /** optional like fileSaver; the backup screen's calls need it */
  backupMedia?: BackupMedia;
  /** UI language of the call being handled (set by the dispatcher); for on-screen text such as
   *  verification reports. Printed registers stay in Chinese, the language of the room's records. */
  locale?: 'zh-CN' | 'en';
  /** null while locked / before setup */
  vault: Vault | null;
  session: Session | null;
  /** Offline guard (R-IT-1): lists the workstation's network interfaces (the app: os.networkInterfaces;
   *  tests inject a fake). Absent = no guard (CLI, unit tests, e2e bridge unless a test sets it). */
  networkInterfaces?: () => NetworkInterfaces;
  /** the guard's last result (electron/people/networkGuard.ts); absent before the first check */
  network?: NetworkState;
  /** called whenever the session ends (lock/sign-out/idle) so the shell can react (e.g. reload UI) */
  onSessionEnded?: (reason: 'signOut' | 'lock' | 'idle') => void;
}

/** The signed-in user as domain code records them (audit actor, gate checks). */
export interface Actor {
  id: number;
  name: string;
  roles: Role[];
}

/**
 * What the dispatcher hands a signed-in call's handler (every access but 'public'): the open
 * vault, the clock, who is calling and in which language — so a handler is one line that calls
 * one domain function. `app` carries the ports (printer, file saver) and lets session calls
 * (sign-out, lock) change the session itself.
 */
export interface CallContext {
  app: AppContext;
  vault: Vault;
  db: Vault['db'];
  clock: Clock;
  session: Session;
  actor: Actor;
  /** the caller's UI language (on-screen text; registers print in Chinese) */
  locale: 'zh-CN' | 'en';
}
