/**
 * Remembered indicators as an assessment file (format v1). Pure, apart from
 * the storage code, so the content script can build the live assessment
 * without carrying the stored-record validator.
 * @module extension/store/to-assessment
 */
import type { Assessment, IndicatorEntry } from '../../core/types.ts';
import type { Scope } from './scope.ts';

/** The indicators in number order. */
export function toAssessment(data: { scope: Scope; entries: Record<string, IndicatorEntry> }, stage: Assessment['stage'] = 'mandiri'): Assessment {
  const indicators = Object.fromEntries(Object.entries(data.entries).sort(([a], [b]) => Number(a) - Number(b)));
  const agency: Assessment['agency'] = { name: data.scope.agency.name };
  if (data.scope.agency.code) agency.code = data.scope.agency.code;
  return { framework: data.scope.framework, year: data.scope.year, agency, stage, indicators };
}
