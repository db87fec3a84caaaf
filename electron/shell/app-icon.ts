// The main window's icon (pure, no `electron` import). Packaged: resources/icon.png (builder
// extraResources); development: build/icon.png in the checkout. undefined when missing, so a
// stripped install still starts (the window then shows the executable's icon).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function windowIconPath(appRoot: string, resourcesPath: string | undefined, isPackaged: boolean): string | undefined {
  const path = isPackaged ? (resourcesPath ? join(resourcesPath, 'icon.png') : '') : join(appRoot, 'build', 'icon.png');
  return path && existsSync(path) ? path : undefined;
}
