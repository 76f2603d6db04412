/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import type { Assessment, FrameworkId, IndicatorEntry } from '../../core/types.ts';
import type { EvalIndicatorPage, TauvalIndicatorPage } from './types.ts';
import { findIndicator, getFramework } from '../../core/frameworks/index.ts';
import { indicatorValue } from '../../core/engine/indicator-value.ts';
import { scoreAssessment } from '../../core/engine/score.ts';
import { loadAssessmentText } from '../../core/assessment/load.ts';
import { Rational } from '../../core/rational.ts';
import { recognise } from './detect.ts';
import { evalEntry, tauvalEntry, toEntry } from './to-entry.ts';
import { loadPage } from './test-fixtures.ts';

function page(u: string): TauvalIndicatorPage | EvalIndicatorPage {
  const { doc, url } = loadPage(u);
  const r = recognise(doc, url);
  if (!r.ok || (r.page.kind !== 'tauval-indicator' && r.page.kind !== 'eval-indicator')) throw new Error(u);
  return r.page;
}
const tauval = (n: number) => page(`https://tauval.spbe.go.id/penilaian-mandiri/indikator/${n}`) as TauvalIndicatorPage;
const pemdi = (n: number) => page(`https://eval.spbe.go.id/penilaian-mandiri/indikator/${n}`) as EvalIndicatorPage;

/** Every indicator page of one portal as an assessment file, as the extension would export it. */
function assessmentOf(framework: FrameworkId, count: number): Assessment {
  const indicators: Record<string, IndicatorEntry> = {};
  let first: TauvalIndicatorPage | EvalIndicatorPage | null = null;
  for (let n = 1; n <= count; n++) {
    const p = framework === 'spbe-2020' ? tauval(n) : pemdi(n);
    first ??= p;
    indicators[String(n)] = toEntry(p);
  }
  return {
    framework, year: first!.context.year!, agency: { name: first!.context.agency! },
    stage: framework === 'spbe-2020' ? 'mandiri' : 'dokumen', indicators,
  };
}

const valueOf = (fw: FrameworkId, n: number, entry: IndicatorEntry) =>
  indicatorValue(getFramework(fw), findIndicator(getFramework(fw), n)!, entry);

describe('tauvalEntry (SPBE)', () => {
  it('keeps level, explanation and evidence of indicator 12; the core values it at its level', () => {
    const p = tauval(12);
    const e = tauvalEntry(p);
    expect(e).toEqual({ level: 3, explanation: p.explanation, evidence: p.evidence });
    expect(valueOf('spbe-2020', 12, e)).toMatchObject({ value: Rational.int(3), basis: 'level' });
  });

  it('leaves an unfilled indicator empty, which the core counts as not filled', () => {
    const e = tauvalEntry(tauval(46));
    expect(e).toEqual({});
    expect(valueOf('spbe-2020', 46, e)).toBeNull();
  });

  it('builds a 2025 assessment the schema accepts (core/assessment/load), with 45 of 47 indicators filled', () => {
    const a = assessmentOf('spbe-2020', 47);
    const loaded = loadAssessmentText(JSON.stringify(a), 'tauval.json');
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.assessment).not.toBeNull();
    const score = scoreAssessment(getFramework('spbe-2020'), a);
    expect([score.filled, score.total]).toEqual([45, 47]);
    expect(a.indicators['30']).toEqual({ level: 1 });
  });
});

describe('evalEntry (Pemdi)', () => {
  it('gives one evidence per uploaded item, keeps revisi, leaves out items without a file', () => {
    const e = evalEntry(pemdi(4));
    expect(e.evidence!.map((x) => x.item)).toEqual(['I4-L1-01', 'I4-L1-02', 'I4-L1-03', 'I4-L2-01', 'I4-L2-02', 'I4-L3-01', 'I4-L3-02', 'I4-L4-01']);
    expect(e.evidence![0]).toEqual({ item: 'I4-L1-01', file: 'SK-Wali-Kota-Tim-Koordinasi-Pemdi-2026.pdf', status: 'diterima', note: 'Keputusan Wali Kota Contoh Nomor 100.3.3.2/45/2026 tentang Tim Koordinasi Pemerintah Digital.' });
    expect(e.evidence![6]).toMatchObject({ item: 'I4-L3-02', status: 'revisi', note: expect.stringMatching(/^Bukti dukung yang diberikan tidak tepat/) });
    expect(e.evidence![7]).toMatchObject({ item: 'I4-L4-01', status: 'revisi', note: 'Otomatis ditolak karena tingkat kematangan sebelumnya ditolak.' });
  });

  it('gives an empty entry for an external-index indicator (I5) and for one with nothing uploaded (I20)', () => {
    expect(evalEntry(pemdi(5))).toEqual({});
    expect(evalEntry(pemdi(20))).toEqual({});
  });

  // Hand computation with the item-share rule (pemdi-2026.json estimate.bands):
  // value = low(L) + accepted(L)/items(L) × (high(L) − low(L)) at the first incomplete level L.
  it.each([
    [1, Rational.int(2), 'L1 1/1 → 1.50; L2 2/4 accepted → 1.50 + 2/4 × 1.00'],
    [4, Rational.int(3), 'L1, L2 complete → 2.50; L3 1/2 → 2.50 + 1/2 × 1.00'],
    [9, Rational.of(5n, 4n), 'L1 1/2 → 1.00 + 1/2 × 0.50'],
    [13, Rational.of(4n, 3n), 'L1 2/3 → 1.00 + 2/3 × 0.50'],
    [19, Rational.int(5), 'all 9 items accepted → 5.00'],
    [20, Rational.int(1), 'nothing accepted → 1.00'],
    [5, Rational.int(1), 'external index → floor 1.00'],
  ])('I%i: the core estimates %s from the read items (%s)', (n, expected) => {
    const v = valueOf('pemdi-2026', n, evalEntry(pemdi(n)))!;
    expect(v.value.cmp(expected)).toBe(0);
  });

  it('builds a 2026 assessment the schema accepts; every indicator scores within 1–5', () => {
    const a = assessmentOf('pemdi-2026', 20);
    const loaded = loadAssessmentText(JSON.stringify(a), 'eval.json');
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.assessment).not.toBeNull();
    const score = scoreAssessment(getFramework('pemdi-2026'), a);
    expect(score.estimated).toBe(true);
    for (const v of score.indicators.values()) expect(v.value.toNumber()).toBeGreaterThanOrEqual(1);
    expect(score.index!.toNumber()).toBeGreaterThan(1);
    expect(score.index!.toNumber()).toBeLessThan(5);
  });
});
