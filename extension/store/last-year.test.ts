// Last year's results: exact values round-trip, the latest year before the
// scope's is the one shown, and a result is the agency's whether it was
// imported with its code or only its name.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastItem, listStoredLast, loadLastResult, toStoredLast } from './last-year.ts';
import { lastFromTauvalApi } from '../../core/compare/tauval-api.ts';
import { lastFromReportText } from '../../core/compare/report-text.ts';
import type { LastResult } from '../../core/compare/last-result.ts';
import type { Scope } from './scope.ts';

const agency = { name: 'Pemerintah Kota Contoh', code: '9999' };
const scope = (year: number, a: Scope['agency'] = agency): Scope => ({ framework: 'spbe-2020', year, agency: a });
const save = (a: Scope['agency'], r: LastResult, year = r.year!) => lastItem(a, year).setValue(toStoredLast(a, r, year));
beforeEach(() => fakeBrowser.reset());

describe('last year store', () => {
  it('round-trips a result exactly and picks the latest year before the scope', async () => {
    const api = lastFromTauvalApi({ kode: '9999', tahun: '2024', nilai: { A2001: '3.1234567891', indeks: '2.5912345678' } });
    if (!api.ok) throw new Error('api');
    await save(agency, api.result);
    await save(agency, lastFromReportText('Indeks SPBE 2,00', { year: 2022 }));
    const r = (await loadLastResult(scope(2025)))!;
    expect(r.year).toBe(2024);
    expect(r.index!.eq(api.result.index!)).toBe(true);
    expect(r.aspects.get(1)!.eq(api.result.aspects.get(1)!)).toBe(true);
    expect((await loadLastResult(scope(2024)))!.year).toBe(2022);
    expect(await loadLastResult(scope(2022))).toBeNull();
    expect(await listStoredLast()).toHaveLength(2);
  });
  it('serves a 2025 SPBE result to a 2026 Pemdi scope (compared side by side, never converted)', async () => {
    await save(agency, lastFromReportText('Indeks SPBE 3,10', { year: 2025 }));
    expect((await loadLastResult({ framework: 'pemdi-2026', year: 2026, agency }))!.framework).toBe('spbe-2020');
  });
  it('finds a result imported with the agency code for a portal page that shows only the name', async () => {
    await save(agency, lastFromReportText('Indeks SPBE 3,10', { year: 2024 }));
    expect((await loadLastResult(scope(2025, { name: 'Pemerintah Kota Contoh' })))!.index!.toNumber()).toBe(3.1);
    expect(await loadLastResult(scope(2025, { name: 'Pemerintah Kota Lain' }))).toBeNull();
  });
});
