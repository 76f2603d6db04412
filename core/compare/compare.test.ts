import { frameworks } from '../frameworks/index.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../types.ts';
import { parseDecimal } from '../rational.ts';
import { compare, staleEvidence } from './compare.ts';
import { orderNote } from './order-note.ts';
import { lastFromAssessment } from './last-result.ts';
import { lastFromTauvalApi } from './tauval-api.ts';
import { lastFromReportText, guessFramework, reportYear } from './report-text.ts';
import { readLast } from './read-last.ts';
import { compareJson } from '../report/compare-json.ts';
import { compareText } from '../report/compare-text.ts';
import { roundedHalfUp } from '../format/number.ts';

const spbe2025 = JSON.parse(readFileSync('examples/kota-contoh-spbe-2025.json', 'utf8')) as Assessment;
const pemdi2026 = JSON.parse(readFileSync('examples/kota-contoh-pemdi-2026.json', 'utf8')) as Assessment;
const withLevels = (a: Assessment, f: (n: number, l: number) => number, extra: Partial<Assessment> = {}): Assessment => ({
  ...a, ...extra, indicators: Object.fromEntries(Object.entries(a.indicators).map(([k, v]) => [k, { level: f(Number(k), v.level!) }])),
});

describe('same framework', () => {
  const last = lastFromAssessment(withLevels(spbe2025, (n, l) => (n === 5 ? Math.min(5, l + 1) : n === 7 ? l - 1 : l), { year: 2024, stage: 'akhir' }));
  const c = compare(last, spbe2025);
  it('gives per indicator up, down, same, with regressions first', () => {
    if (c.kind !== 'same') throw new Error('expected same');
    expect(c.indicators[0]).toMatchObject({ id: 5, change: 'down' });
    expect(c.indicators[0]!.delta!.toNumber()).toBe(-1);
    expect(c.indicators.find((r) => r.id === 7)).toMatchObject({ change: 'up' });
    expect(c.indicators.find((r) => r.id === 1)).toMatchObject({ change: 'same' });
    expect(c.belowLastYear).toBe(1);
  });
  it('gives the index delta, and each predicate then and now', () => {
    if (c.kind !== 'same') throw new Error('expected same');
    // Indicator 5 (weight 1,3) lost one level and 7 (1,3) gained one: the index is unchanged.
    expect(c.indexDelta!.isZero()).toBe(true);
    expect(c.last.predicate!.name).toBe('Baik');
    const j = compareJson(c) as { last: { index: number }; current: { predicate: string }; indicators: { id: number; last: number; current: number; delta: number }[] };
    expect(j.indicators[0]).toMatchObject({ id: 5, delta: -1 });
    expect(j.current.predicate).toBe('Baik');
  });
  it('compares like with like: a partial index is not set against last year\'s full index', () => {
    const partial: Assessment = { ...spbe2025, indicators: { 1: { level: 3 }, 2: { level: 3 }, 3: { level: 3 } } };
    const r = compare(last, partial);
    if (r.kind !== 'same') throw new Error('expected same');
    expect(r.indexDelta).toBeNull();
    // The change of the figures as published: both indices at two decimals.
    expect(r.finalDelta!.eq(roundedHalfUp(r.current.final!.index, 2).sub(roundedHalfUp(last.index!, 2)))).toBe(true);
    const text = compareText(r, 'id');
    expect(text).toContain('indeks indikator terisi (3/47 terisi) 3,00, Baik');
    expect(text).toMatch(/indeks akhir bila 44 indikator lainnya tetap 1,00: 1,\d\d, Kurang/);
    expect(text).toContain('Perubahan indeks tidak dihitung langsung: tahun ini baru 3 dari 47 indikator terisi.');
    expect(compareJson(r)).toMatchObject({ indexDelta: null, current: { indexBasis: 'filled', final: { basis: 'missing-at-floor', predicate: 'Kurang' } } });
  });
  it('marks indicators filled only this year as new, and missing ones', () => {
    const partialLast = lastFromAssessment({ ...spbe2025, year: 2024, stage: 'akhir', indicators: { 1: { level: 2 } } });
    const r = compare(partialLast, { ...spbe2025, indicators: { 2: { level: 3 } } });
    if (r.kind !== 'same') throw new Error('expected same');
    expect(r.indicators.map((x) => [x.id, x.change])).toEqual([[1, 'missing'], [2, 'new']]);
    expect(partialLast.index).toBeNull();
    expect(partialLast.notes[0]!.en).toContain('only 1 of 47');
  });
  it('finds evidence that was fine last year but is too old now', () => {
    const cur: Assessment = { ...spbe2025, year: 2025, indicators: { 12: { level: 4, evidence: [
      { title: 'Reviu Peta Rencana 2022', file: '12.c.Reviu.pdf', kind: 'reviu', date: '2022-11-30', levels: [4] },
      { title: 'Reviu 2021', file: '12.d.Reviu.pdf', kind: 'reviu', date: '2021-06-01', levels: [4] },
      { title: 'Reviu 2023', file: '12.e.Reviu.pdf', kind: 'reviu', date: '2023-01-01', levels: [4] },
      { title: 'Reviu September 2023', file: '12.f.Reviu.pdf', kind: 'reviu', date: '2023-09-01', levels: [4] },
    ] } } };
    // Reference dates 2024-10-01 and 2025-08-18 (framework data): valid when dated after 2022-10-01 and 2023-08-18.
    expect(staleEvidence(cur, 2024, frameworks['spbe-2020']).map((s) => [s.date, s.validAfter])).toEqual([['2022-11-30', '2023-08-18'], ['2023-01-01', '2023-08-18']]);
    // In the text: where it is as a person counts, not as a JSON Pointer.
    const text = compareText(compare(lastFromAssessment({ ...spbe2025, year: 2024, stage: 'akhir' }), cur), 'id');
    expect(text).toContain('  Indikator 12, bukti #1: reviu "Reviu Peta Rencana 2022" 2022-11-30 (berlaku bila sesudah 2023-08-18)');
    expect(text).not.toContain('/indicators/');
  });
});

