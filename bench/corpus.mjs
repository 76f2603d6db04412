#!/usr/bin/env node
// Seeded generator of a country-sized lint corpus and one 50 MB file.
//
//   node bench/corpus.mjs [--seed N] [--out bench/out] [--dense]
//
// --dense writes the findings-dense corpus instead (bench/out/corpus-dense/,
// bench/out/corpus-dense-manifest.json, no big file): the same agencies and
// generator, every file carrying about 15-20 of the mistakes below that the
// rules find (no schema-breaking ones, which would stop the rules), so the
// cost of placing findings is measured, not only the happy path.
//
// Writes bench/out/corpus/*.json (650 assessments: every kementerian,
// lembaga, provinsi, kabupaten and kota of a country the size of Indonesia),
// bench/out/big/big-50mb.json and bench/out/corpus-manifest.json (seed, counts,
// the problems planted and in which files). The same seed gives byte-identical
// files, so anyone can rerun the benchmark on the same input.
//
// Why built from examples/: the two example files are the realistic shape
// (FAKTA/ANALISIS explanations naming the files, evidence per level for
// spbe-2020, one upload per module item for pemdi-2026). Every agency gets its
// own names, codes, domains, levels and evidence lists; a small share (~8 %)
// carries the mistakes teams really make, so the linter's rules and the
// schema's error paths are exercised and not only the happy path.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mulberry32 } from './lib/random.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { seed: { type: 'string', default: '20261128' }, out: { type: 'string', default: join(ROOT, 'bench/out') }, dense: { type: 'boolean', default: false } } });
const DENSE = args.dense;
const SEED = Number(args.seed);
const OUT = resolve(args.out);

const rand = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
/** Weighted choice: [[value, weight], ...] */
const weighted = (pairs) => {
  let r = rand() * pairs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
};
const pad = (n, w = 2) => String(n).padStart(w, '0');
const date = (year, m0 = 1, m1 = 12) => `${year}-${pad(int(m0, m1))}-${pad(int(1, 28))}`;

const read = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const SPBE = read('examples/kota-contoh-spbe-2025.json');
const PEMDI = read('examples/kota-contoh-pemdi-2026.json');
const PEMDI_FW = read('core/frameworks/pemdi-2026.json');

// ---- agencies: counts of Indonesia's evaluated agencies (K/L and pemda) ----
const KINDS = [['kementerian', 34], ['lembaga', 64], ['provinsi', 38], ['kabupaten', 416], ['kota', 98]];
const SECTORS = ['Perhubungan', 'Pertanian', 'Kesehatan', 'Keuangan', 'Perindustrian', 'Perdagangan', 'Pendidikan', 'Kebudayaan', 'Sosial', 'Ketenagakerjaan',
  'Kelautan', 'Perikanan', 'Kehutanan', 'Lingkungan Hidup', 'Energi', 'Pariwisata', 'Koperasi', 'Agama', 'Hukum', 'Pertahanan', 'Investasi', 'Perumahan',
  'Pekerjaan Umum', 'Desa', 'Transmigrasi', 'Kependudukan', 'Kepemudaan', 'Olahraga', 'Komunikasi', 'Digital', 'Riset', 'Statistik', 'Pangan', 'Air',
  'Kearsipan', 'Kepegawaian', 'Standardisasi', 'Meteorologi', 'Pengawasan Obat', 'Pencarian dan Pertolongan', 'Penanggulangan Bencana', 'Antariksa',
  'Narkotika', 'Siber', 'Perpustakaan', 'Pemilu', 'Ekonomi Kreatif', 'Geospasial', 'Nuklir', 'Perbatasan'];
const SYL = ['su', 'ka', 'ma', 'ju', 'ta', 'nu', 'ga', 'ra', 'wa', 'ti', 'lo', 'bu', 'se', 'pa', 'ri', 'do', 'ne', 'ba', 'ja', 'ya', 'ke', 'li', 'mu', 'sa', 'da', 'pe'];
const PREFIX_PLACE = ['', '', '', 'Tanjung ', 'Muara ', 'Bukit ', 'Kuala ', 'Pulau ', 'Sungai ', 'Teluk '];
const used = new Set();
function placeName() {
  for (;;) {
    const n = Array.from({ length: int(2, 4) }, () => pick(SYL)).join('');
    const name = pick(PREFIX_PLACE) + n[0].toUpperCase() + n.slice(1);
    if (!used.has(name)) { used.add(name); return name; }
  }
}
const slugOf = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

