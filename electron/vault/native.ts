// Where the SQLCipher native module comes from. Node (tests, CLI) uses the Node-ABI build
// that `npm ci` compiles in node_modules. Electron uses a separate Electron-ABI build that
// scripts/build-electron-native.mjs writes to build/native/electron-<abi>/ (or, packaged,
// resources/native/), so neither build ever overwrites the other.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBinding(appRoot: string, resourcesPath?: string): string | undefined {
  const abi = process.versions.modules;
  const candidates = [
    resourcesPath ? join(resourcesPath, 'native', 'better_sqlite3.node') : '',
    join(appRoot, 'build', 'native', `electron-${abi}`, 'better_sqlite3.node'),
    // scripts/build-electron-native.mjs names the folder by Electron version when it cannot learn the ABI
    process.versions.electron ? join(appRoot, 'build', 'native', `electron-v${process.versions.electron}`, 'better_sqlite3.node') : '',
  ].filter(Boolean);
  return candidates.find((c) => existsSync(c));
}

/** undefined = the package's default (Node-ABI) binding */
export function nativeBindingForThisRuntime(appRoot: string, resourcesPath?: string): string | undefined {
  if (process.env.ARCHIVE_ROOM_NATIVE_BINDING) return process.env.ARCHIVE_ROOM_NATIVE_BINDING;
  if (!process.versions.electron) return undefined;
  return electronNativeBinding(appRoot, resourcesPath);
}
