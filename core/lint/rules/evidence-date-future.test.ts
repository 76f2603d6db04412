import { describe, expect, it } from 'vitest';
import rule from './evidence-date-future.ts';
import { item, lineOf, lintWith, pemdi, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

const dated = (date: string) => ({ file: '12.a.Perwal.pdf', levels: [2], date });

describe('evidence-date-future', () => {
  const valid: [string, Assessment][] = [
    ['the last day of the evaluation year', spbe({ '12': { level: 2, evidence: [dated('2025-12-31')] } })],
    ['an old document', spbe({ '12': { level: 2, evidence: [dated('2010-01-01')] } })],
    ['undated evidence', spbe({ '12': { level: 2, evidence: [{ file: '12.a.Perwal.pdf', levels: [2] }] } })],
    ['measured against the file year, not today: 2021 file, 2021 document', spbe({ '12': { level: 2, evidence: [dated('2021-07-01')] } }, { year: 2021 })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['the first day after the evaluation year', spbe({ '12': { level: 2, evidence: [dated('2026-01-01')] } }), [{
      pointer: '/indicators/12/evidence/0/date',
      message: 'Indicator 12: evidence "12.a.Perwal.pdf" is dated 2026-01-01, after the end of the evaluation year (2025-12-31)',
    }]],
    ['a typing slip in a 2022 file', spbe({ '12': { level: 2, evidence: [dated('2032-05-10')] } }, { year: 2022 }), [{
      pointer: '/indicators/12/evidence/0/date',
      message: 'Indicator 12: evidence "12.a.Perwal.pdf" is dated 2032-05-10, after the end of the evaluation year (2022-12-31)',
    }]],
    ['pemdi', pemdi({ '1': { evidence: [item('I1-L1-01', { date: '2027-02-01' })] } }), [{
      pointer: '/indicators/1/evidence/0/date',
      message: 'Indicator 1: evidence "I1-L1-01.pdf" is dated 2027-02-01, after the end of the evaluation year (2026-12-31)',
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('is an error on the date line', () => {
    const a = spbe({ '12': { level: 2, evidence: [dated('2025-01-01'), dated('2052-01-01')] } });
    const ds = lintWith(rule, a);
    expect(ds.map((d) => [d.severity, d.range.start.line])).toEqual([['error', lineOf(a, '"date": "2052-01-01"')]]);
  });
});
