#!/usr/bin/env node
// `spbe lint` of the 650-file corpus with its evidence opened, against the
// same run without evidence checks.
//
//   node bench/evidence.mjs [--runs 3] [--regen]
//
// The corpus (bench/corpus.mjs) cites about 81 000 evidence files under 440
// distinct names (one upload per Pemdi item, the SPBE examples' names). This
// writes one evidence folder with a file for each name, bench/out/evidence/
// (seeded, so the same every time): PDFs of the sizes teams upload, three in
// four typed (3-30 pages of text with a letterhead image, 0.2-1.5 MB) and one
// in four scanned (2-8 page images, 1-4 MB), and the screenshots as PNGs. Then,
// interleaved, each `--runs` times as whole processes:
//   - no evidence:  spbe lint bench/out/corpus --no-evidence
//   - cold cache:   spbe lint bench/out/corpus --evidence-dir bench/out/evidence, SPBE_CACHE_DIR empty
//   - warm cache:   the same, SPBE_CACHE_DIR as the cold run left it
// Results: bench/out/results/evidence.json and a table on stdout (bench/run-all.mjs
// puts it in results.md). Every run is checked to have linted all 650 files, and
// the evidence runs to have opened the folder (no "evidence folder not found").
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { OUT, ROOT, fmt, loadavg, median, saveResult, timeProcess } from './lib/common.mjs';
import { mulberry32 } from './lib/random.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, regen: { type: 'boolean', default: false } } });
const RUNS = Number(values.runs);
const CORPUS = join(OUT, 'corpus');
const EVIDENCE = join(OUT, 'evidence');
const SPBE = join(ROOT, 'dist/spbe.cjs');
if (!existsSync(SPBE)) throw new Error('build the CLI first: npm run build:cli');
if (!existsSync(CORPUS)) throw new Error('generate the corpus first: node bench/corpus.mjs');

const rand = mulberry32(20261202);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const CRC = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (b) => { let c = 0xffffffff; for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0); out.write(type, 4, 'ascii'); Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** A greyscale PNG with paper-like noise: compresses about as badly as a real scan. */
function png(w, h) {
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = (y % 28 < 3 && x > 60 && x < w - 60) ? 30 + int(0, 40) : 200 + int(0, 55);
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}

const WORDS = ('bahwa dalam rangka penyelenggaraan pemerintah digital perlu ditetapkan keputusan tentang tim koordinasi rencana aksi ' +
  'layanan digital arsitektur data aplikasi infrastruktur keamanan audit reviu tindak lanjut evaluasi pelaksanaan kegiatan ' +
  'anggaran dinas komunikasi dan informatika perangkat daerah sebagaimana dimaksud pasal huruf ayat laporan hasil').split(' ');
const sentence = () => Array.from({ length: int(8, 16) }, () => WORDS[int(0, WORDS.length - 1)]).join(' ');

