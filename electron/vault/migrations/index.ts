// Ordered list of schema migrations: one file per version (Signal-Desktop style).
import { m0010 } from './0010-initial';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [m0010];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
