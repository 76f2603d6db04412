// Regenerates core/frameworks/*.json from ../shared/reference/*.json.
//
// The reference files are research notes (with confidence marks and long source
// strings); the core needs a compact, typed shape validated by
// schemas/framework.schema.json. This script is the only bridge between the two,
// so a correction to the reference is one re-run away. Run it by hand:
//   node scripts/import-reference.mjs [path/to/shared/reference]
// It is not part of the build: the generated files are committed and reviewed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const refDir = process.argv[2] ?? join(root, '..', 'shared', 'reference');
const read = (f) => JSON.parse(readFileSync(join(refDir, f), 'utf8'));

const predicateEn = { Memuaskan: 'Excellent', 'Sangat Baik': 'Very good', Baik: 'Good', Cukup: 'Fair', Kurang: 'Poor' };

function bands(ref) {
  return ref.bands
    .map((b) => ({
      name: b.predikat,
      nameEn: predicateEn[b.predikat],
      // 59/2020 prints Kurang as "< 1,8" with no lower bound: keep null, not 1.
      min: b.min,
      minInclusive: b.min_inclusive ?? false,
      max: b.max,
      maxInclusive: b.max_inclusive,
      printed: b.printed,
    }))
    .sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity));
}

function spbe() {
  const r = read('spbe-2020.json');
  const scaleOf = { process_capability: 'proses', service_capability: 'layanan' };
  const scale = (s) => ({
    appliesTo: s.applies_to,
    levels: Object.fromEntries(Object.entries(s.levels).map(([k, name]) => [k, { name, summary: s.summary_id[k] }])),
    source: `PermenPANRB 59/2020 ${s.source.replace(/^REG /, '')}`,
  });
  return {
    $schema: '../../schemas/framework.schema.json',
    id: 'spbe-2020',
    name: 'Indeks SPBE',
    regulation: r.regulation.id,
    regulationShort: 'PermenPANRB 59/2020',
    years: { from: 2021, to: 2025 },
    portal: 'tauval.spbe.go.id',
    itemsPerLevel: false,
    valueRange: { min: 1, max: 5 },
    scales: { proses: scale(r.levels.process_capability), layanan: scale(r.levels.service_capability) },
    cumulativeRule: {
      text: 'Tingkat N hanya tercapai bila kriteria semua tingkat di bawahnya terpenuhi ("Kriteria tingkat N-1 telah terpenuhi").',
      source: 'PermenPANRB 59/2020 Lampiran I Tabel 1, Tabel 2, Bagian C, Bagian E',
    },
    domains: r.domains.map((d) => ({
      number: d.id, name: d.name, weight: d.weight_pct, aspects: d.aspects,
      source: 'PermenPANRB 59/2020 Lampiran I Tabel 3-6 (struktur), Tabel 7 (bobot domain)',
    })),
    aspects: r.aspects.map((a) => ({
      number: a.id, domain: a.domain, name: a.name, weight: a.weight_pct, indicators: a.indicators,
      source: 'PermenPANRB 59/2020 Lampiran I Tabel 3-6 (struktur), Tabel 8 (bobot aspek)',
    })),
    indicators: r.indicators.map((i) => ({
      number: i.number,
      code: i.code_in_app ?? null,
      name: i.name,
      shortName: i.short_name,
      question: i.question,
      aspect: i.aspect,
      weight: i.weight_pct,
      scale: scaleOf[i.scale],
      levels: Object.fromEntries(Object.entries(i.criteria_id).map(([k, criteria]) => [k, { criteria }])),
      source: 'PermenPANRB 59/2020 Lampiran I Tabel 3-6 (nama), Tabel 9 (bobot), Bagian E Kuesioner (pertanyaan, kriteria)',
    })),
    predicates: { bands: bands(r.predicates), source: 'PermenPANRB 59/2020 Lampiran I B.5 Tabel 13 (Predikat Penilaian SPBE)' },
    indexFormula: {
      text: 'Indeks Aspek = (1/BA) x SUM(NI x BI); Indeks Domain = (1/BD) x SUM(NA x BA); Indeks SPBE = (1/100) x SUM(ND x BD).',
      source: 'PermenPANRB 59/2020 Lampiran I B.4, contoh Tabel 10-12',
    },
    workedExamples: r.index_formula.worked_examples_from_regulation,
  };
}

