// The print verification domain, main-process entry (issue 9, "verifying a printout"): it keeps
// the record of every register printout (each page's code, rows and hashes, written by the one
// register printer through registerPageIssuer) and checks a page's code against the vault.
import { defineDomain } from '../core/domain';
import { registerPageIssuer } from '../print/page-marks';
import { printcheckContract } from './contract';
import { printcheckHandlers } from './handlers';
import { printRecorder } from './record';
import { seedPrintcheckDemo } from './demo';

registerPageIssuer(printRecorder);

export { verifyPrintedPage } from './verify';

export const printcheckDomain = defineDomain({
  contract: printcheckContract,
  handlers: printcheckHandlers,
  demo: seedPrintcheckDemo,
});
