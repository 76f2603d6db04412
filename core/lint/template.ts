import type { Locale } from '../types.ts';

/** A number as the locale writes it: 68,75 in Indonesian, 68.75 in English; integers as they are. */
const numberIn = (n: number, locale: Locale): string => (locale === 'id' && !Number.isInteger(n) ? String(n).replace('.', ',') : String(n));

/**
 * Each template split once at its placeholders: [text, placeholder as written,
 * name, text, …]. Every finding fills two templates (both languages), so a
 * run with thousands of findings reads each of the few rule templates once
 * instead of matching a pattern per finding. Templates are the rules' own
 * (a fixed set), so the map stays small.
 */
const partsByTemplate = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = partsByTemplate.get(template);
  if (!parts) partsByTemplate.set(template, (parts = template.split(/(\{\{\s*(\w+)\s*\}\})/)));
  return parts;
}

/** Fill {{name}} placeholders; unknown names stay visible rather than vanish. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}, locale: Locale = 'en'): string {
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const k = parts[i + 1]!;
    if (k in data) {
      const v = data[k]!;
      out += typeof v === 'number' ? numberIn(v, locale) : v;
    } else out += parts[i]!;
    out += parts[i + 2]!;
  }
  return out;
}
