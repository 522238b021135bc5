import type { Language } from '../model/labels';
import { en, type Catalogue } from './en';

/*
 * The UI's two languages. What we need of an i18n library is a keyed lookup, {{name}}
 * interpolation and plural forms (Intl.PluralRules): a few lines, where i18next cost 17 KB
 * gzipped of the start-up JavaScript.
 */
export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: string, vars?: Vars) => string;

// English is built in (and the fallback); other catalogues load when first chosen.
const CATALOGUES: Partial<Record<Language, Catalogue>> = { en };
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  de: () => import('./de').then((m) => m.de),
};
const pluralRules = new Map<Language, Intl.PluralRules>();
let current: Language = 'en';
const listeners = new Set<() => void>();

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function find(lang: Language, key: string, vars?: Vars): string | undefined {
  const catalogue = CATALOGUES[lang];
  if (!catalogue) return undefined;
  if (typeof vars?.count === 'number') {
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
    const form = rules.select(vars.count);
    return (
      lookup(catalogue, `${key}_${form}`) ??
      lookup(catalogue, `${key}_other`) ??
      lookup(catalogue, key)
    );
  }
  return lookup(catalogue, key);
}

/** A key's text in a language (English when missing there, the key itself when unknown). */
export function translate(lang: Language, key: string, vars?: Vars): string {
  const text = find(lang, key, vars) ?? find('en', key, vars) ?? key;
  if (!vars) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** In the UI's language, or in `vars.lng` when given (the graph follows the dataset view's). */
export const t: Translate = (key, vars) => {
  const lng = vars?.lng;
  return translate(
    lng === 'en' || (typeof lng === 'string' && lng in LOADERS) ? (lng as Language) : current,
    key,
    vars,
  );
};

export const uiLanguage = (): Language => current;

/** Whether a language's texts are there (English always is). */
export const hasLanguage = (lang: Language): boolean => CATALOGUES[lang] !== undefined;

/** Makes a language's texts available (at once for English). */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en' || CATALOGUES[lang]) return;
  CATALOGUES[lang] = await LOADERS[lang]();
}

/** Switches the UI once the language's texts are there; listeners hear it then. */
export async function setUiLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
  if (lang === current) return;
  current = lang;
  for (const listener of listeners) listener();
}

export function onUiLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For code outside React (start-up notices, the replace question). */
export const i18n = { t };
