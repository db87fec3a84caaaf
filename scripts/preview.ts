// npm run preview: the app's renderer and handler table in a local Chromium/Chrome window, for a
// machine where the Electron runtime cannot be downloaded. A development/evaluation tool only:
// it reuses the e2e loopback bridge (test/e2e/bridge/server.ts), always over a fresh DEMO vault
// in a temp folder (published sample sign-ins), never a real vault, and never ships (the
// installer packs only out/main, out/preload, out/renderer). 127.0.0.1, a random port, a
// per-launch secret in the URL fragment that the page sends with every /api call; the window
// runs on a fresh temp profile; closing it (or Ctrl-C) stops the server and wipes the folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// the bridge loads electron/domains (handler table, demo seeders) before electron/demo is used
import { startBridge, type Bridge } from '../test/e2e/bridge/server';
import { CALL_NAMES } from '../electron/contract';
import { createDemoVault, type DemoVault } from '../electron/demo';
import type { Printer } from '../electron/core/context';
import { systemClock } from '../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../electron/vault/kdf';
import { Vault } from '../electron/vault/vault';

export const ROOT = resolve(__dirname, '..');

/** The browser's switches: app window, own throwaway profile, no background traffic. */
export function chromiumArgs(url: string, profileDir: string, opts: { asRoot?: boolean } = {}): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-crash-reporter',
    // Chromium refuses to run as root with its sandbox on (a dev container); never otherwise
    ...(opts.asRoot ? ['--no-sandbox'] : []),
  ];
}

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/chromium-browser'];

/** CHROMIUM_PATH, else the first installed candidate; null = none (the URL is printed instead). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CHROMIUM_CANDIDATES.find(exists) ?? null;
}

/**
 * `--dir D`: only a folder that does not exist or is empty (it is wiped afterwards). A folder
 * holding a vault is refused: the preview never opens a real vault, it always makes a fresh demo.
 */
