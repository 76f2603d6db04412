// The standalone page's model: pure edits that keep what they do not touch,
// Pemdi entries in the shape the core reads, and the checks before saving.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../core/engine/score.ts';
import { frameworks } from '../../../core/frameworks/index.ts';
import { draftAssessment, draftProblems, itemChoice, newDraft, parseValue, setItem, setLevel, setValue } from './draft.ts';

describe('draft', () => {
  it('starts with no agency (or the portal\'s, never an example name) and the framework\'s default year', () => {
    expect(draftAssessment(newDraft('spbe-2020'))).toEqual({ framework: 'spbe-2020', year: 2025, agency: { name: '' }, stage: 'mandiri', indicators: {} });
    expect(draftProblems(newDraft('spbe-2020'))).toEqual(['agencyRequired']);
    expect(newDraft('pemdi-2026', { name: 'Pemerintah Kota Contoh', code: '9901' }).agency).toEqual({ name: 'Pemerintah Kota Contoh', code: '9901' });
    expect(newDraft('pemdi-2026').year).toBe('2026');
  });

  it('sets and clears SPBE levels, dropping a recorded value that would win', () => {
    let d = newDraft('spbe-2020');
    d = { ...d, indicators: { 3: { value: 2, explanation: 'FAKTA: …' } } };
    d = setLevel(d, 3, 4);
    expect(d.indicators[3]).toEqual({ explanation: 'FAKTA: …', level: 4 });
    d = setLevel(setLevel(d, 1, 2), 1, null);
    expect(d.indicators[1]).toBeUndefined();
    expect(draftAssessment(d).indicators).toEqual({ 3: { explanation: 'FAKTA: …', level: 4 } });
  });

  it('writes Pemdi items as { item, file: <code>.pdf, status? }, pending without status', () => {
    let d = newDraft('pemdi-2026');
    d = setItem(d, 2, 'I2-L1-01', 'diterima');
    d = setItem(d, 2, 'I2-L1-02', 'pending');
    d = setItem(d, 2, 'I2-L2-01', 'revisi');
    expect(d.indicators[2]).toEqual({ evidence: [
      { item: 'I2-L1-01', file: 'I2-L1-01.pdf', status: 'diterima' },
      { item: 'I2-L1-02', file: 'I2-L1-02.pdf' },
      { item: 'I2-L2-01', file: 'I2-L2-01.pdf', status: 'revisi' },
    ] });
    expect(['I2-L1-01', 'I2-L1-02', 'I2-L2-01', 'I2-L3-01'].map((c) => itemChoice(d.indicators[2], c))).toEqual(['diterima', 'pending', 'revisi', 'missing']);
    // L1 complete (2/2 counted), L2 has 0/1: the value is high(L1) = 1,50.
    expect(scoreAssessment(frameworks['pemdi-2026'], draftAssessment(d)).indicators.get(2)!.value.toNumber()).toBe(1.5);
    d = setItem(setItem(setItem(d, 2, 'I2-L1-01', 'missing'), 2, 'I2-L1-02', 'missing'), 2, 'I2-L2-01', 'missing');
    expect(d.indicators[2]).toBeUndefined();
  });

  it('keeps the agency\'s own evidence for an item and only changes its status', () => {
    let d = newDraft('pemdi-2026');
    d = { ...d, indicators: { 1: { value: 2.1, evidence: [{ item: 'I1-L1-01', file: 'perwal-12-2024.pdf', title: 'Perwal', note: 'diunggah' }, { title: 'lain', url: 'https://x.invalid/' }] } } };
    d = setItem(d, 1, 'I1-L1-01', 'diterima');
    expect(d.indicators[1]).toEqual({ evidence: [{ item: 'I1-L1-01', file: 'perwal-12-2024.pdf', title: 'Perwal', note: 'diunggah', status: 'diterima' }, { title: 'lain', url: 'https://x.invalid/' }] });
    d = setItem(d, 1, 'I1-L1-01', 'pending');
    expect(d.indicators[1]!.evidence![0]).not.toHaveProperty('status');
  });

  it('sets external values and reads 1,00–5,00 with comma or point', () => {
    expect(setValue(newDraft('pemdi-2026'), 5, 3.25).indicators[5]).toEqual({ value: 3.25 });
    expect(setValue(setValue(newDraft('pemdi-2026'), 5, 3), 5, null).indicators[5]).toBeUndefined();
    expect(['3', '3,25', '3.5', '5', '1,00', '', ' 4 '].map(parseValue)).toEqual([3, 3.25, 3.5, 5, 1, null, 4]);
    expect(['0,99', '5,01', '6', '3,255', 'tiga', '3,', '-1'].map(parseValue)).toEqual(Array(7).fill('invalid'));
  });

  it('checks agency and year before saving or exporting', () => {
    const d = newDraft('spbe-2020', { name: 'Pemerintah Kota Contoh' });
    expect(draftProblems(d)).toEqual([]);
    expect(draftProblems({ ...d, agency: { name: '  ' }, year: '2020' })).toEqual(['agencyRequired', 'yearInvalid']);
    expect(draftProblems({ ...d, year: '20x5' })).toEqual(['yearInvalid']);
  });
});
