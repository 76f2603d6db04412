import { describe, expect, it } from 'vitest';
import rule from './incomplete-assessment.ts';
import { lineOf, lintWith, pemdi, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment, IndicatorEntry } from '../../types.ts';
import { indicatorValues } from '../../engine/score.ts';
import { frameworks } from '../../frameworks/index.ts';

const all = (n: number, entry: IndicatorEntry, skip: number[] = []) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => i + 1).filter((k) => !skip.includes(k)).map((k) => [String(k), entry]));

describe('incomplete-assessment', () => {
  const valid: [string, Assessment][] = [
    ['spbe: all 47 with a level', spbe(all(47, { level: 1 }))],
    ['spbe: values count as filled', spbe(all(47, { value: 2 }))],
    ['pemdi: every entry counts (estimate or floor)', pemdi(all(20, {}))],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['spbe: empty', spbe({}), [{ pointer: '/indicators', message: '47 of 47 indicators are not filled yet: 1-47' }]],
    ['spbe: gaps as ranges', spbe(all(47, { level: 2 }, [3, 4, 5, 9, 47])), [{ pointer: '/indicators', message: '5 of 47 indicators are not filled yet: 3-5, 9, 47' }]],
    ['spbe: an entry without level or value is not filled', spbe({ ...all(47, { level: 1 }, [12]), '12': { explanation: 'draf' } }), [
      { pointer: '/indicators', message: '1 of 47 indicators are not filled yet: 12' },
    ]],
    ['pemdi: external indicators count too', pemdi(all(20, {}, [5, 6, 7, 18])), [{ pointer: '/indicators', message: '4 of 20 indicators are not filled yet: 5-7, 18' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('is one info finding on the "indicators" key', () => {
    const a = pemdi({ '1': { level: 2 } });
    const ds = lintWith(rule, a);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.severity).toBe('info');
    expect(ds[0]!.range.start.line).toBe(lineOf(a, '"indicators"'));
    expect(ds[0]!.message.id).toBe('19 dari 20 indikator belum diisi: 2-20');
  });

  it.each([
    spbe({ ...all(47, { level: 3 }, [1, 2, 30]), '2': { explanation: 'draf' } }),
    pemdi({ '1': {}, '5': { value: 2 }, '9': { evidence: [] } }),
  ])('agrees with the score\'s filled count (%#)', (a) => {
    const filled = indicatorValues(frameworks[a.framework], a).size;
    const [d] = lintWith(rule, a);
    expect(d?.message.en.startsWith(`${frameworks[a.framework].indicators.length - filled} of `)).toBe(true);
  });
});
