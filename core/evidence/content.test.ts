// The content checks on documents in the shape teams upload
// (test/fixtures/evidence/): the genuine ones fit their items, the
// look-alikes assessors returned are named as such.
import { describe, expect, it } from 'vitest';
import { agencyTerms, itemFinding, yearTerms } from './content.ts';
import { searchable, termsIn } from './text.ts';
import { documentText } from '../../test/helpers/pdf.ts';
import { frameworks } from '../frameworks/index.ts';
import { itemOf } from './subject.ts';

const fw = frameworks['pemdi-2026'];
const contentOf = (code: string) => {
  const ind = fw.indicators[Number(/^I(\d+)/.exec(code)![1]) - 1]!;
  return itemOf(ind, fw.aspects, code).item!.content!;
};
const finding = (doc: string, code: string) => itemFinding(searchable(documentText(doc)), contentOf(code));

describe('itemFinding', () => {
  it.each([
    ['sk-tim-auditor', 'I9-L1-01'], ['rencana-audit', 'I9-L1-02'], ['sk-tim-koordinasi', 'I4-L1-01'], ['renja-kolaborasi', 'I4-L1-02'],
    ['laporan-ikasandi', 'I10-L2-02'], ['sk-ttis', 'I12-L2-01'],
  ])('genuine: %s fits %s', (doc, code) => expect(finding(doc, code).kind).toBe('fits'));

  it.each([
    ['sk-tim-asesor', 'I9-L1-01', 'SK Tim Asesor Internal Evaluasi Kinerja Pemdi'],
    ['laporan-indeks-kami', 'I10-L2-02', 'hasil Indeks KAMI'],
    ['dpa-skpd', 'I4-L1-02', 'dokumen anggaran (RKA/DPA) tanpa kegiatan kolaborasi'],
    ['perwal-arsitektur', 'I15-L1-01', 'uraian pasal-pasal peraturan Arsitektur SPBE'],
  ])('look-alike: %s for %s', (doc, code, name) => expect(finding(doc, code)).toMatchObject({ kind: 'lookAlike', name }));

  it('a document with none of the item\'s terms and no look-alike\'s', () => {
    expect(finding('laporan-indeks-kami', 'I9-L1-01')).toEqual({ kind: 'noItemTerms' });
  });
  it('a genuine document that mentions the look-alike still fits', () => {
    const text = `${documentText('sk-tim-auditor')}\nTim Auditor berkoordinasi dengan Tim Asesor Internal evaluasi.`;
    expect(itemFinding(searchable(text), contentOf('I9-L1-01')).kind).toBe('fits');
  });
});

describe('agencyTerms', () => {
  it.each([
    ['Pemerintah Kota Contoh', ['contoh']],
    ['Pemerintah Kabupaten Tanjung Sukaju', ['tanjung', 'sukaju']],
    ['Pemerintah Provinsi Jawa Tengah', ['jawa', 'tengah']],
    ['Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', ['pendayagunaan', 'aparatur', 'negara', 'reformasi', 'birokrasi']],
    ['Badan Pusat Statistik', ['statistik']],
    ['Pemerintah Kota', []],
  ])('%s', (name, terms) => expect(agencyTerms({ name })).toEqual(terms));
  it('every genuine document names its agency', () => {
    for (const doc of ['sk-tim-auditor', 'rencana-audit', 'sk-tim-koordinasi', 'renja-kolaborasi', 'laporan-ikasandi', 'sk-ttis', 'dpa-skpd']) {
      expect(termsIn(searchable(documentText(doc)), agencyTerms({ name: 'Pemerintah Kota Contoh' }), 'loose'), doc).not.toEqual([]);
    }
  });
});

describe('yearTerms', () => {
  it('in figures and in words, as decrees write them', () => {
    expect(yearTerms(2026)).toEqual(['2026', 'dua ribu dua puluh enam']);
    expect(yearTerms(2011)).toEqual(['2011', 'dua ribu sebelas']);
    expect(yearTerms(2015)).toEqual(['2015', 'dua ribu lima belas']);
    expect(yearTerms(2020)).toEqual(['2020', 'dua ribu dua puluh']);
    expect(yearTerms(1999)).toEqual(['1999']);
  });
});
