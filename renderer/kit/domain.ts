// The renderer half of the domain kit: a domain's menu pages and its UI strings.
import type { ComponentType, ReactNode } from 'react';
import type { CallName } from '../../electron/contract';
import type { Messages } from '../../electron/contract/domain';

export interface PageEntry {
  /** menu key; its label is the UI string `layout.<key>` */
  key: string;
  icon: ReactNode;
  /** the call the screen needs: the page shows exactly when the session may make it */
  call: CallName;
  render: () => ReactNode;
  /** a count next to the menu label (renders its own data, e.g. overdue loans) */
  badge?: ComponentType;
}

/** zh-CN strings with their English twin (same keys: checked by typecheck). */
export type UiStrings = Messages;