function agencies() {
  const out = [];
  for (const [kind, count] of KINDS) {
    for (let i = 0; i < count; i++) {
      const place = kind === 'kementerian' || kind === 'lembaga' ? null : placeName();
      const sector = kind === 'kementerian' || kind === 'lembaga' ? SECTORS[i % SECTORS.length] + (i >= SECTORS.length ? ` ${placeName()}` : '') : null;
      const forms = {
        kementerian: () => ({ name: `Kementerian ${sector}`, short: `Kementerian ${sector}`, head: `Menteri ${sector}`, reg: 'Permen', domain: `${slugOf(sector)}.go.id` }),
        lembaga: () => ({ name: `Badan ${sector}`, short: `Badan ${sector}`, head: `Kepala Badan ${sector}`, reg: 'Perban', domain: `${slugOf(sector)}.go.id` }),
        provinsi: () => ({ name: `Pemerintah Provinsi ${place}`, short: `Provinsi ${place}`, head: `Gubernur ${place}`, reg: 'Pergub', domain: `${slugOf(place)}prov.go.id` }),
        kabupaten: () => ({ name: `Pemerintah Kabupaten ${place}`, short: `Kabupaten ${place}`, head: `Bupati ${place}`, reg: 'Perbup', domain: `${slugOf(place)}kab.go.id` }),
        kota: () => ({ name: `Pemerintah Kota ${place}`, short: `Kota ${place}`, head: `Wali Kota ${place}`, reg: 'Perwal', domain: `${slugOf(place)}kota.go.id` }),
      };
      const a = forms[kind]();
      out.push({ ...a, kind, code: String(1001 + out.length), slug: `${kind}-${slugOf(place ?? sector)}` });
    }
  }
  return out;
}

/** The example's words for "Kota Contoh" become this agency's, in every string. */
function localise(value, a) {
  const text = JSON.stringify(value)
    .replaceAll('Pemerintah Kota Contoh', a.name)
    .replaceAll('Wali Kota Contoh', a.head)
    .replaceAll('Kota Contoh', a.short)
    .replaceAll('contoh.go.id', a.domain)
    .replaceAll('Perwal', a.reg);
  return JSON.parse(text);
}

// ---- spbe-2020 (2025): levels moved around the example's, evidence to match ----
const SERVICE = (n) => n >= 32;
function spbeAssessment(a) {
  const doc = localise(structuredClone(SPBE), a);
  doc.$schema = '../../../schemas/assessment.schema.json';
  doc.agency = { name: a.name, code: a.code, kind: a.kind };
  doc.stage = pick(['mandiri', 'mandiri', 'mandiri', 'dokumen']);
  for (const [key, e] of Object.entries(doc.indicators)) {
    const n = Number(key);
    const l0 = e.level;
    const l = Math.min(5, Math.max(1, l0 + weighted([[-1, 25], [0, 50], [1, 25]])));
    e.level = l;
    if (l < l0) {
      // Fewer levels claimed: evidence keeps only the levels still claimed.
      e.evidence = e.evidence.map((ev) => ({ ...ev, levels: ev.levels?.filter((x) => x <= l) })).filter((ev) => !ev.levels || ev.levels.length > 0);
    }
    for (let L = l0 + 1; L <= l; L++) {
      // A level gained needs evidence for it; 4 and 5 rest on a recent review.
      const letter = String.fromCharCode(97 + e.evidence.length);
      // A service's level 4 (collaboration) is shown by its integration with other services.
      const shot = SERVICE(n) && L <= 3;
      const integration = SERVICE(n) && L === 4;
      const file = `${n}.${letter}.${shot ? `Screenshot-Fitur-Tingkat-${L}.png` : integration ? `Dokumen-Integrasi-Layanan-${n}.pdf` : L >= 4 ? `Laporan-Reviu-Indikator-${n}-2025.pdf` : `Laporan-Penerapan-Tingkat-${L}-2025.pdf`}`;
      e.evidence.push({
        title: shot ? `Tangkapan layar fitur layanan tingkat ${L} ${a.short}` : integration ? `Dokumen arsitektur integrasi layanan dan daftar API ${a.short}` : L >= 4 ? `Laporan Hasil Reviu dan Evaluasi Indikator ${n} ${a.short} Tahun 2025` : `Laporan penerapan kriteria tingkat ${L} ${a.short} Tahun 2025`,
        file, kind: shot ? 'screenshot' : integration ? 'laporan' : L >= 4 ? 'reviu' : 'laporan', date: date(2025, 1, 10), levels: [L],
      });
      e.explanation = `${e.explanation} Bukti tingkat ${L} disampaikan pada data dukung ${file}.`;
    }
  }
  return doc;
}

