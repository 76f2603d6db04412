import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLastResult, saveLastResult, listLastResults } from './last-year.ts';
import { lastFromTauvalApi } from '../../core/compare/tauval-api.ts';
import { lastFromReportText } from '../../core/compare/report-text.ts';
import type { Scope } from './scope.ts';

const agency = { name: 'Pemerintah Kota Contoh', code: '9999' };
const scope = (year: number): Scope => ({ framework: 'spbe-2020', year, agency });
beforeEach(() => fakeBrowser.reset());

describe('last year store', () => {
  it('round-trips a result exactly and picks the latest year before the scope', async () => {
    const api = lastFromTauvalApi({ kode: '9999', tahun: '2024', nilai: { A2001: '3.1234567891', indeks: '2.5912345678' } });
    if (!api.ok) throw new Error('api');
    await saveLastResult(agency, api.result);
    await saveLastResult(agency, lastFromReportText('Indeks SPBE 2,00', { year: 2022 }));
    const r = (await loadLastResult(scope(2025)))!;
    expect(r.year).toBe(2024);
    expect(r.index!.eq(api.result.index!)).toBe(true);
    expect(r.aspects.get(1)!.eq(api.result.aspects.get(1)!)).toBe(true);
    expect((await loadLastResult(scope(2024)))!.year).toBe(2022);
    expect(await loadLastResult(scope(2022))).toBeNull();
    expect(await listLastResults()).toHaveLength(2);
  });
  it('serves a 2025 SPBE result to a 2026 Pemdi scope (compared side by side, never converted)', async () => {
    await saveLastResult(agency, lastFromReportText('Indeks SPBE 3,10', { year: 2025 }));
    const r = await loadLastResult({ framework: 'pemdi-2026', year: 2026, agency });
    expect(r!.framework).toBe('spbe-2020');
  });
});
