// One ipcMain.handle per contract call. Every call goes through the shared dispatcher
// (zod input, session + role, DomainError → Result), after the sender-frame check below.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_NAMES } from '../contract';
import { channelOf } from '../contract/api';
import type { Dispatch } from '../core/dispatch';
import { unpackPayload } from './ipc-payload';
import { isTrustedSender } from './security-config';

export { isTrustedSender };

/** Sender = the main frame of our one window, showing app://archive-room/. */
function senderIsTrusted(event: IpcMainInvokeEvent, ourWindow: () => WebContents | null): boolean {
  const ours = ourWindow();
  const frame = event.senderFrame;
  if (!ours || event.sender !== ours || !frame) return false;
  return isTrustedSender(frame.url, frame === event.sender.mainFrame);
}

export function registerIpc(dispatch: Dispatch, ourWindow: () => WebContents | null): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, raw: unknown) => {
      const { input, locale } = unpackPayload(raw);
      return dispatch(name, input, { trustedSender: senderIsTrusted(event, ourWindow), locale });
    });
  }
}
