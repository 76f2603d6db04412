import { describe, expect, it } from 'vitest';
import rule from './external-index-value.ts';
import { found, lintWith, pemdi } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

describe('external-index-value', () => {
  const valid: [string, Assessment][] = [
    ['an SDI score converts (I5)', pemdi({ '5': { external: { source: 'SDI', score: 68.75, date: '2026-04-30' } } })],
    ['an SDI interoperability score converts (I18)', pemdi({ '18': { external: { source: 'SDI', score: 41.2 } } })],
    ['a SJIG score with the value the portal shows', pemdi({ '6': { external: { source: 'SJIG', score: 71.2, date: '2026-05-15' }, value: 3.1 } })],
    ['no score at all (the index is not known yet)', pemdi({ '7': {} })],
    ['a final record is not judged', pemdi({ '7': { external: { source: 'IPS', score: 3.2 } } }, { stage: 'akhir' })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; messageId: string }[]][] = [
    ['a SJIG score without a value', pemdi({ '6': { external: { source: 'SJIG', score: 71.2 } } }), [{ pointer: '/indicators/6/external', messageId: 'valueNeeded' }]],
    ['an IPS score without a value', pemdi({ '7': { external: { source: 'IPS', score: 3.2, date: '2026-06-01' } } }), [{ pointer: '/indicators/7/external', messageId: 'valueNeeded' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(found(lintWith(rule, a))).toEqual(expected));

  it('names the index and writes the score the Indonesian way', () => {
    const [d] = lintWith(rule, pemdi({ '6': { external: { source: 'SJIG', score: 71.25 } } }));
    expect(d?.severity).toBe('warning');
    expect(d?.message.id).toContain('Indikator 6 dinilai dari Indeks Simpul Jaringan Informasi Geospasial (SJIG): konversi skor 71,25');
    expect(d?.message.en).toContain('its score 71.25');
  });
});
