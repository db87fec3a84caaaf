// Incident messages (errors.<code> and v.<validation>), zh-CN with its English twin (R-SEC-7).
import { defineMessages } from '../../contract/domain';

export const incidentMessages = defineMessages(
  {
    'errors.INCIDENT_STEP_ORDER': '处置须按顺序进行：已报告 → 已控制 → 调查中 → 已处理 → 已结案，不能跳过或重复',
    'errors.INCIDENT_STEP_ROLE': '此步骤须由其负责人记录：控制由客户信息主管或客服部经理，调查和处理由客户信息主管，结案由客服部经理',
    'errors.INCIDENT_FOUND_LATER': '发现时间不能晚于现在',
    'errors.INCIDENT_ACKED': '您已确认过此事件',
    'errors.INCIDENT_ADMIN_SCOPE': '系统管理员、安全保密管理员和安全审计员不接触客户信息，报告时不选择档案材料或客户，请在事件描述中说明',
  },
  {
    'errors.INCIDENT_STEP_ORDER': 'Steps run in order: reported → contained → investigating → resolved → closed; none skipped or repeated',
    'errors.INCIDENT_STEP_ROLE':
      'This step is recorded by its person: containment by the information supervisor or CS manager, investigation and resolution by the information supervisor, closure by the CS manager',
    'errors.INCIDENT_FOUND_LATER': 'The time found cannot be later than now',
    'errors.INCIDENT_ACKED': 'You have already acknowledged this incident',
    'errors.INCIDENT_ADMIN_SCOPE':
      'The system administrator, security officer and auditor do not handle customer information: report without items or customers and describe it in the summary',
  },
);
