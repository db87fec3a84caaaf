// Loans crash-test child (test/unit/loans-crash.test.ts): opens a real vault with a known data key
// and issues and returns loans from the approved requests it finds, forever, through the domain
// functions the app uses (issueLoan / returnLoan: register row + custody event + audit entry in one
// transaction). Each commit is acknowledged on stdout only after it returned; the parent kill -9s
// this process at random moments.
//
// argv: <vaultDir> <dataKeyHex> <operatorId>
import '../../electron/domains';
import { issueLoan, returnLoan } from '../../electron/loans/issue';
import { systemClock } from '../../electron/vault/clock';
import { Vault } from '../../electron/vault/vault';

const [dir, keyHex, opId] = process.argv.slice(2);
if (!dir || !keyHex || !opId) {
  process.stderr.write('usage: loans-crash-child <vaultDir> <dataKeyHex> <operatorId>\n');
  process.exit(2);
}
const vault = Vault.openWithDataKey(dir, Buffer.from(keyHex, 'hex'), { clock: systemClock });
const actor = { id: Number(opId), name: '王专员', roles: ['operator' as const] };
const db = vault.db;
process.stdout.write('ready\n');
for (;;) {
  // an open loan goes back first (its item is then free for the next request)
  const open = db
    .prepare('SELECT l.id FROM loans l WHERE NOT EXISTS (SELECT 1 FROM loan_strikes s WHERE s.loan_id = l.id) ORDER BY l.id LIMIT 1')
    .pluck()
    .get() as number | undefined;
  if (open !== undefined) {
    returnLoan(vault, systemClock, actor, { loanId: open, copies: 1, pageCheck: 'complete', missingPages: null, note: null, locationId: null });
    process.stdout.write(`return ${open}\n`);
    continue;
  }
  const next = db
    .prepare(
      `SELECT r.id FROM requests r WHERE r.type = 'loan' AND r.status = 'approved' AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.request_id = r.id) ORDER BY r.id LIMIT 1`,
    )
    .pluck()
    .get() as number | undefined;
  if (next === undefined) {
    process.stdout.write('done\n');
    // wait to be killed
    setInterval(() => undefined, 1000);
    break;
  }
  const [row] = issueLoan(vault, systemClock, actor, { requestId: next, signature: { kind: 'slip' } });
  process.stdout.write(`issue ${row!.id}\n`);
}