describe('estimates', () => {
  it('marks the side built on the Pemdi estimate, in text and JSON', () => {
    const lastPemdi = lastFromAssessment({ ...pemdi2026, year: 2026, stage: 'akhir' });
    const r = compare(lastPemdi, { ...pemdi2026, year: 2027 });
    expect([r.last.estimated, r.current.estimated]).toEqual([true, true]);
    expect(compareJson(r)).toMatchObject({ last: { estimated: true }, current: { estimated: true } });
    expect(compareText(r, 'en')).toMatch(/Index 2\.\d\d \* \(estimate\)/);
    const spbeOnly = compare(lastFromAssessment({ ...spbe2025, year: 2024, stage: 'akhir' }), spbe2025);
    expect(compareJson(spbeOnly)).toMatchObject({ last: { estimated: false }, current: { estimated: false } });
  });
  it('marks the change between estimates as an estimate too, and only then', () => {
    const r = compare(lastFromAssessment({ ...pemdi2026, year: 2026, stage: 'akhir' }), { ...pemdi2026, year: 2027 });
    expect(compareText(r, 'id')).toMatch(/^Perubahan indeks: [+-]?\d,\d\d \*$/m);
    const spbeOnly = compare(lastFromAssessment({ ...spbe2025, year: 2024, stage: 'akhir' }), spbe2025);
    expect(compareText(spbeOnly, 'id')).toMatch(/^Perubahan indeks: \+0,00$/m);
  });
});

