import { describe, expect, it } from 'vitest';
import rule from './audit-too-old.ts';
import { found, item, lineOf, lintWith, pemdi, spbe } from '../../../test/helpers/rules.ts';
import type { Assessment, Evidence } from '../../types.ts';

const audit = (date: string, extra: Partial<Evidence> = {}): Evidence =>
  ({ file: '31.a.Laporan-Audit-Keamanan-SPBE.pdf', kind: 'audit', levels: [3], date, ...extra });

// Reference dates: 2025-08-18 (documented); 2023 unknown, so 1 January 2023, the most lenient.
describe('audit-too-old', () => {
  const valid: [string, Assessment][] = [
    ['2025: audit of 2023-08-19, the first day that counts', spbe({ '31': { level: 3, evidence: [audit('2023-08-19')] } })],
    ['2023: audit of 2021-01-02 counts against 1 January 2023', spbe({ '29': { level: 3, evidence: [audit('2021-01-02')] } }, { year: 2023 })],
    ['2022: rule not yet in force (Pedoman 6/2023)', spbe({ '29': { level: 3, evidence: [audit('2015-01-01')] } }, { year: 2022 })],
    ['an old document of another kind', spbe({ '31': { level: 3, evidence: [audit('2015-01-01', { kind: 'laporan' })] } })],
    ['undated audits are not judged', spbe({ '31': { level: 3, evidence: [{ file: '31.a.Audit.pdf', kind: 'audit' }] } })],
    ['audit evidence outside 29-31: no period is set there', spbe({ '22': { level: 3, evidence: [audit('2020-01-01', { file: '22.b.Audit-ISO-27001.pdf' })] } })],
    ['pemdi: the modules set no audit period (I9)', pemdi({ '9': { evidence: [item('I9-L2-01', { kind: 'audit', date: '2020-01-01' })] } })],
    ['a final record (akhir) is not judged', spbe({ '31': { level: 3, evidence: [audit('2015-01-01')] } }, { stage: 'akhir' })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; messageId: string }[]][] = [
    ['2025: audit of 2023-08-18', spbe({ '31': { level: 4, evidence: [audit('2023-08-18')] } }), [{ pointer: '/indicators/31/evidence/0/date', messageId: 'tooOld' }]],
    ['2023: audit of 2021-01-01, schedule unknown', spbe({ '30': { level: 3, evidence: [audit('2021-01-01')] } }, { year: 2023 }), [{ pointer: '/indicators/30/evidence/0/date', messageId: 'tooOldOnAssumedDate' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(found(lintWith(rule, a))).toEqual(expected));

  it('warns on the line of the stale date, saying the reference date and the cutoff', () => {
    const a = spbe({ '30': { level: 3, evidence: [audit('2024-05-01'), audit('2019-05-01', { file: '30.b.Audit-Aplikasi-2019.pdf' })] } });
    const ds = lintWith(rule, a);
    expect(ds.map((d) => [d.severity, d.range.start.line])).toEqual([['warning', lineOf(a, '"date": "2019-05-01"')]]);
    expect(ds[0]!.message.id).toBe('Indikator 30: audit "30.b.Audit-Aplikasi-2019.pdf" bertanggal 2019-05-01 sudah 2 tahun atau lebih pada tanggal acuan evaluasi 2025 (2025-08-18); audit dihitung bila bertanggal sesudah 2023-08-18');
  });
});
