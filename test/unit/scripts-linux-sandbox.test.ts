// R-IT-1 Electron #2: the Linux installers keep Chromium's sandbox on. Only the deb is built (it
// installs an AppArmor profile and the SUID helper; an AppImage is mounted nosuid and cannot),
// nothing in the build passes --no-sandbox, and `npm start` says how to fix the sandbox on a
// machine that restricts user namespaces instead of letting Electron abort.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = join(__dirname, '..', '..');
interface Facts {
  platform: string;
  appArmorRestrictsUserns: boolean;
  usernsCloneDisabled: boolean;
  helper: string;
  helperStat: { uid: number; mode: number } | null;
  profileGrantsUserns: boolean;
}
// a plain .mjs script (no types): imported by URL so the typecheck does not resolve it
const { linuxSandboxProblem, linuxSandboxFacts } = (await import(pathToFileURL(join(root, 'scripts', 'linux-sandbox.mjs')).href)) as {
  linuxSandboxProblem: (f: Facts) => { why: string; fix: string[] } | null;
  linuxSandboxFacts: (exe: string, platform?: string) => Facts;
};

const ubuntu2404: Facts = {
  platform: 'linux',
  appArmorRestrictsUserns: true,
  usernsCloneDisabled: false,
  helper: '/w/node_modules/electron/dist/chrome-sandbox',
  helperStat: { uid: 1000, mode: 0o755 },
  profileGrantsUserns: false,
};

describe('R-IT-1 Electron #2 Linux sandbox', () => {
  test('R-IT-1 Linux installers: deb only; no --no-sandbox anywhere in the build or start scripts', () => {
    const yaml = createRequire(import.meta.url)('js-yaml') as { load: (s: string) => { linux: Record<string, unknown> } };
    const builder = readFileSync(join(root, 'build', 'electron-builder.yml'), 'utf8');
    expect(yaml.load(builder).linux.target).toEqual(['deb']);
    expect(yaml.load(builder).linux.executableArgs).toBeUndefined();
    for (const f of ['build/electron-builder.yml', 'scripts/start.mjs', 'scripts/dist.mjs', 'electron/main.ts', 'package.json']) {
      const text = readFileSync(join(root, f), 'utf8');
      // mentioned only to forbid it
      for (const line of text.split('\n').filter((l) => l.includes('no-sandbox'))) expect(line, f).toMatch(/never|refuse/i);
    }
  });

  test('R-IT-1 Ubuntu 23.10+ (AppArmor restricts userns), helper not SUID, no profile → fix: SUID helper or AppArmor profile', () => {
    const p = linuxSandboxProblem(ubuntu2404);
    expect(p?.why).toMatch(/AppArmor/);
    expect(p?.fix[0]).toBe(`sudo chown root:root '${ubuntu2404.helper}' && sudo chmod 4755 '${ubuntu2404.helper}'`);
    expect(p?.fix.join(' ')).toMatch(/userns/);
    expect(p?.fix.join(' ')).not.toMatch(/no-sandbox/);
  });

  test('R-IT-1 the sandbox can start: namespaces allowed, SUID root helper, or a profile granting userns; never on other OSes', () => {
    expect(linuxSandboxProblem({ ...ubuntu2404, appArmorRestrictsUserns: false })).toBeNull();
    expect(linuxSandboxProblem({ ...ubuntu2404, helperStat: { uid: 0, mode: 0o4755 } })).toBeNull();
    expect(linuxSandboxProblem({ ...ubuntu2404, profileGrantsUserns: true })).toBeNull();
    expect(linuxSandboxProblem({ ...ubuntu2404, platform: 'win32' })).toBeNull();
    // setuid bit without root ownership does not count
    expect(linuxSandboxProblem({ ...ubuntu2404, helperStat: { uid: 1000, mode: 0o4755 } })).not.toBeNull();
    // older Debian: clone disabled, a profile does not help, the SUID helper does
    const debian = { ...ubuntu2404, appArmorRestrictsUserns: false, usernsCloneDisabled: true, profileGrantsUserns: true };
    expect(linuxSandboxProblem(debian)?.why).toMatch(/unprivileged_userns_clone/);
    expect(linuxSandboxProblem({ ...debian, helperStat: { uid: 0, mode: 0o4755 } })).toBeNull();
  });

  test('R-IT-1 facts are read from this machine without throwing (missing binary, no AppArmor)', () => {
    const f = linuxSandboxFacts('/nonexistent/electron', 'linux');
    expect(f.helper).toBe('/nonexistent/chrome-sandbox');
    expect(f.helperStat).toBeNull();
    expect(typeof f.appArmorRestrictsUserns).toBe('boolean');
  });
});
