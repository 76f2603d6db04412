import { describe, expect, it } from 'vitest';
import rule from './evidence-file-name.ts';
import { item, lineOf, lintWith, pemdi, spbe, summary } from './test-helper.ts';
import type { Assessment, Evidence } from '../../types.ts';

const s = (n: string, ...files: string[]) => spbe({ [n]: { level: 1, evidence: files.map((file): Evidence => ({ file, levels: [1] })) } });
const ALLOWED = 'pdf, jpg, jpeg, png, xlsx, xls, docx, doc, mp4, flv, pptx, zip';

describe('evidence-file-name', () => {
  const valid: [string, Assessment][] = [
    ['spbe dotted pattern', s('12', '12.a.Perwal-12-2022.pdf')],
    ['spbe guideline examples', s('1', '1.a.Pergub-1-2020.pdf', '1.b.reviu_arsitektur.pdf')],
    ['spbe letter omitted, as in the guideline\'s 35.screenshot LPSE.jpg', s('35', '35.screenshot LPSE.jpg')],
    ['spbe bracket pattern', s('42', '[Indikator 42a] Video Maturity Level 1-5 Aplikasi.mp4')],
    ['upper-case extension', s('18', '18.a.Daftar API Aplikasi.XLSX')],
    ['urls are not checked', spbe({ '40': { level: 1, evidence: [{ url: 'https://sakip.contoh.go.id/index.php', levels: [1] }] } })],
    ['pemdi item code', pemdi({ '1': { evidence: [item('I1-L2-01')] } })],
    ['pemdi item code with a description', pemdi({ '1': { evidence: [item('I1-L2-01', { file: 'I1-L2-01_Renstra-2025.pdf' })] } })],
    ['pemdi without item, right indicator', pemdi({ '13': { evidence: [{ file: 'I13-L1-02.pdf' }] } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['spbe free-form name', s('12', 'Perwal 12 2022.pdf'), [{
      pointer: '/indicators/12/evidence/0/file',
      message: 'Indicator 12: file name "Perwal 12 2022.pdf" does not follow "12.a.short-name.pdf" or "[Indikator 12a] title.pdf"',
    }]],
    ['spbe number of another indicator', s('12', '13.a.Perwal.pdf'), [{
      pointer: '/indicators/12/evidence/0/file', message: 'Indicator 12: file "13.a.Perwal.pdf" is numbered for indicator 13',
    }]],
    ['spbe bracket with another number', s('42', '[Indikator 43b] Video.mp4'), [{
      pointer: '/indicators/42/evidence/0/file', message: 'Indicator 42: file "[Indikator 43b] Video.mp4" is numbered for indicator 43',
    }]],
    ['unknown extension (and the pattern still checked)', s('12', '12.a.Perwal.rar'), [{
      pointer: '/indicators/12/evidence/0/file', message: `Indicator 12: extension ".rar" of "12.a.Perwal.rar" is unusual; use ${ALLOWED}`,
    }]],
    ['unknown extension and another indicator: both, in that order', s('12', '13.a.Perwal.rar'), [
      { pointer: '/indicators/12/evidence/0/file', message: `Indicator 12: extension ".rar" of "13.a.Perwal.rar" is unusual; use ${ALLOWED}` },
      { pointer: '/indicators/12/evidence/0/file', message: 'Indicator 12: file "13.a.Perwal.rar" is numbered for indicator 13' },
    ]],
    ['no extension', s('12', '12.a.Perwal'), [{
      pointer: '/indicators/12/evidence/0/file', message: 'Indicator 12: file "12.a.Perwal" has no extension (e.g. .pdf)',
    }]],
    ['pemdi free-form name', pemdi({ '1': { evidence: [item('I1-L2-01', { file: 'Renstra 2025.pdf' })] } }), [{
      pointer: '/indicators/1/evidence/0/file', message: 'Indicator 1: file name "Renstra 2025.pdf" does not follow the item-code pattern "I1-L2-01.pdf"',
    }]],
    ['pemdi file named for another item', pemdi({ '1': { evidence: [item('I1-L2-01', { file: 'I1-L2-02.pdf' })] } }), [{
      pointer: '/indicators/1/evidence/0/file', message: 'Indicator 1: file "I1-L2-02.pdf" answers item I1-L2-01 but is named I1-L2-02',
    }]],
    ['pemdi file for another indicator', pemdi({ '13': { evidence: [{ file: 'I14-L1-01.pdf' }] } }), [{
      pointer: '/indicators/13/evidence/0/file', message: 'Indicator 13: file "I14-L1-01.pdf" is numbered for indicator 14',
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the file line', () => {
    const a = s('12', '12.a.ok.pdf', 'scan001.pdf');
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"file": "scan001.pdf"'));
    expect(d?.message.id).toBe('Indikator 12: nama berkas "scan001.pdf" tidak mengikuti pola "12.a.nama-singkat.pdf" atau "[Indikator 12a] judul.pdf"');
  });
});