async function typedPdf(name, logo) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const image = await doc.embedPng(logo);
  for (let p = 0, pages = int(3, 30); p < pages; p++) {
    const page = doc.addPage([595, 842]);
    if (p === 0) {
      page.drawImage(image, { x: 60, y: 700, width: 475, height: 110 });
      page.drawText(`DOKUMEN ${name.replace(/\.pdf$/i, '')} TAHUN 2026`, { x: 60, y: 680, size: 12, font });
    }
    for (let y = p === 0 ? 650 : 780; y > 60; y -= 13) page.drawText(sentence(), { x: 60, y, size: 9, font });
  }
  return doc.save();
}
async function scannedPdf() {
  const doc = await PDFDocument.create();
  for (let p = 0, pages = int(2, 8); p < pages; p++) {
    const image = await doc.embedPng(png(int(620, 900), int(880, 1240)));
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save();
}

function citedNames() {
  const names = new Set();
  for (const f of readdirSync(CORPUS)) {
    const a = JSON.parse(readFileSync(join(CORPUS, f), 'utf8'));
    for (const e of Object.values(a.indicators ?? {})) for (const ev of e.evidence ?? []) if (ev.file) names.add(ev.file.trim());
  }
  return [...names].sort();
}

async function writeEvidence() {
  rmSync(EVIDENCE, { recursive: true, force: true });
  mkdirSync(EVIDENCE, { recursive: true });
  const logo = png(900, 200);
  for (const name of citedNames()) {
    if (/[\\/]/.test(name) || name.startsWith('.')) continue;
    const ext = name.split('.').pop().toLowerCase();
    let bytes;
    if (ext === 'pdf') bytes = rand() < 0.75 ? await typedPdf(name, logo) : await scannedPdf();
    else if (ext === 'png') bytes = png(int(900, 1400), int(600, 900));
    else continue; // .xlsx, .jpg: left out (missing-file findings), not what this measures
    writeFileSync(join(EVIDENCE, name), bytes);
  }
}

if (values.regen || !existsSync(EVIDENCE)) {
  process.stdout.write('writing bench/out/evidence ... ');
  await writeEvidence();
  process.stdout.write('done\n');
}
const files = readdirSync(EVIDENCE);
const bytes = files.reduce((n, f) => n + statSync(join(EVIDENCE, f)).size, 0);
const pdfs = files.filter((f) => f.toLowerCase().endsWith('.pdf')).length;

const CACHE = join(OUT, 'evidence-cache');
const variants = {
  'no evidence': { args: ['--no-evidence'], cache: null },
  'evidence, cold cache': { args: ['--evidence-dir', EVIDENCE], cache: 'cold' },
  'evidence, warm cache': { args: ['--evidence-dir', EVIDENCE], cache: 'warm' },
};

function once(label) {
  const v = variants[label];
  if (v.cache === 'cold') rmSync(CACHE, { recursive: true, force: true });
  process.env.SPBE_CACHE_DIR = CACHE;
  const r = timeProcess([process.execPath, SPBE, 'lint', CORPUS, '--format', 'json', ...v.args], { tag: `evidence-${v.cache ?? 'none'}` });
  const report = JSON.parse(readFileSync(r.stdoutFile, 'utf8'));
  if (report.length !== 650) throw new Error(`${label}: ${report.length} files reported, expected 650`);
  const messages = report.flatMap((f) => f.messages);
  const folderNotFound = messages.filter((m) => m.ruleId === 'evidence-folder-not-found').length;
  if (v.cache && folderNotFound) throw new Error(`${label}: the evidence folder was not opened`);
  const evidenceFindings = messages.filter((m) => /^evidence-(file-(missing|empty|type)|pdf-|content-|item-|agency-|year-)/.test(m.ruleId)).length;
  return { wallMs: r.wallMs, cpuMs: r.cpuMs, maxRssKb: r.maxRssKb, evidenceFindings };
}

// The warm cache starts as a cold run leaves it; one untimed run each warms the page cache.
const before = loadavg();
once('evidence, cold cache');
once('no evidence');
const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  samples['no evidence'].push(once('no evidence'));
  samples['evidence, warm cache'].push(once('evidence, warm cache'));
  samples['evidence, cold cache'].push(once('evidence, cold cache'));
}
const after = loadavg();
const summary = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, {
  medianMs: median(xs.map((x) => x.wallMs)), minMs: Math.min(...xs.map((x) => x.wallMs)), maxMs: Math.max(...xs.map((x) => x.wallMs)),
  medianCpuMs: median(xs.map((x) => x.cpuMs)), medianMaxRssMiB: median(xs.map((x) => x.maxRssKb)) / 1024, evidenceFindings: xs[0].evidenceFindings,
}]));
const result = { runs: RUNS, evidence: { files: files.length, pdfs, bytes }, load: { before, after }, summary };
saveResult('evidence', result);

const base = summary['no evidence'].medianMs;
console.log(`\nEvidence folder: ${files.length} files (${pdfs} PDFs), ${fmt(bytes / 1e6, 0)} MB; ${RUNS} runs each; load ${before?.join(' ')} → ${after?.join(' ')}\n`);
console.log('| run | wall median (min–max) | ÷ no evidence | CPU median | peak RSS | evidence findings |');
console.log('|---|---|---|---|---|---|');
for (const [k, s] of Object.entries(summary)) {
  console.log(`| ${k} | ${fmt(s.medianMs, 0)} ms (${fmt(s.minMs, 0)}–${fmt(s.maxMs, 0)}) | ${fmt(s.medianMs / base, 2)}× | ${fmt(s.medianCpuMs, 0)} ms | ${fmt(s.medianMaxRssMiB, 0)} MiB | ${s.evidenceFindings} |`);
}
