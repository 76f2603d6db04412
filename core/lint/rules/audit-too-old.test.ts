import { describe, expect, it } from 'vitest';
import rule from './audit-too-old.ts';
import { item, lineOf, lintWith, pemdi, spbe, summary } from './test-helper.ts';
import type { Assessment, Evidence } from '../../types.ts';

const audit = (date: string, extra: Partial<Evidence> = {}): Evidence =>
  ({ file: '31.a.Audit-Keamanan.pdf', kind: 'audit', levels: [3], date, ...extra });

describe('audit-too-old', () => {
  const valid: [string, Assessment][] = [
    ['2025: audit on 2023-01-01, the first day that counts', spbe({ '31': { level: 3, evidence: [audit('2023-01-01')] } })],
    ['2023: audit of 2021 counts', spbe({ '29': { level: 3, evidence: [audit('2021-01-01')] } }, { year: 2023 })],
    ['2022: rule not yet in force (Pedoman 6/2023)', spbe({ '29': { level: 3, evidence: [audit('2015-01-01')] } }, { year: 2022 })],
    ['an old document of another kind', spbe({ '31': { level: 3, evidence: [audit('2015-01-01', { kind: 'laporan' })] } })],
    ['undated audits are not judged', spbe({ '31': { level: 3, evidence: [{ file: '31.a.Audit.pdf', kind: 'audit' }] } })],
    ['pemdi 2026: audit of 2024-01-01', pemdi({ '9': { evidence: [item('I9-L2-01', { kind: 'audit', date: '2024-01-01' })] } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['2025: audit of 2022-12-31', spbe({ '31': { level: 4, evidence: [audit('2022-12-31')] } }), [{
      pointer: '/indicators/31/evidence/0/date',
      message: 'Indicator 31: audit "31.a.Audit-Keamanan.pdf" is dated 2022-12-31, more than 2 years before the 2025 evaluation (counted from 2023-01-01)',
    }]],
    ['audit evidence outside 29-31 too', spbe({ '22': { level: 3, evidence: [audit('2020-01-01', { file: '22.b.Audit-ISO.pdf' })] } }), [{
      pointer: '/indicators/22/evidence/0/date',
      message: 'Indicator 22: audit "22.b.Audit-ISO.pdf" is dated 2020-01-01, more than 2 years before the 2025 evaluation (counted from 2023-01-01)',
    }]],
    ['pemdi 2026: I9 audit of 2023-12-31', pemdi({ '9': { evidence: [item('I9-L2-01', { kind: 'audit', date: '2023-12-31' })] } }), [{
      pointer: '/indicators/9/evidence/0/date',
      message: 'Indicator 9: audit "I9-L2-01.pdf" is dated 2023-12-31, more than 2 years before the 2026 evaluation (counted from 2024-01-01)',
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the line of the stale date', () => {
    const a = spbe({ '30': { level: 3, evidence: [audit('2024-05-01'), audit('2019-05-01', { file: '30.b.Audit-lama.pdf' })] } });
    const ds = lintWith(rule, a);
    expect(ds.map((d) => [d.severity, d.range.start.line])).toEqual([['warning', lineOf(a, '"date": "2019-05-01"')]]);
    expect(ds[0]!.message.id).toBe('Indikator 30: audit "30.b.Audit-lama.pdf" bertanggal 2019-05-01, lebih dari 2 tahun sebelum evaluasi 2025 (dihitung sejak 2023-01-01)');
  });
});
