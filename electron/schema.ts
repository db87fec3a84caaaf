// Ordered list of schema migrations: one file per version (Signal-Desktop style).
import { m0010 } from './vault/migrations/0010-initial';
import { m0020 } from './archive/migrations/0020-archive';
import { m0030 } from './archive/migrations/0030-attachments';
import { m0040 } from './archive/migrations/0040-item-numbers';
import { m0050 } from './archive/migrations/0050-search-scale';
import { m0100 } from './approvals/migrations/0100-approvals';
import { m0110 } from './access/migrations/0110-access';
import { m0120 } from './loans/migrations/0120-loans';
import { m0130 } from './copies/migrations/0130-copies';
import { m0140 } from './inspections/migrations/0140-inspections';
import { m0150 } from './repairs/migrations/0150-repairs';
import { m0160 } from './environment/migrations/0160-environment';
import { m0170 } from './incidents/migrations/0170-incidents';
import { m0175 } from './inspections/migrations/0175-inspection-photos';
import { m0180 } from './destruction/migrations/0180-destruction';
import { m0200 } from './reports/migrations/0200-reports';
import { m0210 } from './printcheck/migrations/0210-printcheck';
import { m0190 } from './policy/migrations/0190-policy';
import type { Migration } from './vault/migrations/types';

export const MIGRATIONS: readonly Migration[] = [
  m0010,
  m0020,
  m0030,
  m0040,
  m0050,
  m0100,
  m0110,
  m0120,
  m0130,
  m0140,
  m0150,
  m0160,
  m0170,
  m0175,
  m0180,
  m0190,
  m0200,
  m0210,
];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
