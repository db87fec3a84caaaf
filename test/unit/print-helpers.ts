// A register spec with sensible defaults, for the print tests.
import type { RegisterSpec } from '../../electron/print/register';

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
