// R-IT-1 installers: the metadata electron-builder's deb target requires (author with email,
// homepage, linux.maintainer) and the app files that go into the asar (only the app bundles).
// Checked with electron-builder's own schema and metadata checks, as security-fuses.test.ts does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..', '..');
const yaml = require('js-yaml') as { load: (s: string) => Record<string, unknown> };
const cfg = yaml.load(readFileSync(join(root, 'build', 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('R-IT-1 Electron #1 deb metadata', () => {
  test('R-IT-1 package.json has an author with email and a homepage; linux.maintainer is "Name <email>"', () => {
    const author = pkg.author as { name?: string; email?: string };
    expect(author.name).toBeTruthy();
    expect(author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(() => new URL(pkg.homepage as string)).not.toThrow();
    expect((cfg.linux as { maintainer: string }).maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^@\s>]+>$/);
  });

  test("R-IT-1 the config with linux.maintainer passes electron-builder's schema and its package.json check", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, log: unknown) => Promise<void>;
    };
    const { checkMetadata } = require('app-builder-lib/out/util/packageMetadata') as {
      checkMetadata: (m: unknown, dev: unknown, file: string, devFile: string) => void;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(cfg, new DebugLogger(false))).resolves.toBeUndefined();
    const file = join(root, 'package.json');
    expect(() => checkMetadata(pkg, pkg, file, file)).not.toThrow();
  });
});

describe('R-IT-1 Electron #11 installer files', () => {
  test('R-IT-1 only out/main, out/preload and out/renderer are packed (never out/web, the e2e build)', () => {
    const files = cfg.files as string[];
    const outGlobs = files.filter((f) => f.startsWith('out/'));
    expect(outGlobs).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**']);
    expect(files.some((f) => f === 'out/**' || f.startsWith('out/web'))).toBe(false);
  });
});
