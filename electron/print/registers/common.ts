// What every register shares: who printed it, when, for which vault, at which audit head, and
// the classification mark from the security officer's configurable labels.
import { auditHead } from '../../audit/append';
import { getSettings } from '../../settings/settings';
import { workstationTimeZone } from '../../contract/time';
import type { Locale } from '../../contract/types';
import type { Vault } from '../../vault/vault';
import type { RegisterSpec } from '../register';

export interface PrintOptions {
  locale: Locale;
  /** display name of the signed-in user */
  printedBy: string;
  now: Date;
}

/** Index into settings.classificationLabels (普通 / 秘密 / 机密 / 绝密 by default). */
export type ClassificationLevel = 0 | 1 | 2 | 3;

export function registerFrame(
  vault: Vault,
  opts: PrintOptions,
  level: ClassificationLevel,
): Pick<RegisterSpec, 'locale' | 'orgName' | 'printedBy' | 'printedAt' | 'vaultId' | 'auditHead' | 'classificationMark' | 'timeZone'> {
  const settings = getSettings(vault.db);
  return {
    locale: opts.locale,
    orgName: settings.orgName,
    printedBy: opts.printedBy,
    printedAt: opts.now.toISOString(),
    vaultId: vault.vaultId,
    // the head BEFORE the print.register entry: the paper proves the state it was printed from
    auditHead: auditHead(vault.db).hash,
    classificationMark: settings.classificationLabels[level],
    // every register prints its times in one zone and names it in the header (the screen uses the same)
    timeZone: workstationTimeZone(),
  };
}
