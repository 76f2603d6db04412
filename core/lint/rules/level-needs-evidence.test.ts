import { describe, expect, it } from 'vitest';
import rule from './level-needs-evidence.ts';
import { found, item, lineOf, lintWith, pemdi, spbe, summary } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

const doc = (file: string, levels: number[], kind: 'kebijakan' | 'reviu' | 'notulen' = 'kebijakan') => ({ file, kind, levels });

describe('level-needs-evidence', () => {
  const valid: [string, Assessment][] = [
    ['spbe: level 1 with no evidence (the floor: "konsep ... belum atau telah tersedia")', spbe({ '1': { level: 1, explanation: 'FAKTA: rancangan Perwal Arsitektur SPBE masih disusun. ANALISIS: tingkat 1.' } })],
    ['spbe: level 3 with documents for levels 2 and 3 only', spbe({ '12': { level: 3, evidence: [doc('12.a.Perwal-Peta-Rencana-SPBE-2022.pdf', [2, 3])] } })],
    ['spbe: every level 2..N covered by separate documents', spbe({ '1': { level: 4, evidence: [doc('1.a.Pergub-1-2020.pdf', [2, 3]), doc('1.b.Reviu-Arsitektur-2024.pdf', [4], 'reviu')] } })],
    ['spbe: value without level is not a claim', spbe({ '5': { value: 4 } })],
    ['spbe: a final record (akhir) is not judged', spbe({ '12': { level: 3 }, '13': { level: 4 } }, { stage: 'akhir', year: 2024 })],
    ['pemdi: every item of levels 1..2 uploaded (local codes)', pemdi({ '4': { level: 2, evidence: ['I4-L1-01', 'I4-L1-02', 'I4-L1-03', 'I4-L2-01', 'I4-L2-02'].map((c) => item(c)) } })],
    ['pemdi: every item of levels 1..2 uploaded (portal codes)', pemdi({ '4': { level: 2, evidence: [
      { item: 'PG_04_01', file: 'SK-Tim-Koordinasi-Pemdi-2026.pdf' }, { item: 'PG_04_02', file: 'Renja-Diskominfo-2026.pdf' },
      { item: 'PG_04_03', file: 'Notulen-Rapat-Kolaborasi-OPD.pdf' }, { item: 'PG_04_04', file: 'Renstra-2025-2029.pdf' },
      { item: 'PG_04_05', file: 'PKS-Diskominfo-BPS-2026.pdf' },
    ] } })],
    ['pemdi: an item under revision is present, not missing', pemdi({ '2': { level: 1, evidence: [item('I2-L1-01', { status: 'revisi' }), item('I2-L1-02')] } })],
    ['pemdi: I9 level 3 lists no items', pemdi({ '9': { level: 3, evidence: ['I9-L1-01', 'I9-L1-02', 'I9-L2-01'].map((c) => item(c)) } })],
    ['pemdi: external indicator I5 needs no upload', pemdi({ '5': { level: 4 } })],
    ['pemdi: evidence without a level target', pemdi({ '1': { evidence: [item('I1-L2-01')] } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; messageId: string }[]][] = [
    ['spbe: level 2 with no evidence at all', spbe({ '12': { level: 2 } }), [{ pointer: '/indicators/12/level', messageId: 'noEvidence' }]],
    ['spbe: level 3 uncovered', spbe({ '12': { level: 3, evidence: [doc('12.b.Perwal.pdf', [2])] } }), [{ pointer: '/indicators/12/level', messageId: 'uncovered' }]],
    ['spbe: evidence that names no level', spbe({ '3': { level: 2, evidence: [{ file: '3.a.Perbup.pdf' }] } }), [{ pointer: '/indicators/3/level', messageId: 'uncoveredUntagged' }]],
    ['spbe: dokumen stage is judged too', spbe({ '12': { level: 2 } }, { stage: 'dokumen' }), [{ pointer: '/indicators/12/level', messageId: 'noEvidence' }]],
    ['pemdi: missing items', pemdi({ '4': { level: 2, evidence: [item('I4-L1-01'), item('I4-L2-02')] } }), [{ pointer: '/indicators/4/level', messageId: 'missingItems' }]],
    ['pemdi: a portal code for another slot leaves its own slot missing', pemdi({ '4': { level: 1, evidence: [{ item: 'PG_04_01', file: 'a.pdf' }, { item: 'PG_04_02', file: 'b.pdf' }, { item: 'PG_04_04', file: 'c.pdf' }] } }),
      [{ pointer: '/indicators/4/level', messageId: 'missingItems' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(found(lintWith(rule, a))).toEqual(expected));

  it('names the uncovered levels above 1 only', () => {
    const [d] = lintWith(rule, spbe({ '12': { level: 4, evidence: [doc('12.a.Perwal.pdf', [2])] } }));
    expect(d?.message.en).toBe('Indicator 12: level 4 is claimed but no evidence supports level(s) 3, 4');
  });

  it('names missing Pemdi items by both codes where the portal prefix is known, and caps the list', () => {
    expect(summary(lintWith(rule, pemdi({ '4': { level: 2, evidence: [item('I4-L1-01'), item('I4-L2-02')] } })))).toEqual([
      { pointer: '/indicators/4/level', message: 'Indicator 4: target level 2 but 3 item(s) are not uploaded: I4-L1-02 (PG_04_02), I4-L1-03 (PG_04_03), I4-L2-01 (PG_04_04)' },
    ]);
    expect(summary(lintWith(rule, pemdi({ '8': { level: 2 } })))[0]?.message)
      .toBe('Indicator 8: target level 2 but 14 item(s) are not uploaded: I8-L1-01, I8-L1-02, I8-L1-03, I8-L1-04, I8-L1-05, I8-L1-06, … (+8)');
  });

  it('reports on the line of the indicator\'s "level", as an error, in words for evaluators', () => {
    const a = spbe({ '1': { level: 1 }, '2': { level: 2, evidence: [doc('2.a.Draft.pdf', [1])] } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('error');
    expect(d?.range.start.line).toBe(lineOf(a, '"level": 2'));
    expect(d?.message.id).toBe('Indikator 2: tingkat 2 dipilih tetapi tidak ada bukti untuk tingkat 2');
    expect(lintWith(rule, spbe({ '3': { level: 2, evidence: [{ file: '3.a.Perbup.pdf' }] } }))[0]?.message.id).not.toMatch(/"levels"|levels/);
  });
});