describe('values compared as published', () => {
  // Last year's official values, two decimals (eval.spbe.go.id): indicator 12 at 2,17.
  const official = (over: Record<string, number>) => lastFromAssessment({
    ...pemdi2026, year: 2026, stage: 'akhir', indicators: Object.fromEntries(Object.entries({ ...Object.fromEntries(pemdi2026Values()), ...over }).map(([k, v]) => [k, { value: v }])),
  });
  function pemdi2026Values(): [string, number][] {
    const s = compare(lastFromAssessment({ ...pemdi2026, year: 2026, stage: 'akhir' }), pemdi2026);
    return s.kind === 'same' ? s.indicators.map((r) => [String(r.id), Math.round(r.current!.toNumber() * 100) / 100]) : [];
  }
  const current = { ...pemdi2026, year: 2027 };
  it('an estimate that reads as last year\'s figure is no change, and no decline is counted for it', () => {
    const r = compare(official({}), current);
    if (r.kind !== 'same') throw new Error('expected same');
    const twelve = r.indicators.find((x) => x.id === 12)!;
    expect(twelve.current!.toNumber()).not.toBe(twelve.last!.toNumber()); // 2,1666… against 2,17
    expect([twelve.change, twelve.delta!.isZero()]).toEqual(['same', true]);
    expect(r.belowLastYear).toBe(0);
  });
  it('the index change too is that of the indices as shown (2,71 to 3,09 is +0,38, not the exact +0,387)', () => {
    const r = compare({ ...official({}), framework: 'spbe-2020', index: parseDecimal('2.705')!, indicators: new Map(), aspects: new Map(), domains: new Map() }, spbe2025);
    if (r.kind !== 'same' || !r.current.index) throw new Error('expected same');
    expect(r.indexDelta!.eq(roundedHalfUp(r.current.index, 2).sub(parseDecimal('2.71')!))).toBe(true);
  });
  it('a change is the difference of the figures shown, and estimates are marked where they stand', () => {
    const r = compare(official({ 12: 2.2 }), current);
    if (r.kind !== 'same') throw new Error('expected same');
    expect(r.indicators[0]).toMatchObject({ id: 12, change: 'down', estimated: true });
    expect(r.indicators[0]!.delta!.toNumber()).toBe(-0.03); // 2,17 shown against 2,20
    expect(compareText(r, 'id')).toMatch(/^ {2}12 .* 2,20 -> {1}2,17\* -0,03 \(turun\)$/m);
    expect((compareJson(r) as { indicators: { id: number; estimated: boolean }[] }).indicators[0]).toMatchObject({ id: 12, estimated: true });
  });
  it('an aspect or domain filled in part this year is shown, not set against last year\'s whole one', () => {
    const last = lastFromAssessment({ ...spbe2025, year: 2024, stage: 'akhir' });
    const rest = Object.fromEntries(Object.entries(spbe2025.indicators).filter(([k]) => k !== '47'));
    const r = compare(last, { ...spbe2025, indicators: rest });
    if (r.kind !== 'same') throw new Error('expected same');
    const aspect = r.aspects.find((a) => a.total! > a.filled!)!;
    expect(aspect).toMatchObject({ change: 'partial', delta: null, filled: aspect.total! - 1 });
    expect(r.domains.find((d) => d.change === 'partial')).toBeDefined();
    expect(compareText(r, 'id')).toContain(`(baru ${aspect.filled} dari ${aspect.total} indikator terisi; tidak dibandingkan)`);
    expect(r.aspects.filter((a) => a.filled === a.total).every((a) => a.change !== 'partial')).toBe(true);
  });
});

describe('the order of the files', () => {
  const last = (year: number) => lastFromAssessment({ ...spbe2025, year, stage: 'akhir' });
  it('notes a "last year" not older than this year: the files given the other way round', () => {
    for (const year of [2025, 2026]) {
      const [note] = orderNote(year, 2025);
      expect(note!.id).toBe(`Berkas tahun lalu (${year}) tidak lebih tua dari berkas tahun ini (2025); periksa urutannya: hasil tahun lalu dulu, lalu berkas tahun ini`);
      const c = compare(last(year), spbe2025);
      const shown = compareText({ ...c, notes: [note!, ...c.notes] }, 'en');
      expect(shown).toContain(`Last year's file (${year}) is not older than this year's (2025)`);
    }
    expect(orderNote(2024, 2025)).toEqual([]);
    expect(orderNote(null, 2025)).toEqual([]);
  });
  it('counts the indicators below last year as indicators, and names them whole or cut at a word', () => {
    const text = compareText(compare(last(2024), spbe2025), 'id');
    expect(text).toMatch(/^Indikator yang turun dibanding tahun lalu: \d+$/m);
    expect(text).not.toMatch(/Elekt /);
    expect(text).toMatch(/Layanan Administrasi Pemerintahan Berbasis…/);
  });
});

describe('across frameworks', () => {
  const c = compare(lastFromAssessment({ ...spbe2025, stage: 'akhir' }), pemdi2026);
  it('shows each index under its own framework and bands, and the crosswalk as related', () => {
    if (c.kind !== 'cross') throw new Error('expected cross');
    expect(c.last.framework.id).toBe('spbe-2020');
    expect(c.current.framework.id).toBe('pemdi-2026');
    expect(c.crosswalk).toHaveLength(20);
    expect(c.crosswalk.find((r) => r.pemdi === 3)!.spbe.map((s) => s.id)).toEqual([25]);
    expect(c.crosswalk.find((r) => r.pemdi === 20)!.spbe).toEqual([]);
  });
  it('never prints a converted index', () => {
    if (c.kind !== 'cross') throw new Error('expected cross');
    const cross = c;
    const j = compareJson(c) as Record<string, unknown>;
    expect(j.converted).toBeNull();
    expect(JSON.stringify(j)).not.toMatch(/"(convertedIndex|estimate|indexDelta|delta)"/);
    for (const locale of ['id', 'en'] as const) {
      const text = compareText(c, locale);
      const numbers = text.match(/\d,\d\d(?!\d)|\d\.\d\d(?!\d)/g) ?? [];
      const allowed = new Set([
        ...[c.last.index!, c.current.index!].map((x) => x.toNumber().toFixed(2)),
        ...cross.crosswalk.flatMap((r) => r.spbe.map((s) => s.last?.toNumber().toFixed(2))),
      ].map((s) => String(s).replace('.', locale === 'id' ? ',' : '.')));
      for (const n of numbers) expect(allowed.has(n), `unexpected number ${n}`).toBe(true);
      expect(text).toContain(locale === 'id' ? 'Tidak ada konversi resmi' : 'There is no official conversion');
    }
  });
});

