/**
 * What a score rests on, said in words: which values are estimates and how,
 * which uploads counted and which were ignored, which indicators were counted
 * at the floor. One list for every place that shows a score (`spbe score`
 * text and JSON, the extension), so they never say different things.
 * @module core/report/score-notes
 */
import type { Message } from '../lint/diagnostic.ts';
import type { Locale } from '../types.ts';
import { formatDecimal } from '../format/number.ts';
import { externalSourceOf } from '../engine/external.ts';
import { indicatorAt } from '../frameworks/index.ts';
import { formatRanges } from '../format/list.ts';
import type { ScoreReport } from './score-report.ts';

export type ScoreNoteKind = 'estimate' | 'pending' | 'conversion' | 'floored' | 'unknownItems' | 'stopped' | 'blocked';

export interface ScoreNote {
  kind: ScoreNoteKind;
  /** Whether the note explains an estimate (marked * beside the figures it concerns). */
  estimate: boolean;
  indicators: number[];
  message: Message;
}

const num = (x: number, locale: Locale) => (locale === 'id' ? String(x).replace('.', ',') : String(x));
const both = (f: (l: Locale) => string): Message => ({ id: f('id'), en: f('en') });

export function scoreNotes(r: ScoreReport): ScoreNote[] {
  const { score, framework: fw, assessment: a } = r;
  const values = [...score.indicators.values()];
  const notes: ScoreNote[] = [];

  const estimated = values.filter((v) => v.basis === 'estimate').map((v) => v.number);
  if (estimated.length) {
    notes.push({
      kind: 'estimate', estimate: true, indicators: estimated,
      message: {
        id: 'Nilai Pemdi dari butir data dukung adalah ESTIMASI: porsi butir diterima pada tingkat yang sedang dikerjakan (aturan perkiraan, bukan rumus resmi).',
        en: 'Pemdi values from evidence items are ESTIMATES: the share of accepted items at the level being worked on (an approximation, not the official formula).',
      },
    });
  }

  const pending = values.reduce((n, v) => n + (v.progress?.pending ?? 0), 0);
  if (pending > 0) {
    const counted = values.some((v) => v.progress?.pendingCounted);
    notes.push({
      kind: 'pending', estimate: true, indicators: values.filter((v) => v.progress?.pending).map((v) => v.number),
      message: counted
        ? { id: `${pending} butir yang belum dinilai asesor dihitung sebagai diterima (tahap ${a.stage}: klaim instansi).`, en: `${pending} item(s) not yet assessed count as accepted (stage ${a.stage}: the agency's claim).` }
        : { id: `${pending} butir yang belum dinilai asesor tidak dihitung (tahap ${a.stage}: hanya butir diterima yang dihitung).`, en: `${pending} item(s) not yet assessed are not counted (stage ${a.stage}: only accepted items count).` },
    });
  }

  for (const v of values.filter((x) => x.basis === 'external-conversion')) {
    const ind = indicatorAt(fw, v.number);
    const ext = a.indicators[String(v.number)]?.external;
    const source = externalSourceOf(fw, ind)?.[1];
    if (!ext || !source?.conversion) continue;
    const confidence = { high: ['tinggi', 'high'], medium: ['sedang', 'medium'], low: ['rendah', 'low'] }[source.conversion.confidence];
    notes.push({
      kind: 'conversion', estimate: true, indicators: [v.number],
      message: both((l) => (l === 'id'
        ? `Indikator ${v.number}: skor ${ext.source} ${num(ext.score, l)} dikonversi menjadi ${formatDecimal(v.value, l)} (perkiraan dari contoh modul, keyakinan ${confidence[0]}).`
        : `Indicator ${v.number}: ${ext.source} score ${num(ext.score, l)} converts to ${formatDecimal(v.value, l)} (an estimate from the module's examples, ${confidence[1]} confidence).`)),
    });
  }

  const floored = values.filter((v) => v.basis === 'external-floor').map((v) => v.number);
  if (floored.length) {
    const floor = fw.pemdi?.floor ?? fw.valueRange.min;
    notes.push({
      kind: 'floored', estimate: true, indicators: floored,
      message: both((l) => (l === 'id'
        ? `Indikator ${formatRanges(floored)} dinilai dari indeks nasional tanpa nilai: dihitung ${formatDecimal(floor, l)} (asumsi asesor untuk indeks lain tanpa nilai).`
        : `Indicator(s) ${formatRanges(floored)} are scored from a national index with no value: counted at ${formatDecimal(floor, l)} (the assessors' assumption for another index without a value).`)),
    });
  }

  const unknown = values.filter((v) => v.progress?.unknownItems.length);
  if (unknown.length) {
    const list = unknown.map((v) => `${v.number}: ${v.progress!.unknownItems.join(', ')}`).join('; ');
    notes.push({
      kind: 'unknownItems', estimate: true, indicators: unknown.map((v) => v.number),
      message: { id: `Kode butir yang tidak ada di modul diabaikan estimasi (indikator ${list}).`, en: `Item codes the module does not have are ignored by the estimate (indicator ${list}).` },
    });
  }

  for (const v of values.filter((x) => x.progress?.stoppedAt)) {
    const p = v.progress!;
    notes.push({
      kind: 'stopped', estimate: true, indicators: [v.number],
      message: both((l) => (l === 'id'
        ? `Indikator ${v.number}: tingkat ${p.stoppedAt} tidak punya butir di modul, jadi estimasi berhenti di ${formatDecimal(v.value, l)}${p.notEstimated ? ` dan ${p.notEstimated} butir di atasnya tidak dihitung` : ''}.`
        : `Indicator ${v.number}: level ${p.stoppedAt} has no module items, so the estimate stops at ${formatDecimal(v.value, l)}${p.notEstimated ? ` and ${p.notEstimated} item(s) above it are not counted` : ''}.`)),
    });
  }

  const blocked = values.filter((v) => v.progress?.blocked);
  if (blocked.length) {
    const list = blocked.map((v) => `${v.number} (${v.progress!.blocked})`).join(', ');
    notes.push({
      kind: 'blocked', estimate: true, indicators: blocked.map((v) => v.number),
      message: {
        id: `Butir di atas tingkat yang belum lengkap tidak dihitung; portal menolaknya otomatis (indikator dan jumlah butir: ${list}).`,
        en: `Items above a level that is not complete are not counted; the portal rejects them automatically (indicator and item count: ${list}).`,
      },
    });
  }
  return notes;
}
