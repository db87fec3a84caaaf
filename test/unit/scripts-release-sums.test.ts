// R-IT-1 Electron #10: npm run dist prints the installers' SHA-256 sums and writes
// release/SHA256SUMS in sha256sum format (tested on a temp folder shaped like release/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { tempDir } from './helpers';

// a plain .mjs script (no types): imported by URL so the typecheck does not resolve it
const script = pathToFileURL(join(__dirname, '..', '..', 'scripts', 'release-sums.mjs')).href;
const { writeSha256Sums } = (await import(script)) as {
  writeSha256Sums: (dir: string) => Promise<string[]>;
};
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('R-IT-1 Electron #10 release SHA256SUMS', () => {
  test('R-IT-1 every installer (exe, AppImage, deb) summed, sorted; blockmaps, yml and unpacked folders not', async () => {
    const t = tempDir('ar-release-');
    cleanup = t.cleanup;
    writeFileSync(join(t.dir, 'Archive Room Setup 0.1.0.exe'), 'exe');
    writeFileSync(join(t.dir, 'Archive Room Setup 0.1.0.exe.blockmap'), 'map');
    writeFileSync(join(t.dir, 'Archive Room-0.1.0.AppImage'), 'appimage');
    writeFileSync(join(t.dir, 'archive-room_0.1.0_amd64.deb'), 'deb');
    writeFileSync(join(t.dir, 'builder-debug.yml'), 'x: 1');
    mkdirSync(join(t.dir, 'linux-unpacked.deb'));
    const lines = await writeSha256Sums(t.dir);
    expect(lines).toEqual([
      `${sha('exe')}  Archive Room Setup 0.1.0.exe`,
      `${sha('appimage')}  Archive Room-0.1.0.AppImage`,
      `${sha('deb')}  archive-room_0.1.0_amd64.deb`,
    ]);
    expect(readFileSync(join(t.dir, 'SHA256SUMS'), 'utf8')).toBe(lines.join('\n') + '\n');
    // the format sha256sum -c reads (where coreutils is present)
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: t.dir, encoding: 'utf8' });
    if (!check.error) expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  test('R-IT-1 a release folder without installers is an error, not an empty SHA256SUMS', async () => {
    const t = tempDir('ar-release-');
    cleanup = t.cleanup;
    await expect(writeSha256Sums(t.dir)).rejects.toThrow(/no installer/);
  });
});
