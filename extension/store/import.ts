/**
 * Import an assessment file into the extension's memory, with the same reader
 * as `spbe lint` (positions for every problem). By default only indicators not
 * yet remembered are filled; `overwrite` replaces the remembered ones too.
 * @module extension/store/import
 */
import { loadAssessmentText } from '../../core/assessment/load.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import { loadScope, saveIndicator } from './assessments.ts';
import type { Scope } from './scope.ts';

export type ImportResult =
  | { ok: true; scope: Scope; imported: number[]; kept: number[] }
  | { ok: false; diagnostics: Diagnostic[] };

export async function importAssessmentText(text: string, fileName: string, { overwrite = false, now = Date.now() } = {}): Promise<ImportResult> {
  const loaded = loadAssessmentText(text, fileName);
  if (!loaded.assessment) return { ok: false, diagnostics: loaded.diagnostics.filter((d) => d.severity === 'error') };
  const a = loaded.assessment;
  const scope: Scope = { framework: a.framework, year: a.year, agency: { name: a.agency.name, ...(a.agency.code ? { code: a.agency.code } : {}) } };
  const existing = await loadScope(scope);
  const imported: number[] = [];
  const kept: number[] = [];
  for (const [n, entry] of Object.entries(a.indicators)) {
    if (existing.entries[n] && !overwrite) { kept.push(Number(n)); continue; }
    // An overwrite must beat the remembered reading, so it is stamped after it.
    const at = Math.max(now, (existing.updatedAt[n] ?? 0) + 1);
    await saveIndicator(scope, Number(n), entry, at, 'import');
    imported.push(Number(n));
  }
  return { ok: true, scope, imported, kept };
}
