// What the packaged app refuses at startup, as pure functions (no `electron` import) so a unit
// test sees every decision. R-IT-1: on the archive-room workstation nobody who can edit a
// shortcut may load a foreign .node into the main process, redirect the vault or the print font,
// open a debugging port, or switch off the sandbox or web security. Development runs
// (app.isPackaged false) keep every override: tests and `npm start` rely on them.

/** Environment overrides honoured only while developing (tests, `npm start`, the CLI). */
export const DEV_ONLY_ENV = ['ARCHIVE_ROOM_NATIVE_BINDING', 'ARCHIVE_ROOM_FONT_DIR', 'ARCHIVE_ROOM_VAULT_DIR'] as const;

/** The names of DEV_ONLY_ENV variables set in env that a packaged app must ignore. */
export function ignoredEnvOverrides(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string[] {
  if (!isPackaged) return [];
  return DEV_ONLY_ENV.filter((k) => env[k] !== undefined);
}

/** Removes the ignored overrides from env in place (main calls it on process.env before anything reads it). */
export function dropDevOnlyEnv(env: Record<string, string | undefined>, isPackaged: boolean): string[] {
  const ignored = ignoredEnvOverrides(env, isPackaged);
  for (const k of ignored) delete env[k];
  return ignored;
}

/** Chromium / Node switches that open the app to a debugger or turn its protections off. */
export const REFUSED_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'no-sandbox', 'disable-web-security'] as const;
/** --inspect, --inspect-brk, --inspect-port, --inspect-publish-uid, … */
const REFUSED_PREFIXES = ['inspect'] as const;

/**
 * The switch name of one argv entry, as Chromium reads it: prefix "--" or "-" (and "/" on
 * Windows), value after "=", names case-insensitive on Windows. null for a plain argument.
 */
function switchName(arg: string, platform: NodeJS.Platform): string | null {
  const m = /^(--|-|\/)([^=]+)/.exec(arg);
  if (!m || (m[1] === '/' && platform !== 'win32')) return null;
  return (m[2] ?? '').toLowerCase();
}

/**
 * The refused switches present in argv (process.argv without argv[0]), in argv order; always
 * [] when not packaged. Every argument is checked, also after a lone "--": a false refusal only
 * stops the app, a missed one opens it.
 */
export function refusedSwitches(argv: readonly string[], isPackaged: boolean, platform: NodeJS.Platform = process.platform): string[] {
  if (!isPackaged) return [];
  const found: string[] = [];
  for (const arg of argv) {
    const name = switchName(arg, platform);
    if (!name) continue;
    const refused = (REFUSED_SWITCHES as readonly string[]).includes(name) || REFUSED_PREFIXES.some((p) => name === p || name.startsWith(`${p}-`));
    if (refused && !found.includes(name)) found.push(name);
  }
  return found;
}
