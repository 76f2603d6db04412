/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import type { TauvalIndicatorPage } from './types.ts';
import { readTauvalIndicator } from './tauval.ts';
import { readAssessorLevels, readTauvalAssessor } from './tauval-assessor.ts';
import { recognise } from './detect.ts';
import { cosmetic, loadPage } from './test-fixtures.ts';
import { reasonMessage } from './reason-messages.ts';

const T = 'https://tauval.spbe.go.id';
const CONTEXT = { framework: 'spbe-2020', agency: 'Pemerintah Kota Contoh', agencyCode: null, year: 2025 };

function read(n: number | string, edit?: (doc: Document) => void): TauvalIndicatorPage {
  const { doc, url } = loadPage(typeof n === 'number' ? `${T}/penilaian-mandiri/indikator/${n}` : n, edit);
  const r = readTauvalIndicator(doc, url);
  if (!r.ok) throw new Error(reasonMessage(r.reason).en);
  return r.page as TauvalIndicatorPage;
}

/** The plain data of a read page (no elements), for comparing two reads. */
const data = (p: TauvalIndicatorPage) => ({
  context: p.context, indicator: p.indicator, level: p.level, explanation: p.explanation, notes: p.notes, evidence: p.evidence,
  radios: [...p.radios].map(([l, r]) => [l, r.value, r.checked]), rows: [...p.rows.keys()], anchor: p.anchor.textContent,
});

