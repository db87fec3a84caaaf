// The one list of domains in the renderer: each brings its menu pages and its UI strings.
// A menu page names the call its screen needs; it shows exactly when the signed-in roles may
// make that call (the contract's access list), so the menu can never offer a screen main refuses.
import type { ReactNode } from 'react';
import { archivePages } from './archive/pages';
import { archiveStrings } from './archive/strings';
import { auditPages } from './audit/pages';
import { peoplePages } from './people/pages';
import { settingsPages } from './settings/pages';
import { coreStrings } from './i18n/strings';
import type { PageEntry, UiStrings } from './kit/domain';

export const RENDERER_DOMAINS: readonly { name: string; pages: readonly PageEntry[]; strings?: UiStrings }[] = [
  { name: 'archive', pages: archivePages, strings: archiveStrings },
  { name: 'people', pages: peoplePages },
  { name: 'audit', pages: auditPages },
  { name: 'settings', pages: settingsPages },
];

export const CORE_STRINGS = coreStrings;
export type { PageEntry, ReactNode };
