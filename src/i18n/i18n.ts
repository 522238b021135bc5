import i18next from 'i18next';
import type { Language } from '../model/labels';
import { de } from './de';
import { en } from './en';

/**
 * One i18next instance for the UI and the graph layer (edge labels, tooltips). React
 * components bind to it through react-i18next; the store's `language` drives it.
 */
export const i18n = i18next.createInstance();

void i18n.init({
  resources: { en: { translation: en }, de: { translation: de } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes; the graph sets text, never HTML
  returnNull: false,
});

export const setUiLanguage = (lang: Language) => {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
};

export const t = i18n.t.bind(i18n);