describe('Tauval API import', () => {
  const record = (kode: string, tahun: string, extra = {}) => ({ kode, tahun, nama_instansi: 'Pemerintah Kota Contoh', nilai: { D2001: '3.1000000000', A2001: '3.1000000000', A2007: '2.8500000000', I2001: '4.0000000000', indeks: '2.5912345678', ...extra } });
  it('reads codes and exact decimals', () => {
    const r = lastFromTauvalApi([record('9999', '2024')]);
    if (!r.ok) throw new Error('expected ok');
    expect(r.result.index!.eq(parseDecimal('2.5912345678')!)).toBe(true);
    expect(r.result.domains.get(1)!.toNumber()).toBe(3.1);
    expect(r.result.aspects.get(7)!.toNumber()).toBe(2.85);
    expect(r.result.indicators.get(1)!.toNumber()).toBe(4);
    expect(r.result.year).toBe(2024);
  });
  it('picks a record by code and year, and says which exist when ambiguous', () => {
    const data = [record('9999', '2023'), record('9999', '2024'), record('1234', '2024')];
    expect(lastFromTauvalApi(data).ok).toBe(false);
    const r = lastFromTauvalApi(data, { code: '9999', year: 2024 });
    expect(r.ok && r.result.year).toBe(2024);
    const bad = lastFromTauvalApi(data, { code: '0000' });
    expect(!bad.ok && bad.reason.en).toContain('9999/2023');
  });
  it('a record without indicator values compares no indicator: none "new", no count of declines, a note saying so', () => {
    const r = lastFromTauvalApi({ kode: '9999', tahun: '2024', nilai: { indeks: '2.71', D2001: '3.10', A2002: '2.50' } });
    if (!r.ok) throw new Error('expected a record');
    const c = compare(r.result, spbe2025);
    if (c.kind !== 'same') throw new Error('expected same');
    expect([c.indicators, c.belowLastYear]).toEqual([[], null]);
    expect(c.aspects.find((a) => a.id === 2)!.last!.toNumber()).toBe(2.5);
    const text = compareText(c, 'id');
    expect(text).not.toContain('Indikator yang turun');
    expect(text).not.toMatch(/^Indikator:$/m);
    expect(text).toContain('tidak memuat nilai per indikator');
  });
  it('notes codes it skips and refuses what is not an API response', () => {
    const r = lastFromTauvalApi(record('9999', '2024', { A2009: '3', D2001: '7', I2048: '2' }));
    expect(r.ok && r.result.notes.map((n) => n.en.split(' ')[1])).toEqual(['"D2001"', '"A2009"', '"I2048"']);
    expect(lastFromTauvalApi({ foo: 1 }).ok).toBe(false);
  });
  it.each(['x', 'NaN', '1e400', 'Infinity'])('refuses a record with a value that is no decimal (%s), as unreadable text', (v) => {
    const r = lastFromTauvalApi(record('9999', '2024', { D2001: v }));
    expect(!r.ok && r.reason.en).toContain('not decimal numbers: D2001');
  });
});

