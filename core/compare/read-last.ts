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
  | { ok: false; diagnostics?: Diagnostic[]; reason?: Message };

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
    return r.ok ? { ok: true, result: r.result } : { ok: false, reason: r.reason };
  }
  const result = lastFromReportText(text, { ...(opts.framework ? { framework: opts.framework } : {}), ...(opts.year ? { year: opts.year } : {}) });
  if (result.indicators.size === 0 && result.index === null) return { ok: false, reason: result.notes[0]! };
  return { ok: true, result };
}
