import { describe, expect, it } from 'vitest';
import rule from './review-too-old.ts';
import { lineOf, lintWith, spbe, summary } from './test-helper.ts';
import type { Assessment, Evidence } from '../../types.ts';

const review = (date: string | undefined, extra: Partial<Evidence> = {}): Evidence =>
  ({ file: '1.c.Reviu-Arsitektur.pdf', kind: 'reviu', levels: [4], ...(date ? { date } : {}), ...extra });
const at = (level: number, ev: Evidence[], year = 2025) => spbe({ '1': { level, evidence: ev } }, { year });

describe('review-too-old', () => {
  const valid: [string, Assessment][] = [
    ['2025: review on the first valid day, 2023-01-01', at(4, [review('2023-01-01')])],
    ['2025: review in the evaluation year', at(5, [review('2025-03-01')])],
    ['2024: review of 2022-01-01 is still inside the window', at(4, [review('2022-01-01')], 2024)],
    ['2023: rule not yet in force (Pedoman 3/2024)', at(4, [review('2019-05-05')], 2023)],
    ['level 3 claims need no review', at(3, [review('2015-01-01')])],
    ['an old review tagged for level 3 only', at(4, [review('2015-01-01', { levels: [3] })])],
    ['an old document of another kind', at(4, [review('2015-01-01', { kind: 'notulen' })])],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['2025: one day before the window, 2022-12-31', at(4, [review('2022-12-31')]), [{
      pointer: '/indicators/1/evidence/0/date',
      message: 'Indicator 1: review "1.c.Reviu-Arsitektur.pdf" is dated 2022-12-31, more than 2 years before the 2025 evaluation (valid from 2023-01-01)',
    }]],
    ['2024: 2021-12-31 is too old', at(5, [review('2021-12-31', { levels: [5] })], 2024), [{
      pointer: '/indicators/1/evidence/0/date',
      message: 'Indicator 1: review "1.c.Reviu-Arsitektur.pdf" is dated 2021-12-31, more than 2 years before the 2024 evaluation (valid from 2022-01-01)',
    }]],
    ['a review without levels counts as supporting 4/5', at(4, [review('2020-06-30', { levels: undefined, title: 'Reviu 2020', file: undefined, url: 'https://contoh.go.id/reviu' })]), [{
      pointer: '/indicators/1/evidence/0/date',
      message: 'Indicator 1: review "Reviu 2020" is dated 2020-06-30, more than 2 years before the 2025 evaluation (valid from 2023-01-01)',
    }]],
    ['an undated review', at(4, [review(undefined)]), [{
      pointer: '/indicators/1/evidence/0',
      message: 'Indicator 1: review "1.c.Reviu-Arsitektur.pdf" has no date ("date"); its validity (<2 years) cannot be checked',
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the line of the stale date only', () => {
    const a = at(4, [review('2024-02-01'), review('2021-02-01', { file: '1.d.Reviu-lama.pdf' })]);
    const ds = lintWith(rule, a);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.severity).toBe('warning');
    expect(ds[0]!.range.start.line).toBe(lineOf(a, '"date": "2021-02-01"'));
  });
});
