/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Recognition } from './types.ts';
import type { Reason } from './reasons.ts';
import { recognise } from './detect.ts';
import { liveState, withLiveState } from './page-sample.ts';
import { makeSample } from './make-sample.ts';
import { recognitionReport } from './recognition-report.ts';
import { allPageUrls, htmlOf, loadPage, parse } from './test-fixtures.ts';
import { sampleInfo, sanitizePage } from '../../core/page-sample/sanitize.ts';

/** What recognition says of a page, without the agency's values (which the sample replaces): kind, indicator, items, levels, reason. */
function shape(r: Recognition) {
  if (!r.ok) return { reason: (r.reason as Reason).code };
  const p = r.page;
  const base = { kind: p.kind, agencyShown: p.context.agency !== null, year: p.context.year };
  if (p.kind === 'eval-indicator') {
    return { ...base, indicator: p.indicator, levels: [...p.levels.keys()],
      items: p.items.map((i) => [i.code, i.portalCode, i.level, i.status, i.file !== null, i.note !== '', i.assessorNote !== '']) };
  }
  if (p.kind === 'tauval-indicator') {
    return { ...base, indicator: p.indicator, level: p.level, radios: [...p.radios.keys()], rows: [...p.rows.keys()], evidence: p.evidence.length,
      notes: Object.values(p.notes).map((n) => n !== '') };
  }
  return base;
}

const STUFFED = readFileSync(join(import.meta.dirname, '../../test/fixtures/page-sample/stuffed.html'), 'utf8');

describe('a sanitised page is recognised like the original', () => {
  it.each(allPageUrls())('%s', (u) => {
    const url = new URL(u);
    const sample = sanitizePage(htmlOf(u), { url: u });
    expect(shape(recognise(parse(sample.html), url))).toEqual(shape(recognise(parse(htmlOf(u)), url)));
  });

  it('the stuffed page too (test/fixtures/page-sample/stuffed.html), which reads as Pemdi indicator 4 with four items', () => {
    const url = new URL('https://eval.spbe.go.id/penilaian-mandiri/indikator/4');
    const original = recognise(parse(STUFFED), url);
    expect(original.ok && original.page.kind === 'eval-indicator' && original.page.items.map((i) => i.portalCode)).toEqual(['PG_04_01', 'PG_04_02', 'PG_04_03', 'PG_04_04']);
    expect(shape(recognise(parse(sanitizePage(STUFFED).html), url))).toEqual(shape(original));
  });
});

describe('the live state of the form (content script → popup)', () => {
  it('is sent beside the HTML, written into its attributes in the popup, and our elements are left out; the page itself is not touched', async () => {
    const { doc } = loadPage('https://tauval.spbe.go.id/penilaian-mandiri/indikator/12');
    (doc.querySelector('input[type=radio][value="4"]') as HTMLInputElement).checked = true;
    (doc.querySelectorAll('textarea')[0] as HTMLTextAreaElement).value = 'diketik pengguna';
    doc.body.append(doc.createElement('spbe-lens-panel'));
    const before = doc.documentElement.outerHTML;
    const state = liveState(doc);
    const html = withLiveState(parse(`<!DOCTYPE html>${doc.documentElement.outerHTML}`), state);
    expect(doc.documentElement.outerHTML).toBe(before);
    const copy = parse(html);
    expect(copy.querySelector('input[type=radio][checked]')?.getAttribute('value')).toBe('4');
    expect(copy.querySelectorAll('input[type=radio][checked]')).toHaveLength(1);
    expect(copy.querySelectorAll('textarea')[0]!.textContent).toBe('diketik pengguna');
    expect(copy.querySelector('spbe-lens-panel')).toBeNull();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });
});

describe('makeSample (popup)', () => {
  it('gives a file named after the page, whose embedded report is the adapter\'s reading of the sanitised page', () => {
    const u = 'https://eval.spbe.go.id/penilaian-mandiri/indikator/4';
    const s = makeSample({ html: htmlOf(u), url: `${u}?tab=2` }, { name: 'Pemerintah Kota Contoh' }, '0.1.0');
    expect(s.fileName).toBe('contoh-halaman-eval-indikator-4.html');
    expect(s.html).not.toMatch(/Kota Contoh|SK-Wali-Kota|tab=2/);
    const info = sampleInfo(s.html) as { source: string; report: ReturnType<typeof recognitionReport> };
    expect(info.source).toBe('SPBE Lens 0.1.0');
    expect(info.report).toEqual(s.report);
    expect(s.report).toMatchObject({
      url: u, recognised: true, kind: 'eval-indicator', reason: null, title: { text: 'Indikator 4', indicator: 4 },
      items: { read: 11, perLevel: { 1: 3, 2: 2, 3: 2, 4: 2, 5: 2 }, withCode: 11, withFile: 8, withStatus: 11 },
      uploadInputs: 11, context: { agency: true, agencyCode: false, year: 2026 }, codes: { agree: 11, disagree: [] },
    });
    expect(s.report.levelHeadings.map((h) => [h.level, h.element])).toEqual([[1, 'button'], [2, 'button'], [3, 'button'], [4, 'button'], [5, 'button']]);
    expect(s.report.tables.find((t) => t.headers.includes('catatan asesor'))?.rows).toBe(3);
  });

  it('reports a code that names another module item than the item\'s place on the page (an item missing before it)', () => {
    const u = 'https://eval.spbe.go.id/penilaian-mandiri/indikator/4';
    const doc = parse(htmlOf(u));
    Array.from(doc.querySelectorAll('tr')).find((tr) => tr.textContent!.includes('PG_04_02'))!.remove();
    const s = makeSample({ html: `<!DOCTYPE html>${doc.documentElement.outerHTML}`, url: u });
    expect(s.report.codes).toEqual({ agree: 9, disagree: [{ shown: 'PG_04_03', place: 'I4-L1-02', names: 'I4-L1-03' }] });
  });

  it('reports why a page is not recognised, with the reason\'s code', () => {
    const s = makeSample({ html: htmlOf('https://tauval.spbe.go.id/'), url: 'https://tauval.spbe.go.id/' });
    expect(s.fileName).toBe('contoh-halaman-tauval-tidak-dikenali.html');
    expect(s.report).toMatchObject({ recognised: false, kind: null, reason: { code: 'notListEither' } });
    expect(s.report.reason!.id).toContain("tabel 'Tingkat | Kriteria | Capaian' tidak ditemukan");
  });

  it('reports a Tauval page\'s radios and checked level', () => {
    const u = 'https://tauval.spbe.go.id/penilaian-mandiri/indikator/12';
    expect(makeSample({ html: htmlOf(u), url: u }).report).toMatchObject({ kind: 'tauval-indicator', levels: { withRadio: [1, 2, 3, 4, 5], checked: 3 }, radios: { total: 5, checked: 1 } });
  });
});
