// What travels on an IPC channel: the call's input plus the UI locale, so error messages come
// back in the operator's language. The preload reads the locale from <html lang>, which the
// renderer keeps in step with its language switch (zh-CN default). Pure: shared by preload and main.
import type { MessageLocale } from '../contract/messages';

export interface IpcPayload {
  input: unknown;
  locale: MessageLocale;
}

/** Anything not clearly English falls back to zh-CN, the default UI language. */
export function localeOf(lang: unknown): MessageLocale {
  return typeof lang === 'string' && /^en\b/i.test(lang.trim()) ? 'en' : 'zh-CN';
}

export function packPayload(input: unknown, lang: unknown): IpcPayload {
  return { input: input ?? {}, locale: localeOf(lang) };
}

/** Main never trusts the shape: a foreign payload becomes input=the raw value (zod rejects it). */
export function unpackPayload(raw: unknown): IpcPayload {
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && 'input' in raw) {
    const r = raw as { input: unknown; locale?: unknown };
    return { input: r.input, locale: localeOf(r.locale) };
  }
  return { input: raw, locale: 'zh-CN' };
}
