// Pure helpers of the Electron-ABI native build (scripts/build-electron-native.mjs), tested in
// test/unit/scripts-native-abi.test.ts. An inherited npm_config_nodedir (set by .ci/run and by
// ~/.npmrc for the Node build) makes node-gyp compile against Node's headers whatever --target
// and --dist-url say, which silently yields a Node-ABI module under build/native/electron-<abi>;
// so the build runs without it, and the result's ABI is read back from the binary.
import { readFileSync } from 'node:fs';

const ELECTRON_HEADERS = 'https://electronjs.org/headers';

/** Variables that point node-gyp at other headers or another runtime (names as npm sets them, any case on Windows). */
const OVERRIDDEN = ['npm_config_nodedir', 'npm_config_runtime', 'npm_config_target', 'npm_config_disturl', 'npm_config_dist_url'];

/** The environment of the Electron-ABI node-gyp build: env without nodedir (any case), Electron's target and headers. */
export function electronBuildEnv(env, electronVersion) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (!OVERRIDDEN.includes(k.toLowerCase())) out[k] = v;
  return { ...out, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: ELECTRON_HEADERS };
}

/**
 * NODE_MODULE_VERSIONs a native addon was compiled for, from its exported
 * node_register_module_v<ABI> symbol (NODE_MODULE_INIT; ELF, PE and Mach-O keep the name as text).
 */
export function moduleAbisOf(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  const found = new Set();
  for (const m of text.matchAll(/node_register_module_v(\d+)/g)) found.add(m[1]);
  return [...found].sort();
}

/** false when electron-env.mjs could not learn the ABI and named the build by version (v45.5.0). */
export const isKnownAbi = (abi) => /^\d+$/.test(String(abi));

/**
 * null when the file at path is built for exactly abi, else why not. An abi that is not a number
 * (electron-env.mjs fell back to naming by version) cannot be checked and is reported as such.
 */
export function abiMismatch(path, abi) {
  if (!isKnownAbi(abi)) return `Electron's ABI is unknown (${abi}): cannot check ${path}`;
  const found = moduleAbisOf(readFileSync(path));
  if (found.length === 1 && found[0] === String(abi)) return null;
  return `${path} is built for ABI ${found.join(', ') || 'none found'}, Electron needs ${abi}`;
}
