/** @vitest-environment happy-dom */
// What the summary and last year's line say before there is much to say: no
// result made of nothing (1,00 Kurang with nothing filled), and no red drop
// against last year while this year is only begun.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../../core/types.ts';
import { scoreReport } from '../../core/report/score-report.ts';
import { compare } from '../../core/compare/compare.ts';
import { lastFromAssessment } from '../../core/compare/last-result.ts';
import { overlayTr } from '../i18n.ts';
import { Summary } from './summary.tsx';
import { LastYear } from './last-year.tsx';
import { mount, unmountAll } from '../../test/helpers/dom.ts';

const spbe2025 = JSON.parse(readFileSync('examples/kota-contoh-spbe-2025.json', 'utf8')) as Assessment;
const tr = overlayTr('id');
afterEach(unmountAll);

describe('Summary', () => {
  it('with nothing filled: says so, and shows no final index, predicate, gap or steps', () => {
    const root = mount(<Summary report={scoreReport({ ...spbe2025, indicators: {} })} locale="id" tr={tr} />);
    expect(root.querySelector('.nothing-filled')!.textContent).toBe('Belum ada indikator terisi: indeks, predikat dan langkah berikutnya muncul setelah indikator pertama terisi.');
    expect(root.querySelector('.summary .index')!.textContent).toBe('–');
    expect(root.querySelector('.final')).toBeNull();
    expect(root.querySelector('.gap')).toBeNull();
    expect(root.textContent).not.toContain('Kurang');
  });
  it('with one indicator filled: the final index and the gap are back', () => {
    const root = mount(<Summary report={scoreReport({ ...spbe2025, indicators: { 12: { level: 3 } } })} locale="id" tr={tr} />);
    expect(root.querySelector('.nothing-filled')).toBeNull();
    expect(root.querySelector('.final')!.textContent).toMatch(/Indeks akhir bila 46 indikator lainnya tetap 1,00: 1,0\d Kurang/);
    expect(root.querySelector('.gap')).not.toBeNull();
  });
});

describe('LastYear', () => {
  const last = lastFromAssessment({ ...spbe2025, year: 2024, stage: 'akhir' });
  it('while this year is incomplete: not comparable yet, in grey, with the final index change beside', () => {
    const root = mount(<LastYear comparison={compare(last, { ...spbe2025, indicators: { 12: { level: 3 } } })} locale="id" tr={tr} />);
    expect(root.querySelector('.down, .up')).toBeNull();
    expect(root.textContent).toMatch(/Belum dapat dibandingkan: baru 1 dari 47 indikator terisi \(indeks akhir bila sisanya 1,00: -\d,\d\d dibanding tahun lalu\)/);
  });
  it('with this year complete: the change of the index, coloured', () => {
    const root = mount(<LastYear comparison={compare(last, spbe2025)} locale="id" tr={tr} />);
    expect(root.textContent).toContain('(indeks dibanding tahun lalu)');
    expect(root.querySelector('.up, .down')).not.toBeNull();
  });
});
