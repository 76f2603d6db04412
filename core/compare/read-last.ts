/**
 * Last year's result from a file's text, whatever its kind: an assessment
 * file, a Tauval API response, or text pasted from the result report.
 * @module core/compare/read-last
 */
import type { FrameworkId } from '../types.ts';
import type { Diagnostic, Message } from '../lint/diagnostic.ts';
import { loadAssessmentText } from '../assessment/load.ts';
import { lastFromAssessment, type LastResult } from './last-result.ts';
import { lastFromTauvalApi } from './tauval-api.ts';
import { lastFromReportText } from './report-text.ts';

export type LastKind = 'auto' | 'assessment' | 'tauval' | 'text';

export type ReadLast =
  | { ok: true; result: LastResult }
  | { ok: false; diagnostics?: Diagnostic[]; reason?: Message; mustPick?: true };

export interface ReadLastOptions {
  kind?: LastKind;
  framework?: FrameworkId;
  agencyCode?: string;
  year?: number;
}

function sniff(text: string): Exclude<LastKind, 'auto'> {
  const t = text.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return 'text';
  try {
    const v = JSON.parse(t) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v) && 'framework' in v) return 'assessment';
    return 'tauval';
  } catch {
    // Broken JSON that names a framework is an assessment file with a syntax error: report it as such.
    return /"framework"\s*:/.test(t) ? 'assessment' : 'tauval';
  }
}

/** Notes shown at most: a long pasted text of noise had 123,035 (8.7 MB of output). */
export const MAX_NOTES = 50;

function capNotes(result: LastResult): LastResult {
  if (result.notes.length <= MAX_NOTES) return result;
  const more = result.notes.length - MAX_NOTES;
  return { ...result, notes: [...result.notes.slice(0, MAX_NOTES), { id: `… dan ${more} catatan lain`, en: `… and ${more} more notes` }] };
}

/** Values a report text gave, of any kind (index, domains, aspects, indicators). */
const valuesRead = (r: LastResult) => (r.index ? 1 : 0) + r.domains.size + r.aspects.size + r.indicators.size;

export function readLast(text: string, fileName: string, opts: ReadLastOptions = {}): ReadLast {
  const kind = !opts.kind || opts.kind === 'auto' ? sniff(text) : opts.kind;
  if (kind === 'assessment') {
    const loaded = loadAssessmentText(text, fileName);
    if (!loaded.assessment) return { ok: false, diagnostics: loaded.diagnostics.filter((d) => d.severity === 'error') };
    return { ok: true, result: lastFromAssessment(loaded.assessment) };
  }
  if (kind === 'tauval') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, reason: { id: `Bukan JSON yang valid: ${(e as Error).message}`, en: `Not valid JSON: ${(e as Error).message}` } };
    }
    const r = lastFromTauvalApi(data, { ...(opts.agencyCode ? { code: opts.agencyCode } : {}), ...(opts.year ? { year: opts.year } : {}) });
    return r.ok ? { ok: true, result: capNotes(r.result) } : r;
  }
  const result = lastFromReportText(text, { ...(opts.framework ? { framework: opts.framework } : {}), ...(opts.year ? { year: opts.year } : {}) });
  if (result.indicators.size === 0 && result.index === null) return { ok: false, reason: result.notes[0]! };
  // A report's lines with numbers are mostly read; a text where more such lines
  // were not read than were is not a report, whatever a few lines happened to match.
  const read = valuesRead(result);
  if (result.notes.length > read) {
    return { ok: false, reason: {
      id: `Teks ini tidak tampak sebagai laporan hasil: ${result.notes.length} baris tidak terbaca, hanya ${read} nilai terbaca`,
      en: `This text does not look like a result report: ${result.notes.length} lines could not be read, only ${read} values were`,
    } };
  }
  return { ok: true, result: capNotes(result) };
}
