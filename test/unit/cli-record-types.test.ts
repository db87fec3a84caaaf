// The command-line verifier runs in its own process, where only what verify.ts imports is
// loaded. A domain's signable record type (here: custodian handover) must still be known there,
// or its valid signatures would be reported as orphaned.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { endSession } from '../../electron/people/session';
import type { CustomerCreated, HandoverRow, ItemCreated } from '../../electron/archive/contract/calls';
import { ADMIN_PW, PW } from './auth-helpers';
import { bank, item, ok, setupArchive } from './archive-helpers';

const TSX = join(__dirname, '../../node_modules/.bin/tsx');
const CLI = join(__dirname, '../../electron/cli/vault-cli.ts');

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('R-SEC-2 R-IT-1 command-line verify accepts a signed custodian handover (record type known outside the app)', async () => {
  const v = await setupArchive('op');
  cleanup = v.cleanup;
  const customerId = ok<CustomerCreated>(await v.call('customers.create', bank())).customerId;
  const itemId = ok<ItemCreated>(await v.call('items.create', item(customerId, { classification: 2, custodianId: v.ids.cus1 }))).id;
  await v.as('cus1');
  const done = ok<HandoverRow>(
    await v.call('items.handover', { itemId, toCustodianId: v.ids.cus2!, remarks: '岗位调整', signerLogin: 'cus2', signerPassword: PW }),
  );
  expect(done.status).toBe('completed');
  await endSession(v.ctx, 'signOut');

  const r = spawnSync(TSX, [CLI, 'verify', '--dir', v.dir, '--user', 'admin'], {
    input: `${ADMIN_PW}\n`,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_ROOM_TEST_FAST_KDF: '1' },
    timeout: 60_000,
  });
  expect(r.stdout + r.stderr).toContain('全部检查通过');
  expect(r.status).toBe(0);
});
