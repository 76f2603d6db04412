/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import type { PageKind } from './types.ts';
import { isEvalIndicatorList, isEvalIndicatorPage, isTauvalAssessorView, isTauvalIndicatorList, isTauvalIndicatorPage, recognise } from './detect.ts';
import { toEntry } from './to-entry.ts';
import { allPageUrls, loadPage, samples } from './test-fixtures.ts';
import { reasonMessage } from './reason-messages.ts';

const predicates: Record<PageKind, (doc: Document, url: URL) => boolean> = {
  'tauval-indicator': isTauvalIndicatorPage,
  'tauval-indicator-list': isTauvalIndicatorList,
  'tauval-assessor': isTauvalAssessorView,
  'eval-indicator': isEvalIndicatorPage,
  'eval-indicator-list': isEvalIndicatorList,
};

/** What each replica page is, from the README's URL → file map, or for an imported sample what the maintainer said (samples.json). */
function expectedKind(u: string): PageKind | null {
  const sample = samples()[u.replace(/\/$/, '')];
  if (sample) return sample.kind === 'none' ? null : sample.kind;
  const { host, pathname } = new URL(u);
  const side = host.startsWith('tauval') ? 'tauval' : 'eval';
  if (pathname === '/') return null;
  if (pathname === '/penilaian-mandiri') return `${side}-indicator-list`;
  if (pathname.startsWith('/penilaian-mandiri/indikator/')) return `${side}-indicator`;
  if (pathname.startsWith('/tata-letak/')) return 'eval-indicator'; // layout variants (eval-layouts.mjs)
  return 'tauval-assessor';
}

const pages = allPageUrls();

describe('page predicates (cross-negative over every replica page)', () => {
  it('covers all replica pages: 73 of the README map, 13 layout variants, and the imported samples', () => {
    expect(pages).toHaveLength(86 + Object.keys(samples()).length);
  });

  it.each(pages)('%s is exactly one kind, or none with a reason', (u) => {
    const { doc, url } = loadPage(u);
    const want = expectedKind(u);
    const matching = (Object.keys(predicates) as PageKind[]).filter((k) => predicates[k](doc, url));
    expect(matching).toEqual(want ? [want] : []);
    const r = recognise(doc, url);
    if (want) expect(r.ok && r.page.kind).toBe(want);
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(reasonMessage(r.reason).id).toMatch(/tidak ditemukan/);
    }
  });

  it.each(pages)('%s is left unchanged by reading it', (u) => {
    const { doc, url } = loadPage(u);
    const fields = () => Array.from(doc.querySelectorAll('input, textarea')).map((f) => {
      const i = f as HTMLInputElement;
      return `${i.value}|${i.checked}`;
    });
    const before = [doc.documentElement.outerHTML, ...fields()];
    const r = recognise(doc, url);
    if (r.ok && (r.page.kind === 'tauval-indicator' || r.page.kind === 'eval-indicator')) toEntry(r.page);
    expect([doc.documentElement.outerHTML, ...fields()]).toEqual(before);
  });
});

describe('hosts', () => {
  it('answers an unknown host with a reason naming it', () => {
    const { doc } = loadPage('https://tauval.spbe.go.id/penilaian-mandiri/indikator/12');
    const r = recognise(doc, new URL('https://example.org/penilaian-mandiri/indikator/12'));
    expect(r).toEqual({ ok: false, reason: { code: 'unknownHost', args: ['example.org'] } });
    expect(!r.ok && reasonMessage(r.reason)).toEqual({ id: expect.stringContaining('example.org'), en: expect.stringContaining('example.org') });
    for (const p of Object.values(predicates)) expect(p(doc, new URL('https://example.org/'))).toBe(false);
  });

  it('does not read a Tauval page served on the Pemdi host as a Tauval page, nor the reverse', () => {
    const t = loadPage('https://tauval.spbe.go.id/penilaian-mandiri/indikator/12');
    expect(isTauvalIndicatorPage(t.doc, new URL('https://eval.spbe.go.id/penilaian-mandiri/indikator/12'))).toBe(false);
    const e = loadPage('https://eval.spbe.go.id/penilaian-mandiri/indikator/4');
    expect(isEvalIndicatorPage(e.doc, new URL('https://tauval.spbe.go.id/penilaian-mandiri/indikator/4'))).toBe(false);
  });

  it('decides by what the page shows, not by the URL path (single-page navigation, portals.md B6)', () => {
    const { doc } = loadPage('https://tauval.spbe.go.id/penilaian-mandiri/indikator/12');
    const r = recognise(doc, new URL('https://tauval.spbe.go.id/#/app?view=x'));
    expect(r.ok && r.page.kind === 'tauval-indicator' && r.page.indicator).toBe(12);
  });
});

describe('reasons', () => {
  it('say which anchor is missing on the home pages, in both languages', () => {
    const t = loadPage('https://tauval.spbe.go.id/');
    const rt = recognise(t.doc, t.url);
    expect(rt.ok).toBe(false);
    if (!rt.ok) {
      expect(reasonMessage(rt.reason).id).toContain("Halaman ini bukan halaman indikator: tabel 'Tingkat | Kriteria | Capaian' tidak ditemukan.");
      expect(reasonMessage(rt.reason).en).toContain("no table with the columns 'Tingkat | Kriteria | Capaian'");
    }
    const e = loadPage('https://eval.spbe.go.id/');
    const re = recognise(e.doc, e.url);
    expect(!re.ok && reasonMessage(re.reason).id).toContain("bagian 'Tingkat 1' … 'Tingkat 5' tidak ditemukan");
  });
});