// ---- pemdi-2026 (2026): every module item up to the target level uploaded ----
const KIND_WORDS = [['kebijakan', 'Keputusan'], ['laporan', 'Laporan'], ['notulen', 'Notulen dan daftar hadir rapat'], ['screenshot', 'Tangkapan layar'], ['sk', 'Surat Keputusan'], ['lainnya', 'Dokumen']];
const WRONG = ['surat undangan rapat', 'draf yang belum ditandatangani', 'tangkapan layar halaman login', 'dokumen tahun anggaran sebelumnya'];
function pemdiAssessment(a) {
  const doc = localise(structuredClone(PEMDI), a);
  doc.$schema = '../../../schemas/assessment.schema.json';
  doc.agency = { name: a.name, code: a.code, kind: a.kind };
  doc.stage = pick(['mandiri', 'dokumen', 'dokumen']);
  const external = PEMDI_FW.pemdi.externalIndicators;
  for (const ind of PEMDI_FW.indicators) {
    const key = String(ind.number);
    const e = doc.indicators[key] ?? {};
    if (external.includes(ind.number)) {
      doc.indicators[key] = { value: Math.round((1 + rand() * 4) * 100) / 100, ...(e.explanation ? { explanation: e.explanation } : {}) };
      continue;
    }
    const level = weighted([[1, 15], [2, 30], [3, 30], [4, 17], [5, 8]]);
    const known = new Map((e.evidence ?? []).map((ev) => [ev.item, ev]));
    const evidence = [];
    for (let L = 1; L <= level; L++) {
      for (const def of ind.levels[String(L)]?.items ?? []) {
        const [kind, word] = pick(KIND_WORDS);
        const base = known.get(def.code);
        const ev = base && base.status === 'diterima'
          ? { ...base }
          : { title: `${word} ${a.short} untuk butir ${def.code}`, file: `${def.code}.pdf`, kind, date: date(pick([2025, 2026]), 1, 5), item: def.code, status: 'diterima' };
        // Assessors send a few items of the level being worked on back for revision.
        if (L === level && rand() < 0.15) {
          ev.status = 'revisi';
          ev.note = `Bukti dukung yang diberikan tidak tepat berupa ${pick(WRONG)}, semestinya berupa dokumen yang memenuhi butir ${def.code}.`;
        }
        evidence.push(ev);
      }
    }
    doc.indicators[key] = { level, explanation: e.explanation ?? `FAKTA: butir tingkat 1 sampai ${level} diunggah (${evidence[0]?.file}). ANALISIS: tingkat ${level} dituju.`, evidence };
  }
  return doc;
}

// ---- the mistakes a small share of files carries (one each) ----
const PROBLEMS = {
  'future-date': (d) => { anyEvidence(d).date = `${d.year + 1}-02-10`; },
  'duplicate-evidence': (d) => { const e = anyEntry(d, (x) => x.evidence?.length); e.evidence.push({ ...e.evidence[0] }); },
  'no-explanation': (d) => { delete anyEntry(d, (x) => x.explanation && x.level).explanation; },
  'bad-date-format': (d) => { const ev = anyEvidence(d); ev.date = ev.date.split('-').reverse().join('/'); }, // schema: format date
  'level-6': (d) => { anyEntry(d, (x) => x.level).level = 6; }, // schema: maximum
  'unknown-indicator': (d) => { d.indicators[d.framework === 'spbe-2020' ? '48' : '21'] = { level: 2 }; },
  'missing-evidence': (d) => { anyEntry(d, (x) => x.level >= 2 && x.evidence?.length).evidence = []; },
  'old-review': (d) => {
    const e = Object.values(d.indicators).find((x) => x.level >= 4 && x.evidence?.some((ev) => ev.kind === 'reviu'));
    if (e) e.evidence.find((ev) => ev.kind === 'reviu').date = `${d.year - 4}-05-10`; else anyEvidence(d).date = `${d.year + 1}-01-15`;
  },
};
/** The mistakes rules find (the schema still passes), for the dense corpus. */
const RULE_PROBLEMS = ['future-date', 'duplicate-evidence', 'no-explanation', 'missing-evidence', 'old-review'];
function anyEntry(d, ok) { return pick(Object.values(d.indicators).filter(ok)); }
function plantable(d, p) {
  const entries = Object.values(d.indicators);
  if (p === 'missing-evidence') return entries.some((x) => x.level >= 2 && x.evidence?.length);
  if (p === 'no-explanation') return entries.some((x) => x.explanation && x.level);
  return entries.some((x) => x.evidence?.length);
}
function anyEvidence(d) { return pick(anyEntry(d, (x) => x.evidence?.length).evidence); }

