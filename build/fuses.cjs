// Electron fuses for the packaged app (flipped into the Electron binary by after-pack.cjs).
// Pure data so test/unit/security-fuses.test.ts can assert it. Why each one:
//  - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed app into a general Node.js
//  - NODE_OPTIONS / --inspect off: no code injection or debugger attach through the environment
//  - OnlyLoadAppFromAsar on + asar integrity on: the app code is exactly what we packaged — but
//    Electron enforces asar integrity only on macOS and Windows (not Linux), and never covers
//    files outside the asar such as resources/native/better_sqlite3.node: the packaged app checks
//    that module's SHA-256 itself (electron/shell/native-integrity.ts, value fixed by npm run dist)
//  - CookieEncryption on, file:// extra privileges off (the app never uses file://)
/* eslint-disable @typescript-eslint/no-require-imports */
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

const FUSES = Object.freeze({
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
});

/** The @electron/fuses config object (flipFuses / packager.addElectronFuses). */
function fuseConfig() {
  return {
    version: FuseVersion.V1,
    // re-sign ad hoc on macOS after flipping (not a target, harmless elsewhere)
    resetAdHocDarwinSignature: process.platform === 'darwin',
    [FuseV1Options.RunAsNode]: FUSES.runAsNode,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FUSES.enableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: FUSES.enableNodeCliInspectArguments,
    [FuseV1Options.OnlyLoadAppFromAsar]: FUSES.onlyLoadAppFromAsar,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FUSES.enableEmbeddedAsarIntegrityValidation,
    [FuseV1Options.EnableCookieEncryption]: FUSES.enableCookieEncryption,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: FUSES.grantFileProtocolExtraPrivileges,
  };
}

module.exports = { FUSES, fuseConfig };
