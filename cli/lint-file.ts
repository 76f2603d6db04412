/**
 * Linting one file from disk: the unit of work the main thread and the
 * worker threads share, so both produce exactly the same result.
 * @module cli/lint-file
 */
import { lintDecoded, type RuleSetting } from '../core/lint/lint.ts';
import { DOCUMENT_START, type Diagnostic } from '../core/lint/diagnostic.ts';
import { readTransient } from './read.ts';
import { decodeFileBytes } from './decode.ts';
import { bytesLookLikeAssessment, looksLikeAssessment } from './discover.ts';
import { evidenceDiagnostics, type EvidenceSetting } from './evidence/lint-evidence.ts';

export interface LintTask {
  /** As shown to the user. */
  file: string;
  /** Absolute, to read. */
  path: string;
  rules: Record<string, RuleSetting>;
  /** Named on the command line: linted whatever it holds. */
  named: boolean;
  /** Found in a folder or by a glob: linted only if it looks like an assessment, which the result says. */
  found: boolean;
  /** Where its evidence files are; absent with --no-evidence. */
  evidence?: EvidenceSetting;
}

export interface LintTaskResult {
  /** For found files: whether it looks like an assessment (cli/discover.ts); one that does not, and was not named, is not linted. */
  looksLikeAssessment?: boolean;
  diagnostics: Diagnostic[];
  rulesSkipped: boolean;
  unreadable: boolean;
}

/** A found file that is no assessment: nothing else is done with it. */
const NOT_AN_ASSESSMENT: LintTaskResult = { looksLikeAssessment: false, diagnostics: [], rulesSkipped: true, unreadable: false };

export async function lintFile(task: LintTask): Promise<LintTaskResult> {
  const { path } = task;
  const read = readTransient(path);
  if (!read.ok) {
    // What discovery alone would say of it: opened, or not, for its first bytes.
    const looksLike = task.found ? looksLikeAssessment(path) : undefined;
    if (!task.named && !looksLike) return NOT_AN_ASSESSMENT;
    const [id, en] = read.reason.split(' / ');
    return {
      looksLikeAssessment: looksLike, unreadable: true, rulesSkipped: true,
      diagnostics: [{ ruleId: 'io', severity: 'error', pointer: '', range: DOCUMENT_START, message: { id: `Berkas ${id}`, en: `File ${en ?? id}` } }],
    };
  }
  // Asked of the bytes read for linting: one open and read per file, not two.
  const looksLike = task.found ? bytesLookLikeAssessment(read.bytes) : undefined;
  if (!task.named && !looksLike) return NOT_AN_ASSESSMENT;
  // Decoded at once: the bytes live in a buffer the next read reuses.
  const r = lintDecoded(decodeFileBytes(read.bytes), task.file, { rules: task.rules });
  const diagnostics = task.evidence ? sortedByPosition([...r.diagnostics, ...await evidenceDiagnostics(r, task.evidence, task.rules)]) : r.diagnostics;
  return { looksLikeAssessment: looksLike, diagnostics, rulesSkipped: !r.rulesRan, unreadable: false };
}

const sortedByPosition = (ds: Diagnostic[]): Diagnostic[] =>
  ds.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
