// The stored assessments: one item per scope, written one change at a time
// by the background, validated on read, never lost to a refused write; and
// version one's per-indicator records moved into them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { readFileSync } from 'node:fs';
import { listScopes, loadScope, toAssessment } from './assessments.ts';
import { entryProblem, readAllScopes, scopeItem } from './records.ts';
import { deleteRecords, deleteScope, mergeScopes, removeIndicators, saveReadings, StoreError, MAX_SCOPE_BYTES } from './writer.ts';
import { migrateLegacyRecords } from './migrate-legacy.ts';
import { LEGACY_PREFIX, agencyKey, matchingScopes, sameAgency, scopeKey, type Scope } from './scope.ts';
import { lintText } from '../../core/lint/lint.ts';

const scope: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh', code: '9901' } };
const reading = (indicator: number, entry: object, at: number) => ({ indicator, entry, at, source: 'portal' as const });
beforeEach(() => fakeBrowser.reset());

describe('writing a scope', () => {
  it('remembers indicators per scope and exports them as an assessment file', async () => {
    await saveReadings(scope, [reading(12, { level: 3 }, 1000), reading(1, { level: 2 }, 1001)]);
    await saveReadings({ ...scope, year: 2024 }, [reading(5, { level: 4 }, 1002)]);
    const data = await loadScope(scope);
    expect(data.entries).toEqual({ 1: { level: 2 }, 12: { level: 3 } });
    const a = toAssessment(data);
    expect(Object.keys(a.indicators)).toEqual(['1', '12']);
    expect(lintText(JSON.stringify(a, null, 2), 'export.json').diagnostics.filter((d) => d.ruleId === 'schema')).toEqual([]);
  });

  it('newest reading wins per indicator; an older reading never replaces a newer one; an equal one writes nothing', async () => {
    expect(await saveReadings(scope, [reading(12, { level: 3 }, 2000)])).toMatchObject({ written: [12] });
    expect(await saveReadings(scope, [reading(12, { level: 1 }, 1500)])).toMatchObject({ written: [], newer: [12] });
    expect(await saveReadings(scope, [reading(12, { level: 3 }, 3000)])).toMatchObject({ written: [], unchanged: [12] });
    expect(await saveReadings(scope, [reading(12, { level: 4 }, 2500)])).toMatchObject({ written: [12] });
    expect((await loadScope(scope)).entries[12]).toEqual({ level: 4 });
  });

  it('an overwrite wins over a newer stored reading', async () => {
    await saveReadings(scope, [reading(1, { level: 4 }, 10_000)]);
    await saveReadings(scope, [{ ...reading(1, { level: 2 }, 20), source: 'import' }], { overwrite: true });
    expect((await loadScope(scope)).entries[1]).toEqual({ level: 2 });
  });

  it('changes of one scope made at once keep every indicator (one change at a time)', async () => {
    await Promise.all([1, 2, 3].map((n) => saveReadings(scope, [reading(n, { level: 2 }, 10)])));
    expect(Object.keys((await loadScope(scope)).entries).sort()).toEqual(['1', '2', '3']);
  });

  it('refuses a scope over the size limit and keeps what was stored', async () => {
    await saveReadings(scope, [reading(1, { level: 2 }, 10)]);
    const huge = { level: 3, explanation: 'x'.repeat(MAX_SCOPE_BYTES) };
    await expect(saveReadings(scope, [reading(2, huge, 20)])).rejects.toMatchObject({ code: 'tooLarge' });
    expect((await loadScope(scope)).entries).toEqual({ 1: { level: 2 } });
  });

  it('a write the browser refuses (quota) changes nothing and says so', async () => {
    await saveReadings(scope, [reading(1, { level: 2 }, 10)]);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const e = await saveReadings(scope, [reading(2, { level: 3 }, 20)]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect(e).toMatchObject({ code: 'quota' });
    expect((await loadScope(scope)).entries).toEqual({ 1: { level: 2 } });
  });

  it('removes indicators, deletes a scope, and merges one scope into another (newest wins)', async () => {
    const other: Scope = { ...scope, agency: { name: 'Pemerintah Kota Contoh' } };
    await saveReadings(scope, [reading(1, { level: 2 }, 10), reading(2, { level: 3 }, 10)]);
    await saveReadings(other, [reading(2, { level: 5 }, 5), reading(3, { level: 1 }, 5)]);
    expect(await mergeScopes(scope, other)).toMatchObject({ written: [1, 2] });
    expect((await loadScope(other)).entries).toEqual({ 1: { level: 2 }, 2: { level: 3 }, 3: { level: 1 } });
    expect((await listScopes()).scopes.map((s) => scopeKey(s.scope))).toEqual([scopeKey(other)]);
    expect(await removeIndicators(other, [3, 9])).toEqual([3]);
    expect(await deleteScope(other)).toBe(2);
    expect((await listScopes()).scopes).toEqual([]);
  });
});

describe('reading a scope', () => {
  it('reports a corrupt indicator record with its reason and keeps it (never wiped), until deleted on request', async () => {
    await saveReadings(scope, [reading(1, { level: 2 }, 10)]);
    const item = scopeItem(scope);
    const raw = (await item.getValue())!;
    await item.setValue({ ...raw, indicators: { ...raw.indicators, 2: { entry: { level: 'tiga' } as never, at: 5, source: 'portal' } } });
    const data = await loadScope(scope);
    expect(data.entries).toEqual({ 1: { level: 2 } });
    expect(data.corrupt.map((c) => c.key)).toEqual([`${scopeKey(scope)}#2`]);
    expect(data.corrupt[0]!.reason.id).toMatch(/isian indikator tidak valid/);
    expect((await scopeItem(scope).getValue())!.indicators[2]).toBeDefined();
    expect((await listScopes()).corrupt).toHaveLength(1);
    expect(await deleteRecords([`${scopeKey(scope)}#2`])).toBe(1);
    expect((await readAllScopes()).corrupt).toEqual([]);
    expect((await loadScope(scope)).entries).toEqual({ 1: { level: 2 } });
  });

  it('accepts every entry of the example assessments', () => {
    for (const f of ['examples/kota-contoh-spbe-2025.json', 'examples/kota-contoh-pemdi-2026.json']) {
      const a = JSON.parse(readFileSync(f, 'utf8'));
      for (const e of Object.values(a.indicators)) expect(entryProblem(e)).toBeNull();
    }
  });

  it.each([[{ level: 'tiga' }], [{ level: 9 }], [{ evidence: [{ title: 'tanpa berkas' }] }], [{ evidence: [{ file: 'a.pdf', date: '2024/01/01' }] }], [{ levle: 2 }]])('reports %j', (entry) => {
    expect(entryProblem(entry)!.en).toMatch(/invalid indicator entry/);
  });
});

describe('one agency, several spellings', () => {
  it('is the same agency by name (case, accents, punctuation aside) or by code', () => {
    expect(sameAgency({ name: 'Pemerintah Kota Contoh' }, { name: 'PEMERINTAH  KOTA CONTOH', code: '9999' })).toBe(true);
    expect(sameAgency({ name: 'Pemkot Contoh', code: '9999' }, { name: 'Pemerintah Kota Contoh', code: '9999' })).toBe(true);
    expect(sameAgency({ name: 'Pemerintah Kota Contoh' }, { name: 'Pemerintah Kota Lain' })).toBe(false);
  });
  it('finds the stored scopes of the same agency, framework and year, the exact one first', () => {
    const portal = { scope: { ...scope, agency: { name: 'Pemerintah Kota Contoh' } } };
    const file = { scope };
    const lastYear = { scope: { ...scope, year: 2024 } };
    expect(matchingScopes(file.scope, [portal, lastYear, file])).toEqual([file, portal]);
  });
});

describe('moving version one\'s records', () => {
  const legacyKey = (s: Scope, n: number) => `${LEGACY_PREFIX}${s.framework}:${s.year}:${agencyKey(s.agency)}:${n}`;
  const legacy = (s: Scope, n: number, entry: unknown, updatedAt: number) => ({ [legacyKey(s, n)]: { v: 1, scope: s, indicator: n, entry, updatedAt, source: 'portal' } });

  it('moves every readable record into its scope (newest wins), leaves a corrupt one where it is, and does it once', async () => {
    await saveReadings(scope, [reading(1, { level: 5 }, 50)]);
    await browser.storage.local.set({ ...legacy(scope, 1, { level: 2 }, 10), ...legacy(scope, 2, { level: 3 }, 20), ...legacy(scope, 3, { level: 'tiga' }, 30) });
    expect(await migrateLegacyRecords()).toEqual({ moved: 2, left: 1 });
    expect((await loadScope(scope)).entries).toEqual({ 1: { level: 5 }, 2: { level: 3 } });
    const all = await browser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith(LEGACY_PREFIX))).toEqual([legacyKey(scope, 3)]);
    const { corrupt } = await readAllScopes();
    expect(corrupt.map((c) => c.key)).toEqual([legacyKey(scope, 3)]);
    expect(await migrateLegacyRecords()).toEqual({ moved: 0, left: 1 });
  });

  it('keeps the records of a scope that does not fit, for export', async () => {
    await browser.storage.local.set(legacy(scope, 1, { level: 2, explanation: 'x'.repeat(MAX_SCOPE_BYTES) }, 10));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await migrateLegacyRecords()).toEqual({ moved: 0, left: 1 });
    expect(Object.keys(await browser.storage.local.get(null))).toContain(legacyKey(scope, 1));
  });
});
