// i18next setup: zh-CN by default, English selectable in settings (kept in localStorage).
// Resources = the shared error/validation table + the renderer's UI strings.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sharedMessages, type MessageLocale } from '../../electron/contract/messages';
import { en } from './en';
import { zhCN } from './zh-CN';

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

void i18n.use(initReactI18next).init({
  lng: storedLocale(),
  fallbackLng: 'zh-CN',
  // keys contain dots but are flat: 'errors.WRONG_PASSWORD'
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: {
    'zh-CN': { translation: { ...sharedMessages['zh-CN'], ...zhCN } },
    en: { translation: { ...sharedMessages.en, ...en } },
  },
});

export { i18n };
