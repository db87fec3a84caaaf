// Chromium's sandbox on Linux, checked before `npm start` launches Electron (pure decision +
// a reader of the machine's facts; tested in test/unit/scripts-linux-sandbox.test.ts). The
// sandbox needs unprivileged user namespaces; Ubuntu 23.10+ restricts them through AppArmor
// (kernel.apparmor_restrict_unprivileged_userns=1), older Debian may disable them
// (kernel.unprivileged_userns_clone=0). Then Chromium falls back to the SUID helper
// chrome-sandbox, which must be owned by root with mode 4755 — or an AppArmor profile must grant
// the Electron binary `userns`, as the .deb installs for the packaged app. Otherwise Electron
// aborts with "The SUID sandbox helper binary was found, but is not configured correctly".
// The fix is never --no-sandbox: the app refuses that switch when packaged (startup-guard.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const readText = (path) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
};

/** The facts linuxSandboxProblem decides on, read from this machine for the Electron binary exe. */
export function linuxSandboxFacts(exe, platform = process.platform) {
  const helper = join(dirname(exe), 'chrome-sandbox');
  let helperStat = null;
  try {
    const s = statSync(helper);
    helperStat = { uid: s.uid, mode: s.mode & 0o7777 };
  } catch {
    helperStat = null;
  }
  let profileGrantsUserns = false;
  try {
    for (const name of readdirSync('/etc/apparmor.d')) {
      const text = readText(join('/etc/apparmor.d', name));
      if (text && text.includes(exe) && /^\s*userns\s*,/m.test(text)) profileGrantsUserns = true;
    }
  } catch {
    // no AppArmor
  }
  return {
    platform,
    appArmorRestrictsUserns: readText('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1',
    usernsCloneDisabled: readText('/proc/sys/kernel/unprivileged_userns_clone') === '0',
    helper,
    helperStat,
    profileGrantsUserns,
  };
}

/** null when Chromium's sandbox can start here, else what to do (never --no-sandbox). */
export function linuxSandboxProblem(f) {
  if (f.platform !== 'linux') return null;
  if (!f.appArmorRestrictsUserns && !f.usernsCloneDisabled) return null; // namespace sandbox works
  if (f.appArmorRestrictsUserns && !f.usernsCloneDisabled && f.profileGrantsUserns) return null;
  if (f.helperStat && f.helperStat.uid === 0 && f.helperStat.mode === 0o4755) return null; // SUID helper ready
  const why = f.appArmorRestrictsUserns
    ? 'AppArmor restricts unprivileged user namespaces here (Ubuntu 23.10+)'
    : 'unprivileged user namespaces are disabled here (kernel.unprivileged_userns_clone=0)';
  return {
    why,
    fix: [
      `sudo chown root:root '${f.helper}' && sudo chmod 4755 '${f.helper}'`,
      ...(f.appArmorRestrictsUserns
        ? [`or an AppArmor profile granting "userns," to ${join(dirname(f.helper), 'electron')} (what the .deb installs for the packaged app)`]
        : []),
    ],
  };
}
