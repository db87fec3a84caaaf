// What antd needs from a browser that jsdom lacks (media queries, resize observers), and one React
// root per test, unmounted after it. Imported first by the renderer tests that mount antd.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener() {},
  removeListener() {},
  addEventListener() {},
  removeEventListener() {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

// jsdom has no layout: antd's observers get a do-nothing one
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

let root: Root | null = null;
/** Unmounts what mount() rendered and empties the document (also run after every test). */
export function unmount(): void {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
}
afterEach(unmount);

/** Mounts `node` in a fresh element of the document (unmounted after the test). */
export async function mount(node: ReactNode): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.appendChild(el);
  root = createRoot(el);
  await act(async () => {
    root!.render(node);
  });
  return el;
}