export function checkPreviewDir(dir: string): void {
  if (Vault.exists(dir)) throw new Error(`${dir} holds a vault: the preview never opens a real vault (it always makes a fresh demo in a temp folder)`);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: the preview needs a new or empty folder (it is wiped when the preview stops)`);
}

export function parseArgs(argv: string[]): { dir?: string } {
  const out: { dir?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dir') out.dir = argv[++i];
    else if (a.startsWith('--dir=')) out.dir = a.slice('--dir='.length);
    else throw new Error(`unknown argument ${a} (npm run preview [-- --dir EMPTY_FOLDER])`);
  }
  if (out.dir !== undefined && !out.dir) throw new Error('--dir needs a folder');
  return out;
}

export interface PreviewOptions {
  webRoot?: string;
  /** a new or empty folder for the demo (default: a fresh temp folder) */
  dir?: string;
  /** false: serve only, no browser window (tests drive the page themselves) */
  launchBrowser?: boolean;
  log?: (line: string) => void;
}

export interface Preview {
  /** the page's URL, with the per-launch secret in the fragment */
  url: string;
  origin: string;
  /** the folder wiped at stop (vault, browser profile, printouts) */
  root: string;
  demo: DemoVault;
  bridge: Bridge;
  browser: ChildProcess | null;
  /** resolves once stopped (window closed, stop() or a signal) */
  stopped: Promise<void>;
  stop(): Promise<void>;
}

/** Printouts land in the preview's folder (wiped at stop); there is no system print dialog. */
function previewPrinter(root: string, log: (l: string) => void): Printer & { close(): Promise<void> } {
  let chromium: (Printer & { close(): Promise<void> }) | null = null;
  const get = async () => {
    const { ChromiumPrinter } = await import('../test/e2e/support/chromium-printer');
    chromium ??= new ChromiumPrinter({ outDir: join(root, 'pdf'), printerAnswer: false });
    return chromium;
  };
  return {
    toPdf: async (html, name) => {
      const r = await (await get()).toPdf(html, name);
      if (r.path) log(`preview: PDF written to ${r.path} (wiped when the preview stops)`);
      return r;
    },
    toPrinter: async () => {
      log('preview: no printing in the preview (use 导出 PDF)');
      return false;
    },
    close: async () => {
      await chromium?.close();
    },
  };
}

export async function startPreview(opts: PreviewOptions = {}): Promise<Preview> {
  const log = opts.log ?? ((l: string) => console.log(l));
  let root: string;
  if (opts.dir) {
    checkPreviewDir(opts.dir);
    mkdirSync(opts.dir, { recursive: true });
    root = resolve(opts.dir);
  } else root = mkdtempSync(join(tmpdir(), 'ar-preview-'));
  const vaultDir = join(root, 'vault');
  const profileDir = join(root, 'profile');
  mkdirSync(vaultDir);
  mkdirSync(profileDir);
  const printer = previewPrinter(root, log);
  const wipe = () => rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });

  let bridge: Bridge;
  let demo: DemoVault;
  const secret = randomBytes(32).toString('base64url');
  try {
    // throwaway sample data with published passwords: cheap fixed KDF parameters
    demo = await createDemoVault(vaultDir, { clock: systemClock, kdfParams: FAST_TEST_KDF_PARAMS });
    bridge = await startBridge({
      dir: vaultDir,
      webRoot: opts.webRoot ?? join(ROOT, process.env.AR_WEB_OUT ?? 'out/web'),
      printer,
      kdfParams: FAST_TEST_KDF_PARAMS,
      secret,
      preview: { callNames: [...CALL_NAMES] },
    });
  } catch (e) {
    wipe();
    throw e;
  }
  const url = `${bridge.origin}/#ar=${secret}`;

  let browser: ChildProcess | null = null;
  let stopping: Promise<void> | null = null;
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));
  // the browser runs in its own process group: its helpers (zygote, crash handler) go with it
  const killBrowserGroup = (sig: NodeJS.Signals) => {
    try {
      if (browser?.pid) process.kill(-browser.pid, sig);
    } catch {
      /* already gone */
    }
  };
  const stop = () =>
    (stopping ??= (async () => {
      if (browser && browser.exitCode === null && browser.signalCode === null) {
        const exited = new Promise((r) => browser!.once('exit', r));
        killBrowserGroup('SIGTERM');
        await exited;
      }
      killBrowserGroup('SIGKILL');
      await bridge.close();
      await printer.close();
      // a helper that was still exiting may recreate the profile for a moment: retry a few times
      for (let i = 0; i < 20 && existsSync(root); i++) {
        try {
          wipe();
        } catch {
          /* retried */
        }
        if (existsSync(root) || browser) await new Promise((r) => setTimeout(r, 100));
      }
      resolveStopped();
    })());

  if (opts.launchBrowser !== false) {
    const exe = findChromium();
    if (exe) {
      browser = spawn(exe, chromiumArgs(url, profileDir, { asRoot: process.getuid?.() === 0 }), { stdio: 'ignore', detached: true });
      browser.once('exit', () => void stop());
      browser.once('error', (e) => log(`preview: could not start ${exe}: ${e.message}; open ${url}`));
    } else log(`preview: no Chromium/Chrome found (set CHROMIUM_PATH); open this URL in a browser:\n  ${url}`);
  }
  return { url, origin: bridge.origin, root, demo, bridge, browser, stopped, stop };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const p = await startPreview({ dir: args.dir });
  console.log(`
预览模式 PREVIEW — demo data in a throwaway folder (${p.root}), never a real vault.
  ${p.browser ? 'A browser window opened; closing it stops the preview.' : 'Ctrl-C stops the preview.'}
  Demo sign-ins (password Demo-2026-<login>): ${p.demo.signIns.map((s) => `${s.login} ${s.displayName}`).join(', ')}`);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void p.stop());
  await p.stopped;
  console.log('preview stopped; its folder was wiped.');
  process.exit(0);
}

// run as `tsx scripts/preview.ts` (tests import startPreview instead)
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main().catch((e: unknown) => {
    console.error(`✗ ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
