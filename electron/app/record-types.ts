// Every signable record type registers itself with auth/signatures when its module loads.
// Code that verifies ALL signatures (the audit verifier, the CLI) imports this file so no
// record type is unknown to it — otherwise a valid signature would be reported as orphaned.
// Add each new domain's signable module here.
import '../archive/handover';
