// Ordered list of schema migrations: one file per version (Signal-Desktop style).
import { m0010 } from './vault/migrations/0010-initial';
import { m0020 } from './archive/migrations/0020-archive';
import { m0030 } from './archive/migrations/0030-attachments';
import { m0040 } from './archive/migrations/0040-item-numbers';
import { m0050 } from './archive/migrations/0050-search-scale';
import { m0100 } from './approvals/migrations/0100-approvals';
import type { Migration } from './vault/migrations/types';

export const MIGRATIONS: readonly Migration[] = [m0010, m0020, m0030, m0040, m0050, m0100];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