describe('readTauvalIndicator', () => {
  it('reads indicator 12: level, explanation from the chosen row, evidence, context', () => {
    const p = read(12);
    expect(p.indicator).toBe(12);
    expect(p.level).toBe(3);
    expect(p.explanation).toMatch(/^FAKTA: Peta Rencana SPBE Pemerintah Kota Contoh Tahun 2023-2026 .*\nANALISIS: Dokumen Peta Rencana SPBE .* kriteria tingkat 4 belum terpenuhi\.$/s);
    expect(p.notes).toEqual({ 1: '', 2: '', 3: p.explanation, 4: '', 5: '' });
    expect(p.evidence).toEqual([{ file: '12.a.Perwal-Peta-Rencana-SPBE-2023-2026.pdf' }, { file: '12.b.Matriks-Muatan-Peta-Rencana.xlsx' }]);
    expect(p.context).toEqual(CONTEXT);
    expect(p.anchor.localName).toBe('h3');
    expect([...p.radios.keys()]).toEqual([1, 2, 3, 4, 5]);
    expect([...p.radios.values()].map((r) => r.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(p.radios.get(3)!.checked).toBe(true);
    expect(p.rows.get(3)!.textContent).toContain('Kriteria tingkat 2 telah terpenuhi');
  });

  it('reads indicator 42: the uncited-but-missing file is not evidence, the service URL stays in the text', () => {
    const p = read(42);
    expect(p.level).toBe(3);
    expect(p.evidence).toEqual([
      { file: '[Indikator 42a] Screenshot Aplikasi Lapor Wali Kota.pdf' },
      { file: '[Indikator 42b] Video Maturity Level 1-3 Aplikasi.mp4' },
    ]);
    expect(p.explanation).toContain('[Indikator 42c] Manual Book Lapor Wali Kota.pdf');
    expect(p.explanation).toContain('https://pengaduan.kotacontoh.example');
  });

  it('gives level null, no explanation and no evidence where nothing is chosen (indicator 46)', () => {
    const p = read(46);
    expect(p).toMatchObject({ indicator: 46, level: null, explanation: '', evidence: [] });
    expect(Object.values(p.notes)).toEqual(['', '', '', '', '']);
  });

  it('reads a level chosen without explanation or evidence (indicator 30)', () => {
    expect(read(30)).toMatchObject({ level: 1, explanation: '', evidence: [] });
  });

  it('reads the live state of the form, not the markup (a radio the user just clicked)', () => {
    const { doc, url } = loadPage(`${T}/penilaian-mandiri/indikator/12`);
    (doc.querySelector('input[type=radio][value="2"]') as HTMLInputElement).checked = true;
    (doc.querySelectorAll('textarea')[1] as HTMLTextAreaElement).value = 'FAKTA: baru';
    const r = readTauvalIndicator(doc, url);
    expect(r.ok && r.page.kind === 'tauval-indicator' && [r.page.level, r.page.explanation]).toEqual([2, 'FAKTA: baru']);
  });

  it('reads the same with every class, id, name and style removed and wrapper divs added', () => {
    for (const n of [1, 12, 42, 46]) expect(data(read(n, cosmetic))).toEqual(data(read(n)));
  });

  it('takes a catatan <input> as well as a <textarea> (the screenshot cannot tell, README)', () => {
    const p = read(12, (doc) => {
      for (const t of Array.from(doc.querySelectorAll('textarea[placeholder="catatan"]'))) {
        const i = doc.createElement('input');
        i.setAttribute('placeholder', 'catatan');
        i.setAttribute('value', t.textContent ?? '');
        t.replaceWith(i);
      }
    });
    expect(p.explanation).toMatch(/^FAKTA: Peta Rencana/);
  });

  it('falls back on the field inside the Kriteria cell when the placeholder is gone', () => {
    const p = read(12, (doc) => doc.querySelectorAll('textarea').forEach((t) => t.removeAttribute('placeholder')));
    expect(p.explanation).toMatch(/^FAKTA: Peta Rencana/);
  });

  it('finds the criteria table by header text whatever its case and spacing, and the level from the radio when the Tingkat cell is blank', () => {
    const p = read(12, (doc) => {
      const ths = doc.querySelectorAll('#tabel-kriteria thead th');
      ths[0]!.textContent = '  TINGKAT ';
      ths[2]!.innerHTML = '<span>capaian</span>';
      doc.querySelectorAll('#tabel-kriteria tbody tr td:first-child').forEach((td) => (td.textContent = ''));
    });
    expect([p.level, [...p.rows.keys()]]).toEqual([3, [1, 2, 3, 4, 5]]);
  });

  it('lists a link in the data dukung table as {url, title}', () => {
    const p = read(12, (doc) => {
      const cell = doc.querySelector('#tabel-data-dukung tbody tr td:nth-child(2)')!;
      cell.innerHTML = '<a href="https://pengaduan.kotacontoh.example/">Aplikasi Lapor Wali Kota</a>';
    });
    expect(p.evidence[0]).toEqual({ url: 'https://pengaduan.kotacontoh.example/', title: 'Aplikasi Lapor Wali Kota' });
  });

  it('falls back on the table under the "Data Dukung" heading when the file column has another name', () => {
    const p = read(12, (doc) => { doc.querySelector('#tabel-data-dukung thead th:nth-child(2)')!.textContent = 'Berkas Unggahan'; });
    expect(p.evidence.map((e) => e.file)).toEqual(['12.a.Perwal-Peta-Rencana-SPBE-2023-2026.pdf', '12.b.Matriks-Muatan-Peta-Rencana.xlsx']);
  });
});

describe('reasons on a broken Tauval page', () => {
  const reasonOf = (edit: (doc: Document) => void) => {
    const { doc, url } = loadPage(`${T}/penilaian-mandiri/indikator/12`, edit);
    const r = recognise(doc, url);
    return r.ok ? null : reasonMessage(r.reason);
  };

  it('names the missing Capaian column', () => {
    const reason = reasonOf((doc) => {
      doc.querySelectorAll('#tabel-kriteria tr').forEach((tr) => tr.lastElementChild!.remove());
    });
    expect(reason?.id).toContain("tabel 'Tingkat | Kriteria' ditemukan, tetapi kolom 'Capaian' tidak ada");
    expect(reason?.en).toContain("has no 'Capaian' column");
  });

  it('names the missing title', () => {
    const reason = reasonOf((doc) => doc.querySelector('h3')!.remove());
    expect(reason?.id).toContain("Judul 'Indikator {n}' (n = 1–47) tidak ditemukan");
  });

  it('does not take the breadcrumb for the title, nor a title beyond 47', () => {
    expect(reasonOf((doc) => doc.querySelector('h3')!.remove())).not.toBeNull();
    expect(reasonOf((doc) => (doc.querySelector('h3')!.textContent = 'Indikator 48'))?.en).toContain('No single title');
  });
});

describe('assessor views (portals.md A5)', () => {
  const dokumen = `${T}/penilaian-dokumen/instansi/9901/indikator/1`;
  const interviu = `${T}/penilaian-interviu/instansi/9901/indikator/1`;

  it('recognises Penilaian Dokumen with its context and levels (EM 3, assessor 2)', () => {
    const { doc, url } = loadPage(dokumen);
    expect(readTauvalAssessor(doc)).toMatchObject({ ok: true, page: { kind: 'tauval-assessor', context: { ...CONTEXT, agencyCode: '9901' } } });
    expect(readAssessorLevels(doc)).toEqual({ indicator: 1, em: 3, de: null, int: null, capaian: 2 });
    expect(readTauvalIndicator(doc, url).ok).toBe(false);
  });

  it('recognises Penilaian Interviu (2024): EM 3, DE 2, Int 3, Capaian 3', () => {
    const { doc } = loadPage(interviu);
    const r = readTauvalAssessor(doc);
    expect(r.ok && r.page.context).toEqual({ ...CONTEXT, agencyCode: '9901', year: 2024 });
    expect(readAssessorLevels(doc)).toEqual({ indicator: 1, em: 3, de: 2, int: 3, capaian: 3 });
    const stripped = loadPage(interviu, cosmetic).doc;
    expect(readAssessorLevels(stripped)).toEqual(readAssessorLevels(doc));
  });

  it('has no assessor levels on the self-assessment page', () => {
    expect(readAssessorLevels(loadPage(`${T}/penilaian-mandiri/indikator/1`).doc)).toBeNull();
  });
});

describe('a criteria table whose radios cannot be read', () => {
  it('gives its rows but no radio and no level, so a consumer can tell "not read" from "not chosen"', () => {
    const p = read(12, (doc) => doc.querySelectorAll('input[type=radio]').forEach((r) => {
      const icon = doc.createElement('span');
      icon.className = 'icheck checked';
      r.replaceWith(icon);
    }));
    expect([...p.rows.keys()]).toEqual([1, 2, 3, 4, 5]);
    expect(p.radios.size).toBe(0);
    expect(p.level).toBeNull();
    // Not chosen: the radios are there, none checked.
    const unchosen = read(46);
    expect([unchosen.radios.size, unchosen.level]).toEqual([5, null]);
  });
});
