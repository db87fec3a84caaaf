// Copies messages (errors.<code> and v.<validation>), zh-CN with its English twin (R-SEC-3..5).
import { defineMessages } from '../../contract/domain';

export const copiesMessages = defineMessages(
  {
    'errors.COPY_NOT_ALLOWED': '没有允许复制或下载该档案材料的授权或已批准的复制申请',
    'errors.COPY_LIMIT': '已达到批准的复制份数（{{made}}/{{allowed}} 份）',
    'errors.MARK_FAILED': '该文件无法加注复制标记，不能导出（加密、损坏的 PDF 或 TIFF 扫描件请打印纸质复制件并登记）',
    'errors.NOT_CARRIER': '该人员不是指定的携带人，不能携带档案外出',
    'errors.NOT_APPROVED': '该申请尚未获得全部批准',
    'errors.ALREADY_RECORDED': '该申请已登记，不能重复登记',
    'errors.ITEM_NOT_IN_ROOM': '档案材料不在库（已借出或外出），不能携带外出',
    'errors.COPY_STATE': '该复制件当前状态不允许此操作',
    'v.pages': '页码只能填数字、逗号和连字符，例如 1-3, 7',
    'v.measures': '请至少选择一项安全措施',
    'v.measuresNote': '选择“其他”时请说明安全措施',
    'v.returnNote': '检查有异常时请填写说明',
    'v.dateTime': '时间格式不正确',
  },
  {
    'errors.COPY_NOT_ALLOWED': 'No grant or approved copy request allows copying or downloading this item',
    'errors.COPY_LIMIT': 'The approved number of copies has been made ({{made}}/{{allowed}})',
    'errors.MARK_FAILED':
      'This file cannot carry a copy mark and is not exported (for an encrypted or broken PDF or a TIFF scan, make a paper copy and record it)',
    'errors.NOT_CARRIER': 'This person is not a designated carrier and may not take files out',
    'errors.NOT_APPROVED': 'The request does not have all its approvals yet',
    'errors.ALREADY_RECORDED': 'This request has already been recorded',
    'errors.ITEM_NOT_IN_ROOM': 'The item is not in the room (on loan or carried out) and cannot be carried out',
    'errors.COPY_STATE': 'The copy’s current state does not allow this',
    'v.pages': 'Pages: digits, commas and dashes only, e.g. 1-3, 7',
    'v.measures': 'Choose at least one security measure',
    'v.measuresNote': 'Describe the measure when choosing “other”',
    'v.returnNote': 'Describe what was found when the check is not intact',
    'v.dateTime': 'Invalid date and time',
  },
);
