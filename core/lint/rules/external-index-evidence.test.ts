import { describe, expect, it } from 'vitest';
import rule from './external-index-evidence.ts';
import { item, lineOf, lintWith, pemdi, summary } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

describe('external-index-evidence', () => {
  const valid: [string, Assessment][] = [
    ['external indicator with a value only', pemdi({ '5': { value: 3.75 } })],
    ['external indicator with an empty evidence list', pemdi({ '6': { evidence: [] } })],
    ['I10 mixes items and an index band: uploads are scored', pemdi({ '10': { evidence: [item('I10-L1-01')] } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['I5 SDI', pemdi({ '5': { evidence: [{ file: 'SK-Walidata.pdf' }, { url: 'https://data.contoh.go.id' }] } }), [{
      pointer: '/indicators/5/evidence',
      message: 'Indicator 5 is scored from Indeks Satu Data Indonesia (SDI), 0-100; the evidence attached (2) is not scored',
    }]],
    ['I7 EPSS', pemdi({ '7': { evidence: [{ file: 'EPSS-2025.pdf' }] } }), [{
      pointer: '/indicators/7/evidence',
      message: 'Indicator 7 is scored from Indeks Pembangunan Statistik (IPS) from EPSS; the evidence attached (1) is not scored',
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the "evidence" key of I18', () => {
    const a = pemdi({ '1': { evidence: [item('I1-L1-01')] }, '18': { evidence: [{ file: 'Arsitektur-Data.pdf' }] } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"evidence"', 1));
    expect(d?.message.id).toMatch(/^Indikator 18 dinilai dari Indeks SDI, aspek Interoperabilitas Data/);
  });
});
