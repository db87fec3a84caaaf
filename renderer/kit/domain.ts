// The renderer half of the domain kit: a domain's menu pages and its UI strings.
import type { ReactNode } from 'react';
import type { CallName } from '../../electron/contract';
import type { Messages } from '../../electron/contract/domain';

export interface PageEntry {
  /** menu key; its label is the UI string `layout.<key>` */
  key: string;
  icon: ReactNode;
  /** the call the screen needs: the page shows exactly when the session may make it */
  call: CallName;
  render: () => ReactNode;
}

/** zh-CN strings with their English twin (same keys: checked by typecheck). */
export type UiStrings = Messages;
