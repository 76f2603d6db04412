import { describe, expect, it } from 'vitest';
import rule from './final-value-missing.ts';
import { found, lintWith, pemdi, spbe } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';
import { scoreAssessment } from '../../engine/score.ts';
import { frameworks } from '../../frameworks/index.ts';

describe('final-value-missing', () => {
  const akhir = { stage: 'akhir' } as const;
  const valid: [string, Assessment][] = [
    ['a value kept beside the target', pemdi({ '4': { level: 3, value: 2.75 } }, akhir)],
    ['a value alone', pemdi({ '4': { value: 2.75 } }, akhir)],
    ['the assessed items kept (the value comes from them)', pemdi({ '4': { level: 1, evidence: [{ item: 'I4-L1-01', file: 'sk.pdf', status: 'diterima' }] } }, akhir)],
    ['a national index kept', pemdi({ '5': { level: 3, external: { source: 'SDI', score: 68.75 } } }, akhir)],
    ['a working file (the level is a target there)', pemdi({ '4': { level: 3 } })],
    ['SPBE: a level is the value', spbe({ '1': { level: 3 } }, akhir)],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  it('warns on each indicator of a Pemdi final record with a level and nothing to value it by', () => {
    const a = pemdi({ '4': { level: 3 }, '9': { level: 2 }, '10': { level: 2, value: 2 } }, akhir);
    expect(found(lintWith(rule, a))).toEqual([
      { pointer: '/indicators/4/level', messageId: 'levelOnly' },
      { pointer: '/indicators/9/level', messageId: 'levelOnly' },
    ]);
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    // What the message says the index does.
    expect(scoreAssessment(frameworks['pemdi-2026'], a).indicators.get(4)?.value.toNumber()).toBe(1);
    expect(d?.message.id).toBe('Indikator 4: hasil akhir mencatat target tingkat 3 tanpa nilai indikator; indeks menghitungnya 1,00. Salin nilai indikator dari laporan hasil evaluasi');
  });
});
