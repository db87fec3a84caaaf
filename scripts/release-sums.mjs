// SHA-256 of every installer in release/, written as release/SHA256SUMS in `sha256sum` format
// (check on any machine with `sha256sum -c SHA256SUMS`, on Windows `certutil -hashfile <file> SHA256`)
// and printed by npm run dist, so the sums travel apart from the installers they vouch for.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Installer kinds electron-builder writes for our targets (NSIS, AppImage, deb). */
export const INSTALLER_EXTENSIONS = ['.exe', '.AppImage', '.deb'];
export const SUMS_FILE = 'SHA256SUMS';

export function sha256File(path) {
  return new Promise((resolveHash, reject) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => h.update(chunk))
      .on('error', reject)
      .on('end', () => resolveHash(h.digest('hex')));
  });
}

/** Installers directly in dir (not the unpacked folders, blockmaps or builder's yml), sorted by name. */
export function installersIn(dir) {
  return readdirSync(dir)
    .filter((name) => INSTALLER_EXTENSIONS.some((ext) => name.endsWith(ext)) && statSync(join(dir, name)).isFile())
    .sort();
}

/** Writes dir/SHA256SUMS ("<hex>  <name>" per line) and returns its lines; throws when dir holds no installer. */
export async function writeSha256Sums(dir) {
  const names = installersIn(dir);
  if (names.length === 0) throw new Error(`no installer (${INSTALLER_EXTENSIONS.join(', ')}) in ${dir}`);
  const lines = [];
  for (const name of names) lines.push(`${await sha256File(join(dir, name))}  ${name}`);
  writeFileSync(join(dir, SUMS_FILE), lines.join('\n') + '\n');
  return lines;
}
