// Report messages (errors.<code> and v.<validation>), zh-CN with its English twin.
import { defineMessages } from '../../contract/domain';

export const reportsMessages = defineMessages(
  {
    'errors.REPORT_STATE': '报表当前状态不允许此操作',
    'errors.REPORT_REVIEWER': '审核人须为本人签名：客户信息主管与客服部经理各一人，且不是编制人',
    'errors.REPORT_REVIEWED': '该审核栏已签名',
    'errors.REPORT_COPY': '该份报表不存在、已分发或已注销',
    'errors.REPORT_REQUEST': '报表申请未获批准，或与所选模板、期间不一致',
    'errors.TEMPLATE_CHANGED': '模板已有更新版本，请基于最新版本重新提出修改',
    'errors.TEMPLATE_UNCHANGED': '与当前版本相比没有任何修改',
    'v.figureKey': '指标代码：小写字母开头，仅字母和数字（如 newCustomers）',
    'v.figureKeyDuplicate': '指标代码不能重复',
    'v.figuresEmpty': '模板至少包含一项指标',
    'v.groupByUnsupported': '该数据来源不支持此分组',
    'v.filterUnsupported': '该数据来源不支持此筛选',
    'v.chartNeedsGroups': '图表需要分组',
    'v.periodOrder': '结束日期不能早于开始日期',
    'v.figuresTooMany': '指标过多（最多 30 项）',
  },
  {
    'errors.REPORT_STATE': 'The report’s state does not allow this',
    'errors.REPORT_REVIEWER': 'Reviewers sign in person: one information supervisor and one CS manager, neither the compiler',
    'errors.REPORT_REVIEWED': 'That review is already signed',
    'errors.REPORT_COPY': 'That copy does not exist, is already distributed or is struck off',
    'errors.REPORT_REQUEST': 'The report request is not approved, or does not match the template and period',
    'errors.TEMPLATE_CHANGED': 'The template has a newer version; propose the change again on the latest',
    'errors.TEMPLATE_UNCHANGED': 'Nothing differs from the current version',
    'v.figureKey': 'Figure code: a lowercase letter first, letters and digits only (e.g. newCustomers)',
    'v.figureKeyDuplicate': 'Figure codes must be unique',
    'v.figuresEmpty': 'A template holds at least one figure',
    'v.groupByUnsupported': 'This source cannot be grouped that way',
    'v.filterUnsupported': 'This source cannot be filtered that way',
    'v.chartNeedsGroups': 'A chart needs groups',
    'v.periodOrder': 'The end date cannot be before the start',
    'v.figuresTooMany': 'Too many figures (30 at most)',
  },
);
