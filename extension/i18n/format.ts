/**
 * Filling a message in the chosen language: `{{name}}` placeholders from
 * data. The same for the pages and for the content script, which receives its
 * table from the background (extension/i18n/overlay.ts).
 * @module extension/i18n/format
 */
import type { Locale } from '../../core/types.ts';

export function translate<K extends string>(messages: Record<K, readonly [string, string]>, locale: Locale, key: K, data: Record<string, string | number> = {}): string {
  const text = messages[key][locale === 'en' ? 1 : 0];
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** A message table in one language, as components take it. */
export type Tr<K extends string = string> = (key: K, data?: Record<string, string | number>) => string;

export function translator<K extends string>(messages: Record<K, readonly [string, string]>, locale: Locale): Tr<K> {
  return (key, data) => translate(messages, locale, key, data);
}
