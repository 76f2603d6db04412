import { describe, expect, it } from 'vitest';
import rule from './level-needs-evidence.ts';
import { item, lineOf, lintWith, pemdi, spbe, summary } from './test-helper.ts';
import type { Assessment } from '../../types.ts';

const pdf = (file: string, levels: number[]) => ({ file, kind: 'kebijakan' as const, levels });

describe('level-needs-evidence', () => {
  const valid: [string, Assessment][] = [
    ['spbe: every level 1..N covered', spbe({ '12': { level: 3, evidence: [pdf('12.a.Draft.pdf', [1]), pdf('12.b.Perwal.pdf', [2, 3])] } })],
    ['spbe: level 1 with one piece of evidence', spbe({ '1': { level: 1, evidence: [{ url: 'https://contoh.go.id/draft', levels: [1] }] } })],
    ['spbe: value without level is not a claim', spbe({ '5': { value: 4 } })],
    ['pemdi: every item of levels 1..2 uploaded', pemdi({ '4': { level: 2, evidence: ['I4-L1-01', 'I4-L1-02', 'I4-L1-03', 'I4-L2-01', 'I4-L2-02'].map((c) => item(c)) } })],
    ['pemdi: an item under revision is present, not missing', pemdi({ '2': { level: 1, evidence: [item('I2-L1-01', { status: 'revisi' }), item('I2-L1-02')] } })],
    ['pemdi: I9 level 3 lists no items', pemdi({ '9': { level: 3, evidence: ['I9-L1-01', 'I9-L1-02', 'I9-L2-01'].map((c) => item(c)) } })],
    ['pemdi: external indicator I5 needs no upload', pemdi({ '5': { level: 4 } })],
    ['pemdi: evidence without a level target', pemdi({ '1': { evidence: [item('I1-L2-01')] } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['spbe: no evidence at all', spbe({ '12': { level: 2 } }),
      [{ pointer: '/indicators/12/level', message: 'Indicator 12: level 2 is claimed but no evidence is attached' }]],
    ['spbe: levels 1 and 3 uncovered', spbe({ '12': { level: 3, evidence: [pdf('12.b.Perwal.pdf', [2])] } }),
      [{ pointer: '/indicators/12/level', message: 'Indicator 12: level 3 is claimed but no evidence supports level(s) 1, 3' }]],
    ['spbe: evidence without levels is counted as untagged', spbe({ '3': { level: 2, evidence: [{ file: '3.a.Perbup.pdf' }] } }),
      [{ pointer: '/indicators/3/level', message: 'Indicator 3: level 2 is claimed but no evidence supports level(s) 1, 2 (1 evidence without "levels": name the levels each supports)' }]],
    ['pemdi: missing items listed', pemdi({ '4': { level: 2, evidence: [item('I4-L1-01'), item('I4-L2-02')] } }),
      [{ pointer: '/indicators/4/level', message: 'Indicator 4: target level 2 but 3 item(s) are not uploaded: I4-L1-02, I4-L1-03, I4-L2-01' }]],
    ['pemdi: a long list is capped', pemdi({ '8': { level: 2 } }),
      [{ pointer: '/indicators/8/level', message: 'Indicator 8: target level 2 but 14 item(s) are not uploaded: I8-L1-01, I8-L1-02, I8-L1-03, I8-L1-04, I8-L1-05, I8-L1-06, … (+8)' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('reports on the line of the indicator\'s "level"', () => {
    const a = spbe({ '1': { level: 1, evidence: [pdf('1.a.Draft.pdf', [1])] }, '2': { level: 2, evidence: [pdf('2.a.Draft.pdf', [1])] } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('error');
    expect(d?.range.start.line).toBe(lineOf(a, '"level": 2'));
    expect(d?.message.id).toBe('Indikator 2: tingkat 2 dipilih tetapi tidak ada bukti untuk tingkat 2');
  });
});
