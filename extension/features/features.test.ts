/** @vitest-environment happy-dom */
// Each overlay feature on its own: what it includes, what it mounts, and that
// aborting its signal removes everything it added (no leftovers on navigation).
import { beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { features } from './index.ts';
import { LiveState } from '../content/live-state.ts';
import type { TauvalIndicatorPage, ListPage } from '../portal/types.ts';
import type { Scope } from '../store/scope.ts';
import { loadScope } from '../store/assessments.ts';
import { LiveSession, viewOf } from '../live/session.ts';

const scope: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' } };

function indicatorPage(level: number | null): TauvalIndicatorPage {
  document.body.innerHTML = '<h3 id="t">Indikator 12</h3><form><input type="radio" name="capaian" value="3"></form>';
  return {
    kind: 'tauval-indicator', context: { framework: 'spbe-2020', agency: scope.agency.name, agencyCode: null, year: 2025 },
    indicator: 12, level, explanation: '', notes: {}, evidence: [], anchor: document.getElementById('t')!, radios: new Map(), rows: new Map(), noteFields: new Map(),
  };
}

// The view the background would send for indicator 1 remembered at level 4 and
// this page; saves go to a real session (on fake-browser storage).
function state(page: TauvalIndicatorPage | ListPage, level: number | null) {
  const current = page.kind === 'tauval-indicator' ? { indicator: 12, entry: level ? { level } : {} } : null;
  const view = viewOf({ scope, entries: { 1: { level: 4 } }, updatedAt: { 1: 1 }, corrupt: [] }, current, null);
  const session = new LiveSession(() => {});
  session.handle({ t: 'open', scope, current });
  return new LiveState({ page, scope, current, view, locale: 'id' }, { send: (m) => session.handle(m) });
}

beforeEach(() => fakeBrowser.reset());

describe('overlay features', () => {
  it('registers every feature file, each with a unique id', () => {
    const files = readdirSync('extension/features').filter((f) => /\.tsx?$/.test(f) && !/\.test\.|^(index|feature)\.ts$/.test(f));
    expect(features.map((f) => f.id).sort()).toEqual(files.map((f) => f.replace(/\.tsx?$/, '')).sort());
  });
  it('only the panel runs on list pages', () => {
    const list: ListPage = { kind: 'tauval-indicator-list', context: { framework: 'spbe-2020', agency: null, agencyCode: null, year: null } };
    expect(features.filter((f) => f.include(list)).map((f) => f.id)).toEqual(['running-panel']);
  });
  it.each(['indicator-preview', 'evidence-checks', 'running-panel'])('%s mounts its host and removes it on abort', (id) => {
    const page = indicatorPage(3);
    const st = state(page, 3);
    const f = features.find((x) => x.id === id)!;
    const ctl = new AbortController();
    f.init({ state: st, signal: ctl.signal });
    const tag = { 'indicator-preview': 'spbe-lens-indicator', 'evidence-checks': 'spbe-lens-checks', 'running-panel': 'spbe-lens-panel' }[id]!;
    const host = document.querySelector(tag)!;
    expect(host.shadowRoot!.textContent!.length).toBeGreaterThan(0);
    ctl.abort();
    expect(document.querySelector(tag)).toBeNull();
  });
  it('indicator-preview: weight, value, contribution and next step', () => {
    const st = state(indicatorPage(3), 3);
    const ctl = new AbortController();
    features.find((f) => f.id === 'indicator-preview')!.init({ state: st, signal: ctl.signal });
    const host = document.querySelector('spbe-lens-indicator')!;
    expect(host.shadowRoot!.textContent).toMatch(/Bobot 2,50%.*Nilai 3,00.*Kontribusi 0,075.*tingkat 4 \+0,025/);
    ctl.abort();
  });
  it('evidence-checks: shows only the findings of the page\'s indicator (not 120\'s, not a stale view\'s)', () => {
    const st = state(indicatorPage(3), 3);
    const finding = (pointer: string) => ({ ruleId: 'level-needs-evidence', severity: 'error' as const, pointer, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: { id: pointer, en: pointer } });
    // Findings the view may still hold from the indicator opened before: 1, 120 and 1 written as a prefix of 12.
    st.checks = [finding('/indicators/12/level'), finding('/indicators/120/level'), finding('/indicators/1/level'), finding('/indicators/12')];
    const ctl = new AbortController();
    features.find((f) => f.id === 'evidence-checks')!.init({ state: st, signal: ctl.signal });
    expect(document.querySelector('spbe-lens-checks')!.getAttribute('data-count')).toBe('2');
    ctl.abort();
  });
  it('running-panel: index of what is filled, and the contract attributes', () => {
    const st = state(indicatorPage(2), 2);
    const ctl = new AbortController();
    features.find((f) => f.id === 'running-panel')!.init({ state: st, signal: ctl.signal });
    const host = document.querySelector('spbe-lens-panel')!;
    // Indicator 1 (1,3 %) at 4 and 12 (2,5 %) at 2: (5,2 + 5) / 3,8
    expect(Number(host.getAttribute('data-index'))).toBeCloseTo(10.2 / 3.8, 12);
    expect(host.getAttribute('data-filled')).toBe('2');
    expect(host.getAttribute('data-predicate')).toBe('Baik');
    ctl.abort();
  });
  it('remember-indicator: saves the page\'s indicator after the user stops typing', async () => {
    const st = state(indicatorPage(3), 3);
    const ctl = new AbortController();
    features.find((f) => f.id === 'remember-indicator')!.init({ state: st, signal: ctl.signal });
    ctl.abort(); // flushes at once
    await new Promise((r) => setTimeout(r, 0));
    expect((await loadScope(scope)).entries['12']).toEqual({ level: 3 });
  });
});
