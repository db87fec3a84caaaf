// Click-through between screens (R-ARCH-2: every dashboard number opens the filtered list behind
// it): a route is a menu page plus the filter values its screen keeps with useRestorable, so the
// target opens filtered, and the same route and filters survive a lock like any other (restore.ts).
import { createContext, useContext } from 'react';

export interface Route {
  /** the menu page key */
  page: string;
  /** useRestorable keys of the target screen and their values (e.g. { 'loans.filter': 'overdue' }) */
  state?: Readonly<Record<string, unknown>>;
}

export const NavigateContext = createContext<(to: Route) => void>(() => undefined);

export function useNavigate(): (to: Route) => void {
  return useContext(NavigateContext);
}
