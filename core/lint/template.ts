import type { Locale } from '../types.ts';

/** A number as the locale writes it: 68,75 in Indonesian, 68.75 in English; integers as they are. */
const numberIn = (n: number, locale: Locale): string => (locale === 'id' && !Number.isInteger(n) ? String(n).replace('.', ',') : String(n));

/** Fill {{name}} placeholders; unknown names stay visible rather than vanish. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}, locale: Locale = 'en'): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => {
    if (!(k in data)) return m;
    const v = data[k]!;
    return typeof v === 'number' ? numberIn(v, locale) : v;
  });
}
