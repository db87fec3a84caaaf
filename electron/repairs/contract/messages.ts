// Repair messages (errors.<code>), zh-CN with its English twin.
import { defineMessages } from '../../contract/domain';

export const repairMessages = defineMessages(
  {
    'errors.REPAIR_STATE': '该修复任务当前的状态不允许此操作',
    'errors.REPAIR_NOT_ON_SHELF': '该档案材料不在架上（借出、修复中或已销毁），不能送修',
    'errors.REPAIR_OPEN': '该档案材料已有未完成的修复任务',
  },
  {
    'errors.REPAIR_STATE': "The repair task's state does not allow this",
    'errors.REPAIR_NOT_ON_SHELF': 'This item is not on the shelf (on loan, in repair or destroyed) and cannot be sent to repair',
    'errors.REPAIR_OPEN': 'This item already has an unfinished repair task',
  },
);
