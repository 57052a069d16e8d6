/**
 * The words main shows (menu, notifications, dialogs), from the renderer's own resource
 * files: one table per language for the whole app. Only the sections main uses are
 * imported, so the bundle carries those and not the page's thousand other strings.
 * i18next does the lookup, so plurals (`_one`/`_other`) and `{{placeholders}}` behave
 * exactly as they do on the page.
 */
import i18next, { type TFunction } from 'i18next';
import { mainDialogs as enDialogs, menu as enMenu, nav as enNav, notify as enNotify } from '../../renderer/src/i18n/en.json';
import { mainDialogs as esDialogs, menu as esMenu, nav as esNav, notify as esNotify } from '../../renderer/src/i18n/es.json';
import type { Language } from '#shared/model';

/** The sections main reads; `nav` gives the places the same names as the sidebar. */
const resources = {
  es: { translation: { menu: esMenu, notify: esNotify, mainDialogs: esDialogs, nav: esNav } },
  en: { translation: { menu: enMenu, notify: enNotify, mainDialogs: enDialogs, nav: enNav } },
};

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Unplural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** Every leaf key of a table as a dotted path, plural forms folded into their base key. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Unplural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key main may ask for (checked against the Spanish table, the default language). */
export type MainTextKey = Leaves<(typeof resources)['es']['translation']>;
/** Placeholders; `count` also picks the plural form. */
export type MainTextParams = Record<string, string | number>;
/** Looks up one text in one language. */
export type MainTexts = (key: MainTextKey, params?: MainTextParams) => string;

const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: 'es',
  fallbackLng: false,
  // Notifications and native labels are plain text, never HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const fixed = new Map<Language, TFunction>();

/** The lookup for `language`. */
export function textsFor(language: Language): MainTexts {
  let t = fixed.get(language);
  if (!t) {
    t = i18n.getFixedT(language);
    fixed.set(language, t);
  }
  const lookup = t;
  return (key, params) => lookup(key, params ?? {});
}

/** The language to speak before the settings can be read: Spanish when the system speaks it, else English (the page's rule). */
export function languageFromLocales(locales: readonly string[]): Language {
  return locales.some((l) => l.toLowerCase().startsWith('es')) ? 'es' : 'en';
}
