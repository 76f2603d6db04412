import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runRules } from '../run-rules.ts';
import { baseNameOf } from './internal/evidence.ts';
import rule from './explanation-template.ts';
import { lineOf, lintWith, pemdi, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment, IndicatorEntry } from '../../types.ts';

const withFile = (explanation: string, file = '12.a.Perwal-12-2022.pdf'): IndicatorEntry =>
  ({ level: 2, explanation, evidence: [{ file, levels: [1, 2] }] });

describe('explanation-template', () => {
  const valid: [string, Assessment][] = [
    ['FAKTA, ANALISIS and the file name', spbe({ '12': withFile('FAKTA: tercantum dalam Perwal 12/2022 pada data dukung 12.a.Perwal-12-2022.pdf. ANALISIS: memenuhi kriteria.') })],
    ['case-insensitive, base name without extension', spbe({ '12': withFile('Fakta: lihat 12.A.PERWAL-12-2022, pasal 3. Analisis: lengkap.') })],
    ['no file attached: only FAKTA/ANALISIS checked', spbe({ '40': { level: 1, explanation: 'FAKTA: ... ANALISIS: ...', evidence: [{ url: 'https://sakip.contoh.go.id' }] } })],
    ['empty explanation is explanation-required\'s finding', spbe({ '12': withFile('') })],
    ['pemdi is not checked', pemdi({ '1': { explanation: 'catatan' } })],
    ['the words at the very start and end, beside digits and punctuation', spbe({ '12': withFile('Fakta1: 12.a.Perwal-12-2022.pdf (analisis)') })],
    ['the second occurrence is the whole word', spbe({ '12': withFile('Faktanya fakta: 12.a.Perwal-12-2022.pdf; reanalisis dan ANALISIS') })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const p = '/indicators/12/explanation';
  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['no FAKTA', spbe({ '12': withFile('ANALISIS: lihat 12.a.Perwal-12-2022.pdf') }),
      [{ pointer: p, message: 'Indicator 12: the explanation has no FAKTA part (what exists and in which document)' }]],
    ['no ANALISIS ("analisa" is not the word)', spbe({ '12': withFile('FAKTA: 12.a.Perwal-12-2022.pdf. Analisa: ...') }),
      [{ pointer: p, message: 'Indicator 12: the explanation has no ANALISIS part (why the level criterion is met)' }]],
    ['the words only inside longer words', spbe({ '12': withFile('FAKTANYA ada 12.a.Perwal-12-2022.pdf; PENGANALISIS: x') }), [
      { pointer: p, message: 'Indicator 12: the explanation has no FAKTA part (what exists and in which document)' },
      { pointer: p, message: 'Indicator 12: the explanation has no ANALISIS part (why the level criterion is met)' },
    ]],
    ['no file name', spbe({ '12': withFile('FAKTA: ada Perwal. ANALISIS: memenuhi.') }),
      [{ pointer: p, message: 'Indicator 12: the explanation names no evidence file, e.g. "12.a.Perwal-12-2022.pdf"' }]],
    ['all three missing, one finding each', spbe({ '12': withFile('Sudah ada.') }), [
      { pointer: p, message: 'Indicator 12: the explanation has no FAKTA part (what exists and in which document)' },
      { pointer: p, message: 'Indicator 12: the explanation has no ANALISIS part (why the level criterion is met)' },
      { pointer: p, message: 'Indicator 12: the explanation names no evidence file, e.g. "12.a.Perwal-12-2022.pdf"' },
    ]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the explanation line', () => {
    const a = spbe({ '12': withFile('FAKTA dan ANALISIS tanpa berkas') });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"explanation"'));
    expect(d?.message.id).toBe('Indikator 12: penjelasan tidak menyebut nama berkas bukti dukung, mis. "12.a.Perwal-12-2022.pdf"');
  });
  it('finds on any text what the lower-cased search finds (the ASCII shortcut changes no answer)', () => {
    // The rule as it was: every explanation lower-cased, then searched.
    const reference = (explanation: string, files: string[]): string[] => {
      const text = explanation.trim().toLowerCase();
      if (!text) return [];
      const found: string[] = [];
      if (!/(?<![a-z])fakta(?![a-z])/i.test(text)) found.push('noFakta');
      if (!/(?<![a-z])analisis(?![a-z])/i.test(text)) found.push('noAnalisis');
      const names = (f: string) => {
        const base = baseNameOf(f).trim().toLowerCase();
        return text.includes(f.toLowerCase()) || (base.length >= 3 && text.includes(base));
      };
      if (files.length > 0 && !files.some(names)) found.push('noFileName');
      return found;
    };
    const piece = fc.constantFrom('fakta', 'FAKTA', 'Fakta', 'analisis', 'ANALISIS', 'x', 'a', ' ', '.', ':', '1', '\n', 'é', 'İ', '\u212a', 'ſ',
      '12.a.Perwal.pdf', '12.A.PERWAL', '12.a.perwal.PDF', 'ab.pdf', 'AB');
    const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));
    const files = fc.array(fc.constantFrom('12.a.Perwal.pdf', 'ab.pdf', 'AB.PDF', 'İx.pdf', 'x'), { maxLength: 3 });
    fc.assert(fc.property(text, files, (explanation, fs) => {
      const a = spbe({ '12': { level: 2, explanation, evidence: fs.map((file) => ({ file, levels: [1, 2] })) } });
      expect(runRules(a, { ruleSet: [rule] }).map((d) => d.messageId)).toEqual(reference(explanation, fs));
    }), { numRuns: 3000 });
  });
});
