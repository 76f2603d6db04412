/**
 * What the extension remembers per agency, year and framework, as the pages
 * read it: every scope with its counts, one scope's entries, and the
 * assessment file they make. Writes go through the background
 * (extension/store/client.ts).
 * @module extension/store/assessments
 */
import { readAllScopes, type CorruptRecord } from './records.ts';
import type { Scope } from './scope.ts';

export { readScope as loadScope, watchScopeItem as watchScope, watchStore, type CorruptRecord, type ScopeData } from './records.ts';
export { toAssessment } from './to-assessment.ts';

export interface ScopeSummary {
  scope: Scope;
  indicators: number;
  /** The newest reading's time. */
  updatedAt: number;
  corrupt: CorruptRecord[];
}

/** Every remembered scope, newest first; corrupt records listed apart. */
export async function listScopes(): Promise<{ scopes: ScopeSummary[]; corrupt: CorruptRecord[] }> {
  const { scopes, corrupt } = await readAllScopes();
  return {
    scopes: scopes
      .filter((s) => Object.keys(s.entries).length > 0)
      .map((s) => ({ scope: s.scope, indicators: Object.keys(s.entries).length, updatedAt: Math.max(0, ...Object.values(s.at)), corrupt: s.corrupt }))
      .sort((a, b) => b.updatedAt - a.updatedAt),
    corrupt,
  };
}
