// Access messages (errors.<code> and v.<validation>), zh-CN with its English twin.
import { defineMessages } from '../../contract/domain';

export const accessMessages = defineMessages(
  {
    'errors.GRANT_NOT_CURRENT': '该查阅授权不在有效期内（未开始、已到期或已终止）',
    'errors.CONSULTATION_OPEN': '该授权已有一次查阅正在进行，请先登记离开时间',
    'errors.CONSULTATION_CLOSED': '该次查阅已登记离开时间',
    'errors.GRANT_ENDED': '该查阅授权已终止',
    'v.grantTime': '时间格式不正确',
    'v.untilAfterFrom': '截止时间须晚于开始时间',
    'v.grantTooLong': '查阅授权期限不得超过 {{days}} 天',
    'v.grantItems': '请至少选择一件档案材料',
    'v.grantReader': '查阅人须为在职的系统用户',
    'v.grantPast': '截止时间已过',
  },
  {
    'errors.GRANT_NOT_CURRENT': 'This access grant is not in force (not yet begun, expired or ended)',
    'errors.CONSULTATION_OPEN': 'A consultation under this grant is already open: record its time out first',
    'errors.CONSULTATION_CLOSED': 'This consultation already has its time out',
    'errors.GRANT_ENDED': 'This access grant has been ended',
    'v.grantTime': 'Invalid date and time',
    'v.untilAfterFrom': 'The end must be after the start',
    'v.grantTooLong': 'An access grant lasts at most {{days}} days',
    'v.grantItems': 'Choose at least one item',
    'v.grantReader': 'The reader must be an active user',
    'v.grantPast': 'The end time has already passed',
  },
);
