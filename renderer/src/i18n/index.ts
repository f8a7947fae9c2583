import type { Bilingual } from '../../../shared/result';
import { en } from './en';
import { es } from './es';
import type { MessageKey } from './es';

/** The interface's languages; Spanish (Mexico) comes first. */
export const locales = ['es-MX', 'en'] as const;

/** One of the interface's languages. */
export type Locale = (typeof locales)[number];

/** Values that fill a message's {placeholders}. */
export type MessageValues = Record<string, string | number>;

const catalogs: Record<Locale, Record<MessageKey, string>> = { 'es-MX': es, en };

/** Tells whether a string names one of the interface's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Returns the message for a key in a language, placeholders filled. A
 * `{n|fila|filas}` placeholder picks the first word when the value of `n`
 * reads as 1 and the second otherwise, so "1 fila" and "2 filas" come from
 * one message.
 */
export function translate(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  const template = catalogs[locale][key];
  return template
    .replace(
      /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
      (whole, name: string, one: string, many: string) =>
        name in values ? (String(values[name]) === '1' ? one : many) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}

/** Picks the side of an engine's bilingual message that fits the locale. */
export function pickBilingual(locale: Locale, message: Bilingual): string {
  return locale === 'en' ? message.en : message.es;
}

/** A translate function bound to one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Binds translate to a language. */
export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}

export type { MessageKey } from './es';
