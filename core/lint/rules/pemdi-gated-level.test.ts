import { describe, expect, it } from 'vitest';
import rule from './pemdi-gated-level.ts';
import { item, lineOf, lintWith, pemdi, summary } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

const NOTE = 'Portal note: "Otomatis ditolak karena tingkat kematangan sebelumnya ditolak."';
const items = (...codes: string[]) => codes.map((c) => item(c));

describe('pemdi-gated-level', () => {
  const valid: [string, Assessment][] = [
    ['levels complete in order', pemdi({ '4': { evidence: items('I4-L1-01', 'I4-L1-02', 'I4-L1-03', 'I4-L2-01') } })],
    ['an incomplete level with nothing above it', pemdi({ '4': { evidence: items('I4-L1-01') } })],
    ['I9 L3 lists no items and does not block L4', pemdi({ '9': { evidence: items('I9-L1-01', 'I9-L1-02', 'I9-L2-01', 'I9-L4-01') } })],
    ['accepted lower level, pending upper level', pemdi({ '2': { evidence: [item('I2-L1-01', { status: 'diterima' }), item('I2-L1-02', { status: 'diterima' }), item('I2-L2-01')] } })],
    ['an upper item already marked revisi is not counted', pemdi({ '2': { evidence: [item('I2-L1-01'), item('I2-L2-01', { status: 'revisi' })] } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['missing L1 item blocks L2', pemdi({ '2': { evidence: items('I2-L1-01', 'I2-L2-01') } }), [{
      pointer: '/indicators/2/evidence/1',
      message: `Indicator 2: 1 level-2 item(s) will be auto-rejected because level 1 is not met (items missing or under revision: I2-L1-02). ${NOTE}`,
    }]],
    ['a revisi item blocks every level above, one finding per level', pemdi({ '2': { evidence: [item('I2-L1-01', { status: 'revisi' }), ...items('I2-L1-02', 'I2-L2-01', 'I2-L3-01')] } }), [
      { pointer: '/indicators/2/evidence/2', message: `Indicator 2: 1 level-2 item(s) will be auto-rejected because level 1 is not met (items missing or under revision: I2-L1-01 (revisi)). ${NOTE}` },
      { pointer: '/indicators/2/evidence/3', message: `Indicator 2: 1 level-3 item(s) will be auto-rejected because level 1 is not met (items missing or under revision: I2-L1-01 (revisi)). ${NOTE}` },
    ]],
    ['I9: L2 missing blocks L4 across the empty L3', pemdi({ '9': { evidence: items('I9-L1-01', 'I9-L1-02', 'I9-L4-01') } }), [{
      pointer: '/indicators/9/evidence/2',
      message: `Indicator 9: 1 level-4 item(s) will be auto-rejected because level 2 is not met (items missing or under revision: I9-L2-01). ${NOTE}`,
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the first gated upload, in both languages', () => {
    const a = pemdi({ '13': { evidence: items('I13-L1-01', 'I13-L2-01', 'I13-L2-02') } });
    const [d, ...rest] = lintWith(rule, a);
    expect(rest).toEqual([]);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"file": "I13-L2-01.pdf"') - 1);
    expect(d?.message.id).toBe('Indikator 13: 2 butir tingkat 2 akan otomatis ditolak karena tingkat 1 belum terpenuhi (butir belum diunggah atau revisi: I13-L1-02 (TD_13_02), I13-L1-03 (TD_13_03)). Catatan portal: "Otomatis ditolak karena tingkat kematangan sebelumnya ditolak."');
  });
});