function pemdi() {
  const r = read('pemdi-2026.json');
  const est = r.indicator_value.partial_level_value_hypothesis;
  const levelNames = r.levels.indicator_maturity_levels;
  return {
    $schema: '../../schemas/framework.schema.json',
    id: 'pemdi-2026',
    name: 'Indeks Pemerintah Digital (Indeks Pemdi)',
    regulation: r.regulation.id,
    regulationShort: 'PermenPANRB 8/2026',
    years: { from: 2026, to: null },
    portal: 'eval.spbe.go.id',
    itemsPerLevel: true,
    valueRange: { min: 1, max: 5 },
    scales: {
      pemdi: {
        appliesTo: 'indikator 1-20',
        levels: Object.fromEntries(Object.entries(levelNames).map(([k, v]) => [k, { name: v.id, nameEn: v.en }])),
        source: 'PermenPANRB 8/2026 Lampiran (Penamaan Tingkat Kematangan), sekunder: EDU, R_LIB',
      },
    },
    criteriaLanguage: 'en',
    criteriaNote: 'Naskah PermenPANRB 8/2026 tidak tersedia; kriteria per tingkat adalah ringkasan berbahasa Inggris dari Modul Indikator Pemdi (sumber sekunder).',
    aspects: r.aspects.map((a) => ({
      number: a.no, name: a.name_id, nameEn: a.name_en, weight: a.weight_pct, indicators: a.indicators,
      portalCodePrefix: a.portal_code_prefix ?? null,
      source: 'PermenPANRB 8/2026 Lampiran Tabel 1 (sekunder: EDU, R_ASSESSOR)',
    })),
    indicators: r.indicators.map((i) => {
      const external = i.value_source === 'external';
      const levels = {};
      for (const [lv, l] of Object.entries(i.levels)) {
        const items = external ? [] : (l.items ?? []).map((title, k) => ({
          code: `I${i.number}-L${lv}-${String(k + 1).padStart(2, '0')}`,
          moduleId: `GT.I${i.number}_L${lv}_${k + 1}`,
          title,
        }));
        levels[lv] = {
          criteria: l.criterion,
          items,
          ...(external ? { basis: l.basis ?? [] } : {}),
          ...(!external && l.item_count == null ? { itemCountStated: false } : {}),
        };
      }
      return {
        number: i.number,
        code: i.id,
        assessorCode: i.code_in_assessor_sheet,
        name: i.name_id,
        aspect: i.aspect,
        weight: i.weight_pct,
        scale: 'pemdi',
        valueSource: i.value_source,
        ...(i.external_index ? { externalIndex: { index: i.external_index.index, pembina: i.external_index.pembina } } : {}),
        description: i.short_description_id,
        levels,
        source: 'PermenPANRB 8/2026 Lampiran Tabel 1 (nama, aspek, bobot; sekunder: EDU); Modul Indikator Pemdi (kriteria, butir data dukung; sekunder: R_MODULE, R_ITEMS)',
      };
    }),
    predicates: { bands: bands(r.predicates), source: 'PermenPANRB 8/2026 Tabel 4 (sekunder: EDU, R_LIB)' },
    indexFormula: {
      text: 'Indeks Aspek = SUM(wI x NI) / wA; Indeks Pemdi = SUM(wA/100 x Indeks Aspek) = SUM(wI x NI) / 100.',
      source: 'PermenPANRB 8/2026 Lampiran Bagian B "Metode Penghitungan Indeks Pemdi" (sekunder: R_LIB)',
    },
    pemdi: {
      floor: r.indicator_value.floor,
      floorRule: 'Nilai minimum indikator 1,00: tanpa bukti diterima = 1,00; indikator indeks lain tanpa nilai = 1 (asumsi asesor).',
      floorSource: 'PermenPANRB 8/2026 Lampiran Bagian B (sekunder: R_LIB, R_ASSESSOR)',
      gating: {
        rule: 'Tingkat dinilai berurutan: bila satu tingkat ditolak (butir revisi atau belum diunggah), butir tingkat di atasnya ditolak otomatis.',
        autoRejectNote: r.evidence_items.revision_note_texts.otomatis_ditolak,
        missingNote: r.evidence_items.revision_note_texts.belum_diunggah,
        source: 'Catatan portal eval.spbe.go.id tahap 1 (sekunder: R_SCRIPT)',
      },
      estimate: {
        status: 'approximate',
        formula: est.formula,
        bands: est.bands,
        source: 'Perkiraan (hipotesis) dari hasil asesor yang dipublikasikan dan rentang nilai per tingkat MINSEL; bukan kutipan peraturan',
      },
      externalIndicators: r.indicators.filter((i) => i.value_source !== 'evidence').map((i) => i.number)
        .filter((n) => r.indicators[n - 1].value_source === 'external'),
      itemCodePattern: '^I([1-9]|1[0-9]|20)-L[1-5]-[0-9]{2}$',
    },
  };
}

for (const fw of [spbe(), pemdi()]) {
  writeFileSync(join(root, 'core', 'frameworks', `${fw.id}.json`), JSON.stringify(fw, null, 2) + '\n');
  console.log(`core/frameworks/${fw.id}.json: ${fw.indicators.length} indicators`);
}
