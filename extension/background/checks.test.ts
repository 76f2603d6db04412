// The inline checks speak to someone filling in a portal form: no field names
// of the file format in any rule's text, and the findings are the core's.
import { describe, expect, it } from 'vitest';
import { rules } from '../../core/lint/rules/index.ts';
import { checksFor, NOT_ON_PORTAL, portalWording } from './checks.ts';

/** Every rule message the portal can show, with its placeholders filled by ordinary words. */
const messages = rules.flatMap((r) => Object.entries(r.meta.messages).filter(([id]) => !NOT_ON_PORTAL.has(`${r.meta.id}/${id}`)).map(([id, m]) => ({
  id: `${r.meta.id}/${id}`,
  m: { id: m.id.replace(/\{\{(\w+)\}\}/g, 'Perwal 12 Tahun 2024'), en: m.en.replace(/\{\{(\w+)\}\}/g, 'Perwal 12 Tahun 2024') },
})));

describe('portal wording of the rules', () => {
  it('has every rule\'s message', () => expect(messages.length).toBeGreaterThan(30));
  it.each(messages)('$id names no field or kind of the file format', ({ m }) => {
    for (const text of Object.values(portalWording(m))) {
      expect(text).not.toMatch(/"[a-z]+"/); // "explanation", "url", "date", "screenshot" …
      expect(text).not.toMatch(/\bkind\b/);
      expect(text).not.toMatch(/\(\s*\)/);
    }
  });
  it('leaves the rest of a message as it was', () => {
    expect(portalWording({ id: 'Indikator 7: tingkat 2 dipilih tanpa penjelasan ("explanation")', en: 'Indicator 7: level 2 is chosen without an explanation ("explanation")' }))
      .toEqual({ id: 'Indikator 7: tingkat 2 dipilih tanpa penjelasan', en: 'Indicator 7: level 2 is chosen without an explanation' });
  });
  it('runs the core\'s rules on the indicator\'s entry, portal-worded, with the rule id kept', () => {
    const ds = checksFor({ framework: 'spbe-2020', year: 2025, agency: { name: 'Kota' } }, 'mandiri', 30, { level: 2 });
    expect(ds.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['explanation-required', 'level-needs-evidence']));
    expect(ds.every((d) => d.pointer.startsWith('/indicators/30'))).toBe(true);
    expect(ds.find((d) => d.ruleId === 'explanation-required')!.message.id).not.toContain('"explanation"');
  });
});
