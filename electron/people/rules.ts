// R-SEC-1 / R-GOV-1: the rules text in force. Registered as a policy value, so a revision is
// proposed, approved by the GM and applied from its date by the policy domain; when a new version
// applies, every user acknowledges the rules again at their next sign-in (rules_ack_at cleared,
// the earlier acknowledgements stay in the audit trail).
import { policyValue, registerPolicyValue } from '../settings/policyValues';
import type { Db } from '../vault/db';
import { sql } from '../vault/sql';
import { RULES_KEY, rulesTextSchema, type RulesText } from './contract/rules';

registerPolicyValue<RulesText>({
  key: RULES_KEY,
  label: { zh: '保密管理规定（制度文本）', en: 'Confidentiality rules (regulation text)' },
  schema: rulesTextSchema,
  default: null,
  domain: 'people',
  onApply: (w) => {
    w.run(sql`UPDATE users SET rules_ack_at = NULL`);
  },
});

export const rulesInForce = (db: Db): RulesText => policyValue<RulesText>(db, RULES_KEY);
