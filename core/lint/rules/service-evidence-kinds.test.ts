import { describe, expect, it } from 'vitest';
import rule from './service-evidence-kinds.ts';
import { found, lineOf, lintWith, spbe } from '../../../test/helpers/rules.ts';
import type { Assessment, Evidence } from '../../types.ts';

const manual: Evidence = { file: '35.a.Manual-Book-LPSE.pdf', kind: 'lainnya', levels: [2, 3] };
const video: Evidence = { file: '[Indikator 35b] Video Penggunaan SPSE.mp4', kind: 'video', levels: [2, 3] };
const shot: Evidence = { file: '35.c.Fitur-Unggah-Dokumen-LPSE.png', levels: [2] };
const link: Evidence = { url: 'https://lpse.contoh.go.id', kind: 'tautan', levels: [2, 3], note: 'akun dummy: asesor / ********' };
const sk: Evidence = { file: '35.d.SK-Pengelola-LPSE.pdf', kind: 'sk', levels: [2, 3] };
const svc = (level: number, evidence: Evidence[] | undefined, n = '35', extra = {}) => spbe({ [n]: { level, ...(evidence ? { evidence } : {}) } }, extra);

describe('service-evidence-kinds', () => {
  const valid: [string, Assessment][] = [
    ['a manual book PDF plus a video (alternatives: no screenshot, no URL needed)', svc(3, [manual, video])],
    ['a link alone, covering levels 2 and 3', svc(3, [link])],
    ['a screenshot and a link', svc(2, [shot, link])],
    ['untyped documents may be manual books', svc(2, [{ file: '35.a.Panduan-Penggunaan.pdf' }])],
    ['evidence naming no level bears on every level', svc(3, [{ file: '35.a.Tangkapan-layar.pdf', kind: 'screenshot' }])],
    ['one login screenshot among feature screenshots', svc(2, [{ file: '35.a.login.jpg', levels: [2] }, shot])],
    ['a login screenshot beside a manual book', svc(2, [{ file: '35.a.Login-LPSE.png', levels: [2] }, manual])],
    ['level 1 needs nothing (the floor)', svc(1, undefined, '40')],
    ['not a service indicator (scale proses)', svc(2, [sk], '12')],
    ['no level claimed', spbe({ '40': { value: 3 } })],
    ['"blogindex" is not a login page', svc(2, [{ file: '35.a.blogindex.png', levels: [2] }])],
    ['a final record (akhir) is not judged', svc(3, [sk], '35', { stage: 'akhir' })],
    ['level 5 (Optimum) rests on the review and the revised policy, not on a demonstration', svc(5, [
      manual,
      { file: '35.e.Arsitektur-Integrasi-LPSE-SIRUP.pdf', kind: 'laporan', levels: [4] },
      { file: '35.f.Laporan-Reviu-LPSE-2025.pdf', kind: 'reviu', levels: [5] },
      { file: '35.g.Perbup-Perubahan-LPSE.pdf', kind: 'kebijakan', levels: [5] },
    ])],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; messageId: string }[]][] = [
    ['only a decree', svc(3, [sk]), [{ pointer: '/indicators/35/evidence', messageId: 'notShown' }]],
    ['level 3 not shown (the demonstrations name level 2 only)', svc(3, [shot, sk]), [{ pointer: '/indicators/35/evidence', messageId: 'notShown' }]],
    ['level 4 (Kolaborasi) shown by a review only', svc(5, [manual, { file: '35.f.Laporan-Reviu-LPSE-2025.pdf', kind: 'reviu', levels: [4, 5] }]), [{ pointer: '/indicators/35/evidence', messageId: 'notShown' }]],
    ['no evidence at all, on the level', svc(2, undefined, '47'), [{ pointer: '/indicators/47/level', messageId: 'notShown' }]],
    ['only login pages (file, title, note)', svc(2, [
      { file: '35.a.Log-In.png', levels: [2] },
      { file: '35.b.depan.jpg', title: 'Halaman Masuk LPSE', levels: [2] },
      { file: '35.c.x.jpeg', note: 'screenshot login_page', levels: [2] },
      sk,
    ]), [{ pointer: '/indicators/35/evidence', messageId: 'onlyLogin' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(found(lintWith(rule, a))).toEqual(expected));

  it('names the levels not shown and the kinds that would show them, without field names', () => {
    const [d] = lintWith(rule, svc(3, [shot, sk]));
    expect(d?.message.id).toBe('Indikator 35 (layanan): tidak ada bukti yang memperlihatkan layanan berjalan untuk tingkat 3; lampirkan salah satu: manual book, tangkapan layar fitur, video penggunaan, atau tautan layanan');
    expect(d?.message.en).not.toMatch(/"|kind|url/);
  });

  it('warns on the "evidence" key line', () => {
    const a = spbe({ '32': { level: 2, evidence: [{ file: '32.a.Perbup-Perencanaan.pdf', kind: 'kebijakan', levels: [2] }] } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"evidence"'));
  });
});
