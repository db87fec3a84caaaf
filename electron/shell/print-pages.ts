// Print HTML lives in memory only (it holds customer data): served once to the hidden print
// window as app://archive-room/__print/<id>, then dropped. Never written to a temp file.
import { randomUUID } from 'node:crypto';
import { APP_ORIGIN, PRINT_PATH_PREFIX } from './security-config';

const pages = new Map<string, string>();

export function putPrintPage(html: string): { id: string; url: string } {
  const id = randomUUID();
  pages.set(id, html);
  return { id, url: `${APP_ORIGIN}${PRINT_PATH_PREFIX}${id}` };
}

/** The page for a URL path like /__print/<id>, or undefined. */
export function printPageFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(PRINT_PATH_PREFIX)) return undefined;
  return pages.get(urlPath.slice(PRINT_PATH_PREFIX.length));
}

export function dropPrintPage(id: string): void {
  pages.delete(id);
}
