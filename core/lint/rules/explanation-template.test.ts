import { describe, expect, it } from 'vitest';
import rule from './explanation-template.ts';
import { lineOf, lintWith, pemdi, spbe, summary } from './test-helper.ts';
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
});
