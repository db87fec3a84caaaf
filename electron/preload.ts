// Sandboxed preload: exposes window.api — the contract's named, domain-grouped methods — and
// nothing else (never ipcRenderer itself). Bundled by electron-vite into one CommonJS file whose
// only import is 'electron', as a sandboxed preload requires.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, channelOf } from './contract/api';
import { packPayload } from './shell/ipc-payload';

/** <html lang> is set by the renderer's language switch; read per call so a switch applies at once. */
function currentLang(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.documentElement?.lang;
}

const api = buildApi((name, input) => ipcRenderer.invoke(channelOf(name), packPayload(input, currentLang())));

contextBridge.exposeInMainWorld('api', api);
