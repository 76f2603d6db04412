import { describe, expect, it } from 'vitest';
import rule from './review-too-old.ts';
import { found, lineOf, lintWith, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment, Evidence } from '../../types.ts';

const review = (date: string | undefined, extra: Partial<Evidence> = {}): Evidence =>
  ({ file: '1.c.Reviu-Arsitektur-SPBE.pdf', title: 'Laporan Reviu Kebijakan Arsitektur SPBE', kind: 'reviu', levels: [4], ...(date ? { date } : {}), ...extra });
const policy = (date: string): Evidence => ({ file: '1.d.Perwal-Arsitektur-SPBE-Perubahan.pdf', kind: 'kebijakan', levels: [5], date });
const at = (level: number, ev: Evidence[], year = 2025) => spbe({ '1': { level, evidence: ev } }, { year });

// Reference dates (framework data `rounds`): 2024-10-01 and 2025-08-18; a review is valid when dated after the same day two years before.
describe('review-too-old', () => {
  const valid: [string, Assessment][] = [
    ['2025: review the day after the cutoff, 2023-08-19', at(4, [review('2023-08-19')])],
    ['2025: review in the evaluation year', at(5, [review('2025-03-01')])],
    ['2024: review of 2022-10-02', at(4, [review('2022-10-02')], 2024)],
    ['2023: rule not yet in force (Pedoman 3/2024)', at(4, [review('2019-05-05')], 2023)],
    ['level 3 claims need no review', at(3, [review('2015-01-01')])],
    ['an old review tagged for level 3 only', at(4, [review('2015-01-01', { levels: [3] })])],
    ['an old document of another kind', at(4, [review('2015-01-01', { kind: 'notulen' })])],
    ['level 5: the review the follow-up policy follows may be older when a newer review covers level 4', at(5, [
      review('2022-06-10', { file: '1.c.Reviu-Arsitektur-2022.pdf', levels: [5] }), policy('2023-09-01'), review('2024-11-20', { file: '1.e.Reviu-Arsitektur-2024.pdf' }),
    ])],
    ['a final record (akhir) is not judged', spbe({ '1': { level: 4, evidence: [review('2019-01-01')] } }, { stage: 'akhir' })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; messageId: string }[]][] = [
    ['2025: on the cutoff, 2023-08-18 (two years old exactly)', at(4, [review('2023-08-18')]), [{ pointer: '/indicators/1/evidence/0/date', messageId: 'tooOld' }]],
    ['2024: a review of 2022-01-15 is older than two years on 2024-10-01', at(4, [review('2022-01-15')], 2024), [{ pointer: '/indicators/1/evidence/0/date', messageId: 'tooOld' }]],
    ['a review without levels counts as supporting 4/5', at(4, [review('2020-06-30', { levels: undefined })]), [{ pointer: '/indicators/1/evidence/0/date', messageId: 'tooOld' }]],
    ['level 5: an old follow-up review with no valid review for level 4', at(5, [review('2022-06-10', { levels: [5] }), policy('2023-09-01')]), [{ pointer: '/indicators/1/evidence/0/date', messageId: 'tooOld' }]],
    ['an undated review', at(4, [review(undefined)]), [{ pointer: '/indicators/1/evidence/0', messageId: 'undated' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(found(lintWith(rule, a))).toEqual(expected));

  it('says the reference date and the cutoff', () => {
    expect(summary(lintWith(rule, at(4, [review('2022-01-15')], 2024)))[0]!.message).toBe(
      'Indicator 1: review "1.c.Reviu-Arsitektur-SPBE.pdf" dated 2022-01-15 is 2 years old or more on the 2024 evaluation\'s reference date (2024-10-01); a review is valid when dated after 2022-10-01');
  });

  it('warns on the line of the stale date only', () => {
    const a = at(4, [review('2024-02-01'), review('2021-02-01', { file: '1.d.Reviu-lama.pdf' })]);
    const ds = lintWith(rule, a);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.severity).toBe('warning');
    expect(ds[0]!.range.start.line).toBe(lineOf(a, '"date": "2021-02-01"'));
  });
});
