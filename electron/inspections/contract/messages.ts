// Inspection messages (errors.<code> and v.<validation>), zh-CN with its English twin.
import { defineMessages } from '../../contract/domain';

export const inspectionMessages = defineMessages(
  {
    'errors.INSPECTION_STATE': '该检查记录已签名，不能再修改',
    'errors.INSPECTION_OPEN': '该检查计划已有未签名的检查，请先完成',
    'errors.INSPECTION_PENDING': '还有应在架的档案材料未核对（在架、缺失或错架）',
    'errors.INSPECTION_SIGN_ORDER': '须先由检查人签名，再由监督人签名',
    'errors.INSPECTION_SIGNER': '检查人须本人签名；监督人须为客户信息主管或客服部经理，且不能是检查人',
    'errors.UNKNOWN_LABEL': '没有这个档号的档案材料',
    'errors.NOT_IN_CABINET': '该档案柜不在本次检查范围内',
    'errors.PLAN_EXISTS': '该库房或档案柜已有检查计划',
    'v.misplacedNote': '错架时须写明实际所在位置',
    'v.findingNote': '选择“其他”时须填写说明',
    'v.unexpectedMark': '非本处的材料已按扫描登记，不能再标记',
    'v.findingNotFound': '须先确认该材料在架（或错架），才能记录保管状况',
    'v.photoType': '照片须为 JPEG 或 PNG 图片',
    'v.photoTooLarge': '照片不能超过 10 MB',
  },
  {
    'errors.INSPECTION_STATE': 'This inspection record is signed and can no longer be changed',
    'errors.INSPECTION_OPEN': 'This plan has an unsigned inspection; finish it first',
    'errors.INSPECTION_PENDING': 'Some expected items are not yet checked (present, missing or misplaced)',
    'errors.INSPECTION_SIGN_ORDER': 'The inspector signs first, then the supervisor',
    'errors.INSPECTION_SIGNER': 'The inspector signs in person; the supervisor is an information supervisor or CS manager other than the inspector',
    'errors.UNKNOWN_LABEL': 'No item has this archive number',
    'errors.NOT_IN_CABINET': 'This cabinet is not part of the inspection',
    'errors.PLAN_EXISTS': 'This room or cabinet already has an inspection plan',
    'v.misplacedNote': 'Say where the misplaced item was found',
    'v.findingNote': 'Describe the finding when choosing "other"',
    'v.unexpectedMark': 'An unexpected item is recorded as scanned and cannot be marked',
    'v.findingNotFound': 'Confirm the item is present (or misplaced) before recording its condition',
    'v.photoType': 'The photo must be a JPEG or PNG image',
    'v.photoTooLarge': 'The photo may be at most 10 MB',
  },
);
