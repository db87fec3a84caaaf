// @vitest-environment jsdom
// R-USE-3 R-USE-2 <RequestFields/> inside a form bound to approvals.create's own contract schema,
// over a real vault (window.api is the typed client over the real dispatcher): an outsider gets
// the credential fields, a staff member does not; an outsider's missing papers come back from main
// as a translated error on the very field, with nothing written; with them the request is recorded.
import { App } from 'antd';
import { act } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { expect, test } from 'vitest';
import { mount, unmount } from './jsdom-antd';
import type { ApprovalRequest, NewRequestInput } from '../../electron/approvals/contract/calls';
import { api, call } from '../../renderer/api';
import { RequestFields, requestFieldDefaults } from '../../renderer/approvals';
import { useContractForm } from '../../renderer/kit/form';
import { MIRROR, setupApprovals, tableCounts } from './approvals-fixture';

interface Handle {
  form?: UseFormReturn<NewRequestInput>;
  submit?: () => Promise<void>;
  saved?: ApprovalRequest;
}

async function renderForm(defaults: NewRequestInput) {
  const h: Handle = {};
  function Harness() {
    const cf = useContractForm('approvals.create', { defaults, save: (v) => call(api().approvals.create(v)), onSaved: (r) => void (h.saved = r) });
    h.form = cf.form as unknown as UseFormReturn<NewRequestInput>;
    h.submit = cf.submit;
    return <RequestFields control={cf.form.control} form="t" targets={false} scans={false} />;
  }
  await mount(
    <App>
      <Harness />
    </App>,
  );
  return h;
}
const labels = () => [...document.querySelectorAll('label')].map((l) => l.textContent);

test('R-USE-3 R-USE-2 RequestFields: credential fields for outsiders, main’s field issues land on the field, nothing written until valid', async () => {
  const v = await setupApprovals('op', 'zh-CN');
  window.api = v.api;
  const base = { ...requestFieldDefaults(), type: MIRROR.access.type, targets: { scope: 'items' as const, itemIds: [v.items[0]!] }, submit: true };

  await renderForm(base);
  expect(labels()).toEqual(expect.arrayContaining(['申请人身份', '申请人', '姓名', '部门', '联系方式', '用途', '紧急程度', '事由', '部门负责人签字']));
  expect(labels()).not.toContain('证明文件编号');
  unmount();

  const h = await renderForm({
    ...base,
    applicant: { ...base.applicant, kind: 'outsider', name: '周律师', unit: '北京某律师事务所' },
    purpose: '核对',
    reason: '诉讼',
  });
  expect(labels()).toEqual(expect.arrayContaining(['单位', '证明文件', '证明文件编号', '开具单位']));
  const before = tableCounts(v.ctx);
  await act(() => h.submit!());
  // the papers are checked in main at submission: the translated issue lands on its field
  expect(document.getElementById('t-applicant-idDocKind')?.closest('.ant-form-item')?.textContent).toContain(
    '外来人员须登记介绍信或工作证的类型、编号和开具单位',
  );
  expect(tableCounts(v.ctx)).toEqual(before);
  expect(h.saved).toBeUndefined();

  act(() => {
    h.form!.setValue('applicant.idDocKind', 'workId');
    h.form!.setValue('applicant.idDocNo', 'GZ-0091');
    h.form!.setValue('applicant.idDocIssuer', '北京某律师事务所');
  });
  await act(() => h.submit!());
  expect(h.saved).toMatchObject({ status: 'submitted', applicant: { kind: 'outsider', idDocKind: 'workId', idDocNo: 'GZ-0091' } });
  expect(h.saved!.chain.map((s) => s.key)).toEqual(['review']);
});