describe('report text import', () => {
  const text = [
    'Laporan Hasil Evaluasi SPBE Tahun 2024', 'Pemerintah Kota Contoh', 'Indeks SPBE : 2,59 (Cukup)',
    'Domain 1 Kebijakan Internal SPBE 3,10', 'Aspek 2 Perencanaan Strategis SPBE 2,50',
    '1. Tingkat Kematangan Kebijakan Internal Arsitektur SPBE 3,00', '2   Kebijakan Internal Peta Rencana SPBE\t2',
    'Indikator 12 Peta Rencana SPBE 4,00', 'Indikator 48 Tidak Ada 2,00', '13 Keterpaduan Rencana 7,5', 'halaman 3',
  ].join('\n');
  const r = lastFromReportText(text);
  it('reads index, domains, aspects and indicators in Indonesian number form', () => {
    expect(r.framework).toBe('spbe-2020');
    expect(r.year).toBe(2024);
    expect(r.agency).toBe('Pemerintah Kota Contoh');
    expect(r.index!.toNumber()).toBe(2.59);
    expect(r.domains.get(1)!.toNumber()).toBe(3.1);
    expect(r.aspects.get(2)!.toNumber()).toBe(2.5);
    expect([...r.indicators].map(([k, v]) => [k, v.toNumber()])).toEqual([[1, 3], [2, 2], [12, 4]]);
  });
  it('reports what it could not read, with line numbers', () => {
    expect(r.notes.map((n) => n.en.slice(0, 7))).toEqual(['Line 9 ', 'Line 10']);
  });
  it('does not take the number ending an indicator\'s own name for its value (SPBE 45-47, "Sektor 1/2/3")', () => {
    const pasted = lastFromReportText(['Indeks SPBE 2,59', '47 Layanan Publik Sektor 3', '1,00', '46 Tingkat Kematangan Layanan Publik Sektor 2 2,00', '45 Sektor 1'].join('\n'));
    expect([...pasted.indicators].map(([k, v]) => [k, v.toNumber()])).toEqual([[46, 2]]);
    expect(pasted.notes.map((n) => n.en.slice(0, 7))).toEqual(['Line 2 ', 'Line 3 ', 'Line 5 ']);
  });
  it('reads "Indikator 12: 2", a line that says it is an indicator without its name', () => {
    const pasted = lastFromReportText(['Indeks SPBE 2,59', 'Indikator 12: 2', 'Indikator 13 3,00', '14: 3'].join('\n'));
    expect([...pasted.indicators].map(([k, v]) => [k, v.toNumber()])).toEqual([[12, 2], [13, 3]]);
    expect(pasted.notes.map((n) => n.en.slice(0, 7))).toEqual(['Line 4 ']);
  });
  it('an SPBE indicator\'s value is a whole level: "2,5" is unread, "3,00" is 3', () => {
    const pasted = lastFromReportText(['Indeks SPBE 2,59', 'Indikator 14: 2,5', 'Indikator 13 3,00'].join('\n'));
    expect([...pasted.indicators].map(([k, v]) => [k, v.toNumber()])).toEqual([[13, 3]]);
    expect(pasted.notes.map((n) => n.en)).toEqual(['Line 2 could not be read: "Indikator 14: 2,5"']);
  });
  it('cuts a long unread line with an ellipsis', () => {
    const long = `Catatan ${'x'.repeat(100)} 77`;
    expect(lastFromReportText(`Indeks SPBE 2,59\n${long}`).notes[0]!.en).toBe(`Line 2 could not be read: "${long.slice(0, 79)}…"`);
  });
  it('takes the evaluation year, not the year of the regulation it cites', () => {
    expect(reportYear('Berdasarkan Peraturan Menteri PANRB Nomor 59 Tahun 2020\nTahun Evaluasi 2024\nIndeks 2,59')).toBe(2024);
    expect(reportYear('Sesuai PermenPANRB 59/2020, hasil penilaian:\nPemerintah Kota Contoh 2024')).toBe(2024);
    expect(reportYear('Laporan Hasil Evaluasi SPBE Tahun 2023 (PermenPANRB Nomor 59 Tahun 2020)')).toBe(2023);
    expect(reportYear('Peraturan Menteri PANRB Nomor 59 Tahun 2020')).toBe(null);
  });
  it('guesses the framework from the wording', () => {
    expect(guessFramework('Hasil Evaluasi Kinerja Pemerintah Digital 2026')).toBe('pemdi-2026');
  });
  it('refuses text with nothing to read', () => {
    const none = readLast('halo\ndunia', 'x.txt');
    expect(none.ok).toBe(false);
  });
});

describe('readLast', () => {
  it('tells the three kinds apart', () => {
    expect(readLast(JSON.stringify(spbe2025), 'a.json')).toMatchObject({ ok: true, result: { source: 'assessment' } });
    expect(readLast(JSON.stringify([{ kode: '1', tahun: '2024', nilai: { indeks: '2.5' } }]), 'a.json')).toMatchObject({ ok: true, result: { source: 'tauval-api' } });
    expect(readLast('Indeks SPBE 2,59', 'a.txt')).toMatchObject({ ok: true, result: { source: 'report-text' } });
  });
  it('reports a broken assessment with positions', () => {
    const r = readLast('{ "framework": "spbe-2020", "year": }', 'a.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.diagnostics![0]!.range.start.character).toBeGreaterThan(0);
  });
});
