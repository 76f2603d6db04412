import { describe, expect, it } from 'vitest';
import rule from './followup-too-soon.ts';
import { lineOf, lintWith, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment, Evidence } from '../../types.ts';

const review = (date: string): Evidence => ({ file: '1.c.Reviu.pdf', kind: 'reviu', levels: [4], date });
const policy = (date: string, extra: Partial<Evidence> = {}): Evidence =>
  ({ file: '1.d.Perwal-Perubahan.pdf', kind: 'kebijakan', levels: [5], date, ...extra });
const l5 = (ev: Evidence[], n = '1', year = 2025) => spbe({ [n]: { level: 5, evidence: ev } }, { year });

describe('followup-too-soon', () => {
  const valid: [string, Assessment][] = [
    ['policy exactly one year after the review', l5([review('2023-03-15'), policy('2024-03-15')])],
    ['review on 29 Feb: one year later is 28 Feb', l5([review('2024-02-29'), policy('2025-02-28')])],
    ['an SK more than a year after', l5([review('2022-06-01'), policy('2023-09-01', { kind: 'sk' })])],
    ['a later review (the next cycle) does not count against an earlier policy', l5([review('2022-03-01'), policy('2023-05-01'), review('2024-02-01')])],
    ['level 4 is not checked', spbe({ '1': { level: 4, evidence: [review('2024-01-01'), policy('2024-02-01')] } })],
    ['indicator 11 is not a policy indicator', l5([review('2024-01-01'), policy('2024-02-01')], '11')],
    ['policy not tagged for level 5', l5([review('2024-01-01'), policy('2024-02-01', { levels: [2, 3] })])],
    ['no dated review', l5([policy('2024-02-01')])],
    ['2023: rule not yet in force (Pedoman 3/2024)', l5([review('2022-01-01'), policy('2022-02-01')], '1', 2023)],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['one day short of a year', l5([review('2023-03-15'), policy('2024-03-14')]), [{
      pointer: '/indicators/1/evidence/1/date',
      message: 'Indicator 1: level-5 policy "1.d.Perwal-Perubahan.pdf" (2024-03-14) is less than 1 year after the review of 2023-03-15; it must be on or after 2024-03-15',
    }]],
    ['29 Feb review, policy 27 Feb next year', l5([review('2024-02-29'), policy('2025-02-27')]), [{
      pointer: '/indicators/1/evidence/1/date',
      message: 'Indicator 1: level-5 policy "1.d.Perwal-Perubahan.pdf" (2025-02-27) is less than 1 year after the review of 2024-02-29; it must be on or after 2025-02-28',
    }]],
    ['measured from the latest review before the policy', l5([review('2021-01-10'), review('2023-06-01'), policy('2024-01-15')]), [{
      pointer: '/indicators/1/evidence/2/date',
      message: 'Indicator 1: level-5 policy "1.d.Perwal-Perubahan.pdf" (2024-01-15) is less than 1 year after the review of 2023-06-01; it must be on or after 2024-06-01',
    }]],
    ['policy before every review', l5([policy('2022-01-01'), review('2023-01-01')]), [{
      pointer: '/indicators/1/evidence/0/date',
      message: 'Indicator 1: level-5 policy "1.d.Perwal-Perubahan.pdf" (2022-01-01) predates the review of 2023-01-01; the follow-up policy must come at least 1 year after the review',
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the policy\'s date line', () => {
    const a = l5([review('2024-01-10'), policy('2024-06-30')], '10');
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"date": "2024-06-30"'));
    expect(d?.message.id).toBe('Indikator 10: kebijakan tingkat 5 "1.d.Perwal-Perubahan.pdf" (2024-06-30) kurang dari 1 tahun setelah reviu 2024-01-10; harus pada/sesudah 2025-01-10');
  });
});
