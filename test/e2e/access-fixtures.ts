// Fixtures for the access flows: the usual bridge and page (fixtures.ts), but the bridge runs on
// an injected ManualClock the test moves (a grant's end without waiting for it), and the people
// an access request meets: the operator at the desk, the CS-department reviewer and manager.
import { ARCHIVE_STAFF } from './archive-fixtures';
import { clockedTest, type SeedUser } from './fixtures';

export const SUPERVISOR: SeedUser = { login: 'liming', displayName: '李明', roles: ['infoSupervisor'], password: 'Demo-2026-liming' };
export const CS_MANAGER: SeedUser = { login: 'zhangwei', displayName: '张伟', roles: ['csManager'], password: 'Demo-2026-zhangwei' };
export const ACCESS_STAFF = [...ARCHIVE_STAFF, SUPERVISOR, CS_MANAGER];

// 2026-11-27 09:00 (+08:00), a Friday morning at the reading room (ManualClock's default)
export const test = clockedTest(undefined, 'ar-e2e-access-');
export { expect } from '@playwright/test';
