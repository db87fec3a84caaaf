// What the packaged app refuses at startup, as pure functions (no `electron` import) so a unit
// test sees every decision. R-IT-1: on the archive-room workstation nobody who can edit a
// shortcut may load a foreign .node into the main process or redirect the vault or the print
// font. Development runs (app.isPackaged false) keep every override: tests and `npm start` rely on them.

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
