/**
 * The evidence stage of `spbe lint`: once an assessment is linted, the files
 * it cites are opened in its evidence folder and the evidence-* rules judge
 * what was found, their findings placed on each file's name in the
 * assessment. One call from the pipeline (cli/lint-file.ts); everything it
 * needs about the folder comes in an EvidenceSetting made by the command
 * (cli/evidence/setting.ts).
 * @module cli/evidence/lint-evidence
 */
import { statSync } from 'node:fs';
import { rangeForPointer, runRules, type LintResult, type RuleSetting } from '../../core/lint/lint.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import { WORKING_STAGES, entriesOf } from '../../core/lint/rule.ts';
import { openedEvidenceRules } from '../../core/lint/rules/index.ts';
import { evidencePointer } from '../../core/lint/rules/internal/evidence.ts';
import { frameworks } from '../../core/frameworks/index.ts';
import type { EvidenceFacts } from '../../core/evidence/facts.ts';
import type { Inspection } from '../../core/evidence/inspection.ts';
import { isInside, locate, realFolder } from './folder.ts';
import { EvidenceCache, cacheRoot } from './cache.ts';
import { EXTRACTOR, Inspector } from './inspect.ts';

export interface EvidenceSetting {
  /** The evidence folder, absolute. */
  dir: string;
  /** As messages name it (relative to where spbe runs). */
  shown: string;
  /** Named by --evidence-dir or evidenceDir; otherwise the assessment's own folder, taken by default. */
  named: boolean;
}

let inspectors: { cached: Inspector; uncached: Inspector; root: string } | undefined;

/** One inspector per thread: files are opened once per version, PDFs read through the cache. */
function inspectorFor(folder: string): Inspector {
  if (!inspectors) {
    const root = cacheRoot();
    inspectors = { root, cached: new Inspector(new EvidenceCache(root, EXTRACTOR)), uncached: new Inspector(null) };
  }
  // The cache is never written into the evidence folder, even when the user's cache folder lies inside it.
  return isInside(inspectors.root, folder) ? inspectors.uncached : inspectors.cached;
}

const exists = (path: string): boolean => {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
};

/** The evidence-* findings on a linted assessment, with `rules` as its config sets them. */
export async function evidenceDiagnostics(result: LintResult, setting: EvidenceSetting, rules: Record<string, RuleSetting>): Promise<Diagnostic[]> {
  const a = result.assessment;
  if (!a || !result.parsed || !WORKING_STAGES.includes(a.stage)) return [];
  if (openedEvidenceRules.every((r) => (rules[r.meta.id] ?? r.meta.severity) === 'off')) return [];
  const cited: { pointer: string; file: string }[] = [];
  for (const { e, ptr } of entriesOf(a, frameworks[a.framework])) {
    (e.evidence ?? []).forEach((ev, i) => { if (ev.file?.trim()) cited.push({ pointer: evidencePointer(ptr, i), file: ev.file }); });
  }
  if (!cited.length) return [];

  const found = new Map<string, Inspection>();
  const facts: EvidenceFacts = { folder: setting.shown, at: (p) => found.get(p) };
  const folder = realFolder(setting.dir);
  const located = cited.map((c) => ({ ...c, where: folder ? locate(folder, c.file) : null }));
  if (!setting.named && !located.some((c) => c.where?.ok && exists(c.where.absolute))) {
    facts.folderNotFound = { count: cited.length };
  } else {
    const inspector = inspectorFor(folder ?? setting.dir);
    // One file at a time: a PDF is held whole while it is read, so memory stays at one file's worth.
    for (const c of located) {
      if (!c.where) found.set(c.pointer, { found: 'missing' });
      else if (!c.where.ok) found.set(c.pointer, { found: 'outside', via: c.where.via });
      else found.set(c.pointer, await inspector.inspect(c.where.absolute));
    }
  }
  return runRules(a, { rules, ruleSet: openedEvidenceRules, evidence: facts }, (ptr, at) => rangeForPointer(result.parsed!, ptr, at));
}
