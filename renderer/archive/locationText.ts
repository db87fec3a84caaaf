// Location paths arrive from the main process already formatted, in one fixed Chinese shape
// (electron/archive/locations.ts locationLabel: 库房 › A01柜 › 第1层 › 第2位). The room name is data;
// the cabinet/shelf/position words are UI text, so they are re-rendered in the UI language here.
// A string not in that shape (or null) is shown as it came.
import type { TFunction } from 'i18next';

const PATH = /^(.*) › (.+)柜 › 第(\d+)层 › 第(\d+)位$/;

export function locationText(t: TFunction, label: string | null | undefined): string | null {
  if (!label) return null;
  const m = PATH.exec(label);
  if (!m) return label;
  const [, room, code, shelf, position] = m;
  return `${room} › ${t('loc.pathCabinet', { code })} › ${t('loc.pathShelf', { n: shelf })} › ${t('loc.pathPosition', { n: position })}`;
}
