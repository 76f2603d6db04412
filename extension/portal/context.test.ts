/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { findIndicator, getFramework } from '../../core/frameworks/index.ts';
import { findTitle, frameworkOfHost, readContext, readIndicatorLabels } from './context.ts';
import { cosmetic, loadPage } from './test-fixtures.ts';

const T = 'https://tauval.spbe.go.id';
const E = 'https://eval.spbe.go.id';

describe('context', () => {
  it('maps the two hosts to their frameworks and nothing else', () => {
    expect(frameworkOfHost(new URL(`${T}/x`))).toBe('spbe-2020');
    expect(frameworkOfHost(new URL(`${E}/x`))).toBe('pemdi-2026');
    expect(frameworkOfHost(new URL('https://spbe.go.id/'))).toBeNull();
    expect(frameworkOfHost(new URL('https://tauval.spbe.go.id.example.org/'))).toBeNull();
  });

  it.each([
    [`${T}/`, 'spbe-2020', { agency: 'Pemerintah Kota Contoh', agencyCode: '9901', year: 2025 }],
    [`${T}/penilaian-mandiri`, 'spbe-2020', { agency: 'Pemerintah Kota Contoh', agencyCode: null, year: 2025 }],
    [`${T}/penilaian-interviu/instansi/9901/indikator/1`, 'spbe-2020', { agency: 'Pemerintah Kota Contoh', agencyCode: '9901', year: 2024 }],
    [`${E}/`, 'pemdi-2026', { agency: 'Pemerintah Kota Contoh', agencyCode: '9901', year: 2026 }],
    [`${E}/penilaian-mandiri/indikator/9`, 'pemdi-2026', { agency: 'Pemerintah Kota Contoh', agencyCode: null, year: 2026 }],
  ] as const)('reads agency, code and year on %s', (u, fw, want) => {
    expect(readContext(loadPage(u).doc, fw)).toEqual({ framework: fw, ...want });
    expect(readContext(loadPage(u, cosmetic).doc, fw)).toEqual({ framework: fw, ...want });
  });

  it('gives nulls where the page shows no agency or year', () => {
    const { doc } = loadPage(`${T}/penilaian-mandiri/indikator/12`, (d) => d.querySelector('nav')!.remove());
    expect(readContext(doc, 'spbe-2020')).toEqual({ framework: 'spbe-2020', agency: null, agencyCode: null, year: null });
  });

  it('reads the label rows of a Tauval indicator page as the framework words them', () => {
    const ind = findIndicator(getFramework('spbe-2020'), 12)!;
    expect(readIndicatorLabels(loadPage(`${T}/penilaian-mandiri/indikator/12`).doc)).toEqual({
      domain: 'Tata Kelola SPBE', aspect: 'Perencanaan Strategis SPBE', name: ind.name, question: ind.question, code: null,
    });
  });

  it('splits the (I2001) code off the name on assessor views, and reads Kode Indikator on Pemdi', () => {
    const a = readIndicatorLabels(loadPage(`${T}/penilaian-dokumen/instansi/9901/indikator/1`).doc);
    expect([a.name, a.code]).toEqual([findIndicator(getFramework('spbe-2020'), 1)!.name, 'I2001']);
    const e = readIndicatorLabels(loadPage(`${E}/penilaian-mandiri/indikator/4`).doc);
    expect(e).toMatchObject({ aspect: 'Penyelenggara', name: 'Tingkat Kematangan Kolaborasi Pemdi', code: 'I4', domain: null });
  });

  it('finds the title heading, not the breadcrumb', () => {
    const { doc } = loadPage(`${E}/penilaian-mandiri/indikator/13`);
    const t = findTitle(doc, 'pemdi-2026');
    expect([t?.indicator, t?.element.localName]).toEqual([13, 'h3']);
    expect(findTitle(doc, 'spbe-2020')?.indicator).toBe(13);
  });
});
