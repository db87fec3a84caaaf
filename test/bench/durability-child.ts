// Run under strace by durability.ts: N commits on a real vault, each acknowledged on stdout
// ("ACK n") only after vault.tx() returned — what the app does before answering the renderer.
import { mkdtempSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit } from '../../electron/audit/append';
import { systemClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { Vault } from '../../electron/vault/vault';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'ar-durability-'));
  try {
    const { vault } = await Vault.create(join(dir, 'vault'), { clock: systemClock, kdfParams: FAST_TEST_KDF_PARAMS });
    // the control run: without syncs the check must see acknowledgements that were not synced
    if (process.argv[3] === 'nosync') vault.db.pragma('synchronous = OFF');
    writeSync(1, 'START\n');
    for (let n = 1; n <= Number(process.argv[2] ?? 20); n++) {
      vault.tx((w) => appendAudit(w, systemClock, { actorId: null, actorName: 'bench', action: 'settings.update', entity: 'settings', detail: { n } }));
      writeSync(1, `ACK ${n}\n`);
    }
    vault.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
void main();
