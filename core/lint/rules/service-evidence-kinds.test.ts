import { describe, expect, it } from 'vitest';
import rule from './service-evidence-kinds.ts';
import { lineOf, lintWith, spbe, summary } from './test-helper.ts';
import type { Assessment, Evidence } from '../../types.ts';

const shot: Evidence = { file: '35.b.Fitur-Unggah-LPSE.png', levels: [2] };
const link: Evidence = { url: 'https://lpse.contoh.go.id', kind: 'tautan', levels: [1, 2] };
const svc = (evidence: Evidence[] | undefined, n = '35') => spbe({ [n]: { level: 2, ...(evidence ? { evidence } : {}) } });

describe('service-evidence-kinds', () => {
  const valid: [string, Assessment][] = [
    ['an image file and a url', svc([shot, link])],
    ['kind screenshot (a PDF of screenshots) and kind tautan with a file', svc([
      { file: '35.a.Tangkapan-layar.pdf', kind: 'screenshot', levels: [1, 2] },
      { file: '35.c.Daftar-tautan.pdf', kind: 'tautan', levels: [2] },
    ])],
    ['one login screenshot among feature screenshots', svc([{ file: '35.a.login.jpg', levels: [1] }, shot, link])],
    ['not a service indicator (scale proses)', svc([{ file: '12.a.Perwal.pdf', levels: [1, 2] }], '12')],
    ['no level claimed', spbe({ '40': { value: 3 } })],
    ['"blogindex" is not a login page', svc([{ file: '35.a.blogindex.png', levels: [1] }, link])],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['no screenshot', svc([link]), [
      { pointer: '/indicators/35/evidence', message: 'Indicator 35 (service): no screenshot (kind "screenshot" or a .png/.jpg/.jpeg file)' },
    ]],
    ['no url', svc([shot]), [
      { pointer: '/indicators/35/evidence', message: 'Indicator 35 (service): no link to the service ("url" or kind "tautan"); add a dummy account if it needs a login' },
    ]],
    ['no evidence at all: both, on the level', svc(undefined, '47'), [
      { pointer: '/indicators/47/level', message: 'Indicator 47 (service): no screenshot (kind "screenshot" or a .png/.jpg/.jpeg file)' },
      { pointer: '/indicators/47/level', message: 'Indicator 47 (service): no link to the service ("url" or kind "tautan"); add a dummy account if it needs a login' },
    ]],
    ['only login pages (file, title, note)', svc([
      { file: '35.a.Log-In.png', levels: [1] },
      { file: '35.b.depan.jpg', title: 'Halaman Masuk LPSE', levels: [2] },
      { file: '35.c.x.jpeg', note: 'screenshot login_page', levels: [2] },
      link,
    ]), [
      { pointer: '/indicators/35/evidence', message: 'Indicator 35 (service): every screenshot looks like a login page; show the features of level 2' },
    ]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the "evidence" key line', () => {
    const a = spbe({ '32': { level: 1, evidence: [{ url: 'https://sipd.contoh.go.id' }] } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"evidence"'));
    expect(d?.message.id).toBe('Indikator 32 (layanan): tidak ada tangkapan layar (kind "screenshot" atau berkas .png/.jpg/.jpeg)');
  });
});
