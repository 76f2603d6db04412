import { describe, expect, it } from 'vitest';
import rule from './explanation-required.ts';
import { lineOf, lintWith, pemdi, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

describe('explanation-required', () => {
  const valid: [string, Assessment][] = [
    ['level with an explanation', spbe({ '1': { level: 1, explanation: 'FAKTA: ... ANALISIS: ...' } })],
    ['value only (an official result) needs none', spbe({ '1': { value: 3 } })],
    ['no level chosen yet', spbe({ '1': { evidence: [{ file: '1.a.Draft.pdf' }] } })],
    ['pemdi is not checked (notes are per upload)', pemdi({ '1': { level: 2 } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['no explanation', spbe({ '7': { level: 2 } }),
      [{ pointer: '/indicators/7/level', message: 'Indicator 7: level 2 is chosen without an explanation (FAKTA and ANALISIS)' }]],
    ['blank explanation', spbe({ '7': { level: 3, explanation: '  \n ' } }),
      [{ pointer: '/indicators/7/explanation', message: 'Indicator 7: the explanation is empty; describe FAKTA and ANALISIS for level 3' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('is an error on the "explanation" line when blank', () => {
    const a = spbe({ '1': { level: 1, explanation: 'ok' }, '2': { level: 1, explanation: '' } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('error');
    expect(d?.range.start.line).toBe(lineOf(a, '"explanation": ""'));
    expect(d?.message.id).toBe('Indikator 2: penjelasan kosong; uraikan FAKTA dan ANALISIS untuk tingkat 1');
  });
});
