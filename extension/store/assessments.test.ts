import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { deleteScope, listScopes, loadScope, recordProblem, saveIndicator, toAssessment, watchScope } from './assessments.ts';
import { readFileSync } from 'node:fs';
import { importAssessmentText } from './import.ts';
import { indicatorKey, type Scope } from './scope.ts';
import { lintText } from '../../core/lint/lint.ts';

const scope: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh', code: '9901' } };
beforeEach(() => fakeBrowser.reset());

describe('assessment store', () => {
  it('remembers indicators per scope and exports them as an assessment file', async () => {
    await saveIndicator(scope, 12, { level: 3 }, 1000);
    await saveIndicator(scope, 1, { level: 2 }, 1001);
    await saveIndicator({ ...scope, year: 2024 }, 5, { level: 4 }, 1002);
    const data = await loadScope(scope);
    expect(data.entries).toEqual({ 1: { level: 2 }, 12: { level: 3 } });
    const a = toAssessment(data);
    expect(Object.keys(a.indicators)).toEqual(['1', '12']);
    expect(lintText(JSON.stringify(a, null, 2), 'export.json').diagnostics.filter((d) => d.ruleId === 'schema')).toEqual([]);
  });
  it('newest reading wins per indicator; an older write never replaces a newer one', async () => {
    expect(await saveIndicator(scope, 12, { level: 3 }, 2000)).toBe(true);
    expect(await saveIndicator(scope, 12, { level: 1 }, 1500)).toBe(false);
    expect(await saveIndicator(scope, 12, { level: 4 }, 2500)).toBe(true);
    expect((await loadScope(scope)).entries[12]).toEqual({ level: 4 });
  });
  it('two tabs writing different indicators at once keep both', async () => {
    await Promise.all([saveIndicator(scope, 1, { level: 2 }, 10), saveIndicator(scope, 2, { level: 3 }, 10), saveIndicator(scope, 3, { level: 4 }, 10)]);
    expect(Object.keys((await loadScope(scope)).entries).sort()).toEqual(['1', '2', '3']);
  });
  it('reports a corrupt record and keeps it (never wiped)', async () => {
    await saveIndicator(scope, 1, { level: 2 }, 10);
    const bad = indicatorKey(scope, 2);
    await browser.storage.local.set({ [bad]: { v: 1, scope, indicator: 2, entry: { level: 'tiga' }, updatedAt: 5 } });
    const data = await loadScope(scope);
    expect(data.entries).toEqual({ 1: { level: 2 } });
    expect(data.corrupt.map((c) => c.key)).toEqual([bad]);
    expect((await browser.storage.local.get(bad))[bad]).toBeDefined();
    expect((await listScopes()).corrupt).toHaveLength(1);
  });
  it('lists and deletes scopes', async () => {
    await saveIndicator(scope, 1, { level: 2 }, 10);
    await saveIndicator({ ...scope, framework: 'pemdi-2026', year: 2026 }, 1, {}, 20);
    const { scopes } = await listScopes();
    expect(scopes.map((s) => [s.scope.framework, s.indicators])).toEqual([['pemdi-2026', 1], ['spbe-2020', 1]]);
    expect(await deleteScope(scope)).toBe(1);
    expect((await listScopes()).scopes).toHaveLength(1);
  });
  it('watches a scope for writes from other tabs', async () => {
    const seen: number[] = [];
    const ctl = new AbortController();
    watchScope(scope, (d) => seen.push(Object.keys(d.entries).length), ctl.signal);
    await saveIndicator(scope, 1, { level: 2 }, 10);
    await new Promise((r) => setTimeout(r, 10));
    ctl.abort();
    await saveIndicator(scope, 2, { level: 2 }, 11);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([1]);
  });
});

describe('validation of stored records on read', () => {
  const record = (entry: unknown) => ({ v: 1, scope, indicator: 1, entry, updatedAt: 1 });
  it('accepts every entry of the example assessments', () => {
    for (const f of ['examples/kota-contoh-spbe-2025.json', 'examples/kota-contoh-pemdi-2026.json']) {
      const a = JSON.parse(readFileSync(f, 'utf8'));
      for (const e of Object.values(a.indicators)) expect(recordProblem(record(e))).toBeNull();
    }
  });
  it.each([
    [{ level: 'tiga' }], [{ level: 9 }], [{ evidence: [{ title: 'tanpa berkas' }] }], [{ evidence: [{ file: 'a.pdf', date: '2024/01/01' }] }], [{ levle: 2 }],
  ])('reports %j', (entry) => {
    expect(recordProblem(record(entry))).toMatch(/invalid entry/);
  });
});

describe('import', () => {
  const file = (indicators: Record<string, unknown>) => JSON.stringify({ framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh', code: '9901' }, stage: 'akhir', indicators });
  it('fills indicators not yet visited and keeps the remembered ones', async () => {
    await saveIndicator(scope, 1, { level: 4 }, 10);
    const r = await importAssessmentText(file({ 1: { level: 2 }, 2: { level: 3 } }), 'x.json', { now: 20 });
    expect(r).toMatchObject({ ok: true, imported: [2], kept: [1] });
    expect((await loadScope(scope)).entries).toEqual({ 1: { level: 4 }, 2: { level: 3 } });
  });
  it('overwrites when asked', async () => {
    await saveIndicator(scope, 1, { level: 4 }, 10_000);
    await importAssessmentText(file({ 1: { level: 2 } }), 'x.json', { overwrite: true, now: 20 });
    expect((await loadScope(scope)).entries[1]).toEqual({ level: 2 });
  });
  it('refuses an invalid file with positioned reasons and changes nothing', async () => {
    const r = await importAssessmentText('{ "framework": "spbe-2020", ', 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.range.start.line).toBe(0);
    expect((await listScopes()).scopes).toEqual([]);
  });
});
