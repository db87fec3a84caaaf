// Settings (安全保密员): idle lock, lockout, classification labels, organisation name.
import { z } from 'zod';
import { out } from '../../contract/call';
import { empty } from '../../contract/schemas';
import type { Settings } from '../../contract/types';

export const settingsCalls = {
  // ---- settings ----
  'settings.get': out<Settings>().call(empty, 'member'),
  'settings.update': out<Settings>().call(
    z
      .object({
        idleLockMinutes: z.number().int().min(1, 'v.range').max(120, 'v.range'),
        maxFailedAttempts: z.number().int().min(3, 'v.range').max(10, 'v.range'),
        classificationLabels: z.tuple([
          z.string().trim().min(1, 'v.required').max(12, 'v.tooLong'),
          z.string().trim().min(1, 'v.required').max(12, 'v.tooLong'),
          z.string().trim().min(1, 'v.required').max(12, 'v.tooLong'),
          z.string().trim().min(1, 'v.required').max(12, 'v.tooLong'),
        ]),
        orgName: z.string().trim().min(1, 'v.required').max(60, 'v.tooLong'),
      })
      .strict(),
    ['securityOfficer'],
  ),
} as const;
