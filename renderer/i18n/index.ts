// i18next setup: zh-CN by default, English selectable in settings (kept in localStorage).
// Resources = the shared error/validation table + the renderer's UI strings.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ACTION_LABELS, ROLE_LABELS } from '../../electron/contract/labels';
import { allMessages, type MessageLocale } from '../../electron/contract/messages';
import { CORE_STRINGS, RENDERER_DOMAINS } from '../domains';

const STORAGE_KEY = 'ar.locale';

export function storedLocale(): MessageLocale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function setLocale(locale: MessageLocale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** 'roles.<role>' and 'actions.<action>' keys from the one shared label table (glossary names). */
function labelKeys(lang: 'zh' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [r, p] of Object.entries(ROLE_LABELS)) out[`roles.${r}`] = p[lang];
  for (const [a, p] of Object.entries(ACTION_LABELS)) out[`actions.${a}`] = p[lang];
  return out;
}

/** The shell's strings and every domain's, from the one renderer domain list. */
function uiStrings(locale: MessageLocale): Record<string, string> {
  return Object.assign({}, CORE_STRINGS[locale], ...RENDERER_DOMAINS.map((d) => d.strings?.[locale] ?? {}));
}

const initialLocale = storedLocale();
// The preload sends <html lang> with every call (main's error messages come back in it): set it
// from the stored locale at every start, not only at a switch, or a reload would answer in zh-CN.
if (typeof document !== 'undefined') document.documentElement.lang = initialLocale;

void i18n.use(initReactI18next).init({
  lng: initialLocale,
  fallbackLng: 'zh-CN',
  // keys contain dots but are flat: 'errors.WRONG_PASSWORD'
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: {
    'zh-CN': { translation: { ...allMessages()['zh-CN'], ...labelKeys('zh'), ...uiStrings('zh-CN') } },
    en: { translation: { ...allMessages().en, ...labelKeys('en'), ...uiStrings('en') } },
  },
});

/** An audit action in words; unknown codes show as-is. */
export const actionText = (action: string) => i18n.t(`actions.${action}`, { defaultValue: action });

export { i18n };
