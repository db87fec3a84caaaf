// The demo seeders of every domain, installed once by electron/domains.ts from the one list.
// A registry (not an import of the list) keeps electron/demo.ts out of an import cycle:
// domains → people → vault handlers → demo.
import type { DemoSeeder } from './domain';

let installed: readonly { name: string; seed: DemoSeeder }[] | null = null;

export function installDemoSeeders(list: readonly { name: string; seed: DemoSeeder }[]): void {
  installed = list;
}

/** Throws when electron/domains.ts was never loaded: a demo without the domains' data would look real but hold nothing. */
export function demoSeeders(): readonly { name: string; seed: DemoSeeder }[] {
  if (!installed) throw new Error('demo seeders not installed: load electron/domains first');
  return installed;
}
