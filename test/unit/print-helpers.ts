// Shared by the print tests: whether Chromium and poppler are here, and a register spec with
// sensible defaults.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { RegisterSpec } from '../../electron/print/register';
import { CHROMIUM_PATH } from '../e2e/support/chromium-printer';

/** Chromium renders the PDF, poppler reads it back; without them the PDF tests say why they skip. */
export const HAVE_PRINT_TOOLS =
  existsSync(CHROMIUM_PATH) &&
  (() => {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

// Outside CI a machine without the tools skips the PDF tests (they say why); in CI a missing tool
// fails every print test file here instead of skipping them silently.
if (!HAVE_PRINT_TOOLS && process.env.CI) {
  throw new Error(`CI: the print tests need ${CHROMIUM_PATH} and poppler-utils (scripts/install-system-deps.sh installs them)`);
}

export function sampleSpec(rows: RegisterSpec['rows'], over: Partial<RegisterSpec> = {}): RegisterSpec {
  return {
    title: '测试登记簿',
    registerCode: 'test',
    classificationMark: '机密',
    columns: [
      { key: 'a', header: '甲' },
      { key: 'b', header: '乙', align: 'right' },
    ],
    rows,
    locale: 'zh-CN',
    orgName: '某某公司',
    printedBy: '王审计',
    printedAt: '2026-11-27T01:00:00.000Z',
    vaultId: '00000000-0000-4000-8000-000000000000',
    auditHead: 'ab'.repeat(32),
    signatureLines: [{ role: '经办人' }, { role: '审核人' }],
    ...over,
  };
}