// ---- the 50 MB file: one agency's year with every upload ever made kept ----
function bigFile(a, bytes) {
  const doc = spbeAssessment(a);
  let size = Buffer.byteLength(JSON.stringify(doc, null, 2));
  const sources = Object.entries(doc.indicators).map(([key, e]) => [key, e, [...e.evidence]]);
  // Add one more upload to every indicator per round until the file is big
  // enough; the size of each entry is counted as it will be printed (8 spaces
  // of indentation per line, comma and newline).
  for (let k = 0; size < bytes; k++) {
    for (const [key, e, src] of sources) {
      const ev = src[k % src.length];
      const stem = ev.file ? ev.file.replace(/^\d+\.[a-z]\./, '').replace(/\.[a-z0-9]+$/i, '') : 'Dokumen';
      const ext = ev.file?.split('.').pop() ?? 'pdf';
      const copy = { ...ev };
      delete copy.url; // links would repeat; files are unique per upload
      Object.assign(copy, { title: `${ev.title} (unggahan ${k + 1})`, file: `${key}.${stem}-v${k + 1}.${ext}` });
      e.evidence.push(copy);
      const printed = JSON.stringify(copy, null, 2);
      size += Buffer.byteLength(printed) + printed.split('\n').length * 8 + 2;
    }
  }
  return doc;
}

// ---- write ----
const corpusDir = join(OUT, DENSE ? 'corpus-dense' : 'corpus');
const bigDir = join(OUT, 'big');
rmSync(corpusDir, { recursive: true, force: true });
mkdirSync(corpusDir, { recursive: true });
if (!DENSE) {
  rmSync(bigDir, { recursive: true, force: true });
  mkdirSync(bigDir, { recursive: true });
}

const manifest = { seed: SEED, files: 0, bytes: 0, byFramework: {}, byKind: {}, problems: {} };
for (const a of agencies()) {
  // Half the agencies are on the last SPBE round, half already on Pemdi.
  const spbe = rand() < 0.5;
  const doc = spbe ? spbeAssessment(a) : pemdiAssessment(a);
  const file = `${a.slug}-${doc.framework}-${doc.year}.json`;
  if (DENSE) {
    // Each planted mistake gives one finding or more (a missing evidence list also
    // leaves its explanation's file names unmatched).
    for (let k = int(16, 20); k > 0; k--) {
      const p = pick(RULE_PROBLEMS.filter((x) => !(x === 'no-explanation' && !spbe)));
      // A file may run out of places for a mistake (no evidence list left to empty): then none is planted.
      if (!plantable(doc, p)) continue;
      PROBLEMS[p](doc);
      manifest.problems[p] = (manifest.problems[p] ?? 0) + 1;
    }
  } else if (rand() < 0.08) {
    const p = pick(Object.keys(PROBLEMS).filter((k) => !(k === 'no-explanation' && !spbe)));
    PROBLEMS[p](doc);
    (manifest.problems[p] ??= []).push(file);
  }
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  writeFileSync(join(corpusDir, file), text);
  manifest.files++;
  manifest.bytes += Buffer.byteLength(text);
  manifest.byFramework[doc.framework] = (manifest.byFramework[doc.framework] ?? 0) + 1;
  manifest.byKind[a.kind] = (manifest.byKind[a.kind] ?? 0) + 1;
}
if (DENSE) {
  writeFileSync(join(OUT, 'corpus-dense-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const planted = Object.values(manifest.problems).reduce((n, c) => n + c, 0);
  console.log(`dense corpus: ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB (seed ${SEED}); ${planted} mistakes planted`);
  process.exit(0);
}
const BIG_BYTES = 50 * 1024 * 1024;
const big = `${JSON.stringify(bigFile({ name: 'Pemerintah Provinsi Raya Besar', short: 'Provinsi Raya Besar', head: 'Gubernur Raya Besar', reg: 'Pergub', domain: 'rayabesarprov.go.id', kind: 'provinsi', code: '0001' }, BIG_BYTES), null, 2)}\n`;
writeFileSync(join(bigDir, 'big-50mb.json'), big);
manifest.big = { file: 'big/big-50mb.json', bytes: Buffer.byteLength(big) };
writeFileSync(join(OUT, 'corpus-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const planted = Object.values(manifest.problems).reduce((n, l) => n + l.length, 0);
console.log(`corpus: ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB (seed ${SEED}); ${planted} with a planted problem; big file ${(manifest.big.bytes / 1048576).toFixed(1)} MiB`);
