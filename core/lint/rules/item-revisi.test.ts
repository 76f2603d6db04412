import { describe, expect, it } from 'vitest';
import rule from './item-revisi.ts';
import { item, lintWith, pemdi, summary } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

const TAIL = 'fix it and upload it again: until it is accepted, it and the levels above it do not count';

describe('item-revisi', () => {
  const valid: [string, Assessment][] = [
    ['no statuses yet', pemdi({ '4': { evidence: [item('I4-L1-01'), item('I4-L1-02')] } })],
    ['accepted items', pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'diterima' })] } })],
    ['a returned item uploaded again after it (awaiting its result)', pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'revisi' }), item('I4-L1-01', { file: 'I4-L1-01-perbaikan.pdf' })] } })],
    ['replaced under the portal code (PG_04_01 is I4-L1-01)', pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'revisi' }), item('PG_04_01', { status: 'diterima', file: 'SK.pdf' })] } })],
    ['replaced by an upload listed before it (the list keeps no upload order; the estimate counts that one)', pemdi({ '4': { evidence: [item('I4-L1-01', { file: 'I4-L1-01-perbaikan.pdf' }), item('I4-L1-01', { status: 'revisi' })] } })],
    ['rejected only with the portal\'s automatic note (a lower level failed): nothing to upload again', pemdi({ '4': { evidence: [item('I4-L2-01', { status: 'revisi', note: 'Otomatis ditolak karena tingkat kematangan sebelumnya ditolak.' })] } })],
    ['a final record (stage akhir) records the result, it is not a to-do', pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'revisi' })] } }, { stage: 'akhir' })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['a returned item, with the assessor\'s note quoted', pemdi({ '9': { evidence: [item('I9-L1-01', { status: 'diterima' }), item('I9-L1-02', { status: 'revisi', note: '  Bukti dukung yang diberikan tidak tepat\n berupa SK Tim Asesor  ' })] } }), [{
      pointer: '/indicators/9/evidence/1',
      message: `Indicator 9: item I9-L1-02 was returned by the assessor (revisi): "Bukti dukung yang diberikan tidak tepat berupa SK Tim Asesor"; ${TAIL}`,
    }]],
    ['an item returned twice: once, on its last returned upload', pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'revisi', note: 'lama' }), item('I4-L1-02'), item('I4-L1-01', { file: 'I4-L1-01-b.pdf', status: 'revisi', note: 'baru' })] } }), [{
      pointer: '/indicators/4/evidence/2',
      message: `Indicator 4: item I4-L1-01 was returned by the assessor (revisi): "baru"; ${TAIL}`,
    }]],
    ['a returned item under its portal code, without a note', pemdi({ '13': { evidence: [item('TD_13_02', { status: 'revisi', file: 'Daftar.pdf' })] } }), [{
      pointer: '/indicators/13/evidence/0',
      message: `Indicator 13: item TD_13_02 was returned by the assessor (revisi); ${TAIL}`,
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('says it in Indonesian first, as a warning, and cuts a long note', () => {
    const [d, ...rest] = lintWith(rule, pemdi({ '4': { evidence: [item('I4-L1-01', { status: 'revisi', note: 'x'.repeat(400) })] } }));
    expect(rest).toEqual([]);
    expect(d!.severity).toBe('warning');
    expect(d!.message.id).toMatch(/^Indikator 4: butir I4-L1-01 dikembalikan asesor \(revisi\): "x{159}…"; perbaiki lalu unggah ulang/);
  });
});
