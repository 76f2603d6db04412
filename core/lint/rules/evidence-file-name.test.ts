import { describe, expect, it } from 'vitest';
import rule from './evidence-file-name.ts';
import { found, item, lineOf, lintWith, pemdi, spbe } from '../../../test/helpers/rules.ts';
import type { Assessment, Evidence } from '../../types.ts';

const s = (n: string, ...files: string[]) => spbe({ [n]: { level: 2, evidence: files.map((file): Evidence => ({ file, levels: [2] })) } });
const slot = (code: string, file: string): Evidence => ({ item: code, file });

describe('evidence-file-name', () => {
  const valid: [string, Assessment][] = [
    ['spbe: the guideline\'s examples', s('1', '1.a.Pergub-1-2020.pdf', '1.b.reviu_arsitektur.pdf')],
    ['spbe: letter omitted, as in the guideline\'s 35.screenshot LPSE.jpg', s('35', '35.screenshot LPSE.jpg')],
    ['spbe: bracket form', s('42', '[Indikator 42a] Video Maturity Level 1-5 Aplikasi.mp4')],
    ['spbe: a free-form name names no indicator', s('12', 'Perwal Nomor 12 Tahun 2022 Peta Rencana SPBE.pdf')],
    ['spbe: "3.5 Notulen.pdf" names no indicator (a digit follows the dot)', s('12', '3.5 Notulen Rapat.pdf')],
    ['urls are not read', spbe({ '40': { level: 2, evidence: [{ url: 'https://sakip.contoh.go.id/13.a.x', levels: [2] }] } })],
    ['pemdi: an agency\'s own names (the portal imposes none)', pemdi({ '4': { evidence: [
      slot('PG_04_01', 'SK-Tim-Koordinasi-Pemdi-2026.pdf'), slot('I4-L1-02', 'Renja Diskominfo 2026 (final).pdf'),
    ] } })],
    ['pemdi: the local code of the slot', pemdi({ '1': { evidence: [item('I1-L2-01', { file: 'I1-L2-01_Renstra-2025-2029.pdf' })] } })],
    ['pemdi: the portal code of the slot, slot given in local form', pemdi({ '4': { evidence: [slot('I4-L2-01', 'PG_04_04 Renstra 2025-2029.pdf')] } })],
    ['pemdi: a code of the same indicator with no slot given', pemdi({ '13': { evidence: [{ file: 'TD_13_02 Renja.pdf' }] } })],
    ['a final record (akhir) is not judged', spbe({ '12': { level: 2, evidence: [{ file: '13.a.Perwal.pdf', levels: [2] }] } }, { stage: 'akhir' })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; messageId: string }[]][] = [
    ['spbe: the number of another indicator', s('12', '13.a.Perwal.pdf'), [{ pointer: '/indicators/12/evidence/0/file', messageId: 'wrongIndicator' }]],
    ['spbe: the bracket form of another indicator', s('42', '[Indikator 43b] Video.mp4'), [{ pointer: '/indicators/42/evidence/0/file', messageId: 'wrongIndicator' }]],
    ['no extension', s('12', '12.a.Perwal'), [{ pointer: '/indicators/12/evidence/0/file', messageId: 'noExtension' }]],
    ['pemdi: the portal code of another slot (the wrong file in a slot)', pemdi({ '4': { evidence: [slot('PG_04_01', 'PG_04_02 Renja 2026.pdf')] } }),
      [{ pointer: '/indicators/4/evidence/0/file', messageId: 'wrongItem' }]],
    ['pemdi: the local code of another slot, slot in portal form', pemdi({ '13': { evidence: [slot('TD_13_05', 'I13-L2-01.pdf')] } }),
      [{ pointer: '/indicators/13/evidence/0/file', messageId: 'wrongItem' }]],
    ['pemdi: a code of another indicator', pemdi({ '13': { evidence: [slot('I13-L1-02', 'I14-L1-02.pdf')] } }),
      [{ pointer: '/indicators/13/evidence/0/file', messageId: 'wrongIndicator' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(found(lintWith(rule, a))).toEqual(expected));

  it('says which slot and which code, on the file\'s line', () => {
    const a = pemdi({ '4': { evidence: [slot('PG_04_01', 'SK-Tim.pdf'), slot('PG_04_01', 'pg_04_03-SK.pdf')] } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"pg_04_03-SK.pdf"'));
    expect(d?.message.id).toBe('Indikator 4: berkas "pg_04_03-SK.pdf" diunggah pada butir PG_04_01 tetapi namanya menyebut butir pg_04_03; periksa apakah berkasnya tertukar');
  });
});
