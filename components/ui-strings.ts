/**
 * The UI's own strings in the UI locale: the locales' strings (components/strings, English the
 * source and the fallback), `{param}` interpolation, plural forms by `Intl.PluralRules`.
 *
 * Every message the panel and the options page show goes through a `Translate`,
 * including the background engine's notices (`Notice.key` + `Notice.params`).
 */
import type { TextDirection } from '../utils/types.ts';
import { de } from './strings/de.ts';
import { en, type UiKey, type UiStrings } from './strings/en.ts';
import { fr } from './strings/fr.ts';
import type { Message } from './strings/message.ts';
import { textDirection } from '../utils/language/lang-codes.ts';

export type { UiKey };

/** A message's parameters. Numbers are written the UI locale's way; `count` picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

export type Translate = (key: UiKey, params?: MessageParams) => string;

/** The UI locales, by primary language subtag. */
export const uiLocales: Readonly<Record<string, UiStrings>> = { en, de, fr };

function primarySubtag(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** `locale` as a canonical BCP 47 tag ('fr_ca' → 'fr-CA'), or null when it is none. */
function canonicalTag(locale: string): string | null {
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The locale the UI really speaks for `locale`: itself (as a canonical tag) when there are
 * strings for its language ('de-AT' → 'de-AT'), else 'en'. Use it for the UI's lang/dir,
 * language names, dates and numbers, so that they match the strings shown.
 */
export function uiLanguage(locale: string): string {
  const tag = canonicalTag(locale);
  return tag !== null && uiLocales[primarySubtag(tag)] ? tag : 'en';
}

/** The writing direction of the UI for `locale`: that of the locale whose strings are shown. */
export function uiDirection(locale: string): TextDirection {
  return textDirection(uiLanguage(locale));
}

function interpolate(template: string, params: MessageParams | undefined, numbers: Intl.NumberFormat): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? numbers.format(value) : (value ?? whole);
  });
}

/**
 * A translator for `locale` ('de-DE' → German); an unknown locale falls back to English.
 * A key with no string (a message from another build) is shown as itself.
 */
export function makeTranslator(locale: string): Translate {
  const tag = uiLanguage(locale);
  const own = uiLocales[primarySubtag(tag)] ?? en;
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  return (key, params) => {
    const message: Message | undefined = own[key] ?? en[key];
    if (message === undefined) return key;
    const template =
      typeof message === 'string' ? message : (message[plurals.select(Number(params?.count))] ?? message.other);
    return interpolate(template, params, numbers);
  };
}

const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

function displayNames(uiLocale: string): Intl.DisplayNames | null {
  let names = displayNamesCache.get(uiLocale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([uiLocale, 'en'], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNamesCache.set(uiLocale, names);
  }
  return names;
}

/** The name of language `code` in the UI's language ('de' in 'fr' → 'allemand'); the code itself when unknown. */
export function languageName(code: string, uiLocale: string): string {
  if (!code || code === 'und') return code;
  try {
    const name = displayNames(uiLocale)?.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : code;
  } catch {
    return code;
  }
}
