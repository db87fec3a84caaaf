// Destruction policy values (R-SEC-6), registered with the policy registry (changed through the
// 策略 page: proposed, approved by the GM, applied from a date). Read with policyValue().
import { z } from 'zod';
import { policyValue, registerPolicyValue } from '../settings/policyValues';
import type { Db } from '../vault/db';
import type { Reader } from '../vault/sql';

export const DESTRUCTION_POLICY_KEYS = { coolingOffDays: 'destruction.coolingOffDays' } as const;
export const DEFAULT_COOLING_OFF_DAYS = 7;

registerPolicyValue({
  key: DESTRUCTION_POLICY_KEYS.coolingOffDays,
  label: { zh: '销毁冷静期', en: 'Destruction cooling-off period' },
  schema: z.number().int().min(1).max(90),
  default: DEFAULT_COOLING_OFF_DAYS,
  unit: { zh: '天', en: 'days' },
  domain: 'destruction',
});

export const coolingOffDays = (db: Db | Reader): number => policyValue<number>(db, DESTRUCTION_POLICY_KEYS.coolingOffDays);
