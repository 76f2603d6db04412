/** @vitest-environment happy-dom */
// Each overlay feature on its own: what it includes, what it mounts, and that
// aborting its signal removes everything it added (no leftovers on navigation).
import { beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { features } from './index.ts';
import { LiveState } from '../content/live-state.ts';
import type { PortalPage, TauvalIndicatorPage } from '../portal/types.ts';
import type { Scope } from '../store/scope.ts';
import { frameworks } from '../../core/frameworks/index.ts';
import { overlayMessages } from '../i18n/overlay.ts';
import { DEFAULT_SETTINGS } from '../store/settings.ts';
import type { Link } from '../live/client.ts';

const scope: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' } };
const context = { framework: 'spbe-2020' as const, agency: scope.agency.name, agencyCode: null, year: 2025 };

function indicatorPage(level: number | null): TauvalIndicatorPage {
  document.body.innerHTML = '<h3 id="t">Indikator 12</h3><form><input type="radio" name="capaian" value="3"></form>';
  const radio = document.querySelector('input') as HTMLInputElement;
  return {
    kind: 'tauval-indicator', context, indicator: 12, level, explanation: '', notes: {}, evidence: [], anchor: document.getElementById('t')!,
    radios: new Map([1, 2, 3, 4, 5].map((l) => [l, radio])), rows: new Map([1, 2, 3, 4, 5].map((l) => [l, radio])), noteFields: new Map(),
  };
}

/** A link that answers as the background would for a scope with indicator 1 saved at level 4, and records what it is told. */
function link(sent: string[] = []): Link {
  return {
    request: (async (m: { t: string }) => { sent.push(m.t); return m.t === 'check' ? [] : null; }) as Link['request'],
    onPush: () => undefined,
  };
}

function state(page: PortalPage, sent?: string[]) {
  return new LiveState(page, {
    scope, framework: frameworks['spbe-2020'], text: overlayMessages, settings: DEFAULT_SETTINGS,
    saved: { entries: { 1: { level: 4 } }, at: { 1: 1 }, corrupt: 0 }, drafts: {}, last: null,
  }, link(sent), 10);
}

beforeEach(() => fakeBrowser.reset());

describe('overlay features', () => {
  it('registers every feature file, each with a unique id', () => {
    const files = readdirSync('extension/features').filter((f) => /\.tsx?$/.test(f) && !/\.test\.|^(index|feature)\.ts$/.test(f));
    expect(features.map((f) => f.id).sort()).toEqual(files.map((f) => f.replace(/\.tsx?$/, '')).sort());
  });

  it('runs on each kind of page only the features that page has a use for', () => {
    const on = (page: PortalPage) => features.filter((f) => f.include(page)).map((f) => f.id).sort();
    expect(on({ kind: 'tauval-indicator-list', context, rows: [], anchor: null })).toEqual(['read-list', 'running-panel']);
    expect(on({ kind: 'eval-indicator-list', context: { ...context, framework: 'pemdi-2026' } })).toEqual(['running-panel']);
    expect(on({ kind: 'tauval-assessor', context, indicator: 1, em: 3, de: null, int: null, capaian: 2, anchor: document.body })).toEqual([]); // its levels are shown by the popup and the side panel (extension/pages/shared/assessor-note.tsx)
    expect(on(indicatorPage(3))).toEqual(['evidence-checks', 'indicator-preview', 'running-panel', 'upload-check']);
  });

  it.each(['indicator-preview', 'evidence-checks', 'running-panel'])('%s mounts its host and removes it on abort', (id) => {
    const st = state(indicatorPage(3));
    const f = features.find((x) => x.id === id)!;
    const ctl = new AbortController();
    f.init({ state: st, signal: ctl.signal });
    const tag = { 'indicator-preview': 'spbe-lens-indicator', 'evidence-checks': 'spbe-lens-checks', 'running-panel': 'spbe-lens-panel' }[id]!;
    const host = document.querySelector(tag)!;
    expect(host.shadowRoot!.textContent!.length).toBeGreaterThan(0);
    ctl.abort();
    expect(document.querySelector(tag)).toBeNull();
    expect(document.querySelector('style[data-spbe-lens]')).toBeNull(); // the panel's reserved room goes too
  });

  it('indicator-preview: weight, value, contribution and next step, in a labelled group', () => {
    const st = state(indicatorPage(3));
    const ctl = new AbortController();
    features.find((f) => f.id === 'indicator-preview')!.init({ state: st, signal: ctl.signal });
    const root = document.querySelector('spbe-lens-indicator')!.shadowRoot!;
    expect(root.querySelector('[role=group]')!.getAttribute('aria-label')).toBe('SPBE Lens, indikator 12');
    expect(root.textContent).toMatch(/Bobot 2,50%.*Nilai 3,00.*Kontribusi 0,075.*pada indeks akhir\): tingkat 4 \+0,03/);
    ctl.abort();
  });

  it('evidence-checks: shows the findings the background gave for the page', () => {
    const st = state(indicatorPage(3));
    const finding = (pointer: string) => ({ ruleId: 'level-needs-evidence', severity: 'error' as const, pointer, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: { id: pointer, en: pointer } });
    st.checks = [finding('/indicators/12/level'), finding('/indicators/12')];
    const ctl = new AbortController();
    features.find((f) => f.id === 'evidence-checks')!.init({ state: st, signal: ctl.signal });
    expect(document.querySelector('spbe-lens-checks')!.getAttribute('data-count')).toBe('2');
    ctl.abort();
  });

  it('running-panel: index of what is filled, and the contract attributes', () => {
    const st = state(indicatorPage(2));
    const ctl = new AbortController();
    features.find((f) => f.id === 'running-panel')!.init({ state: st, signal: ctl.signal });
    const host = document.querySelector('spbe-lens-panel')!;
    // Indicator 1 (1,3 %) at 4 and 12 (2,5 %) at 2: (5,2 + 5) / 3,8
    expect(Number(host.getAttribute('data-index'))).toBeCloseTo(10.2 / 3.8, 12);
    expect(host.getAttribute('data-filled')).toBe('2');
    expect(host.getAttribute('data-predicate')).toBe('Baik');
    ctl.abort();
  });

  it('read-list: files the list\'s levels once, and again only when the list shows others', () => {
    const sent: string[] = [];
    const page = { kind: 'tauval-indicator-list' as const, context, rows: [{ indicator: 1, level: 3 }], anchor: null };
    const st = state(page, sent);
    const ctl = new AbortController();
    features.find((f) => f.id === 'read-list')!.init({ state: st, signal: ctl.signal });
    st.setPage(page, 'portal');
    expect(sent.filter((t) => t === 'list')).toHaveLength(1);
    st.setPage({ ...page, rows: [{ indicator: 1, level: 4 }] }, 'portal');
    expect(sent.filter((t) => t === 'list')).toHaveLength(2);
    ctl.abort();
  });
});
