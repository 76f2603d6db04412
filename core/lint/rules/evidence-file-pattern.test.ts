import { describe, expect, it } from 'vitest';
import rule from './evidence-file-pattern.ts';
import { found, lintWith, pemdi, spbe } from '../../../test/helpers/rules.ts';
import type { Assessment, Evidence } from '../../types.ts';

const s = (n: string, ...files: string[]) => spbe({ [n]: { level: 2, evidence: files.map((file): Evidence => ({ file, levels: [2] })) } });

describe('evidence-file-pattern', () => {
  const valid: [string, Assessment][] = [
    ['spbe: the guideline\'s example forms', s('1', '1.a.Pergub-1-2020.pdf', '35.screenshot LPSE.jpg', '[Indikator 1c] Reviu.pdf')],
    ['upper-case extension', s('18', '18.a.Daftar API Aplikasi.XLSX')],
    ['pemdi: any name (eval.spbe.go.id imposes none)', pemdi({ '4': { evidence: [{ item: 'PG_04_01', file: 'SK Tim Koordinasi Pemdi 2026.pdf' }] } })],
    ['a final record (akhir) is not judged', { ...s('12', 'x.rar'), stage: 'akhir' }],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; messageId: string }[]][] = [
    ['spbe: names unlike the examples, once per indicator', s('12', 'Perwal 12 2022.pdf', 'Notulen.pdf', '12.c.Reviu.pdf'),
      [{ pointer: '/indicators/12/evidence', messageId: 'spbePattern' }]],
    ['an unusual extension', s('12', '12.a.Perwal.rar'), [{ pointer: '/indicators/12/evidence/0/file', messageId: 'unusualExtension' }]],
    ['pemdi: an unusual extension', pemdi({ '4': { evidence: [{ item: 'PG_04_01', file: 'SK.odt' }] } }), [{ pointer: '/indicators/4/evidence/0/file', messageId: 'unusualExtension' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(found(lintWith(rule, a))).toEqual(expected));

  it('is information, lists the names, and says it is a suggestion', () => {
    const [d] = lintWith(rule, s('12', 'Perwal 12 2022.pdf', 'Notulen.pdf'));
    expect(d?.severity).toBe('info');
    expect(d?.message.en).toBe('Indicator 12: 2 file name(s) do not follow the Pedoman 3/2024 example pattern "12.a.short-name.pdf" or "[Indikator 12a] title.pdf" (a suggestion, not a requirement): Perwal 12 2022.pdf, Notulen.pdf');
  });
});
