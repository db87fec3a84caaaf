// The one data-loading hook: `useLoad(() => call(api().x.y(input)), deps)` → { data, loading,
// error, reload }. A failed load is never swallowed: its message (CallError already carries the
// translated text from main) is shown as an antd message, unless the caller says it renders
// `error` itself (`{ inline: true }`, e.g. an Alert in a card or drawer). Late answers of an
// older load (deps changed, unmounted) are dropped.
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface Loaded<T> {
  /** the last loaded value (kept while a reload runs or after a failed reload) */
  data: T | undefined;
  loading: boolean;
  /** the last load's failure, null after a success */
  error: Error | null;
  reload: () => Promise<void>;
}

export interface LoadOptions {
  /** the caller shows `error` itself; no message toast */
  inline?: boolean;
}

/** The text of any thrown value (CallError already carries the translated text). */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList, opts: LoadOptions = {}): Loaded<T> {
  const { message } = App.useApp();
  const [state, setState] = useState<{ data: T | undefined; loading: boolean; error: Error | null }>({ data: undefined, loading: true, error: null });
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const inline = opts.inline ?? false;

  const reload = useCallback(async () => {
    const n = ++seq.current;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    try {
      const data = await loadRef.current();
      if (n === seq.current) setState({ data, loading: false, error: null });
    } catch (e) {
      if (n !== seq.current) return;
      const error = e instanceof Error ? e : new Error(String(e));
      setState((s) => ({ data: s.data, loading: false, error }));
      // keyed by the text: a repeated failure (a poll, a reload) replaces its toast instead of stacking
      if (!inline) void message.error({ content: error.message, key: `load-error:${error.message}` });
    }
    // the caller's deps decide when the loader is a new one (like useEffect's)
  }, [...deps, inline, message]);

  useEffect(() => {
    void reload();
    return () => {
      seq.current++;
    };
  }, [reload]);

  return { ...state, reload };
}
