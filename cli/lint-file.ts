/**
 * Stage 3 of `spbe lint`: linting one file from disk, the unit of work the
 * main thread and the worker threads share, so both produce exactly the same
 * result. Whether a file found in a folder is an assessment is asked here,
 * once, of the bytes read for linting. A fault while linting one file is that
 * file's finding (internal-error), never the end of the run.
 * @module cli/lint-file
 */
import { lintLoaded, type RuleSetting } from '../core/lint/lint.ts';
import { loadAssessmentDecoded } from '../core/assessment/load.ts';
import { DOCUMENT_START, type Diagnostic, type Message } from '../core/lint/diagnostic.ts';
import { readTransient } from './read.ts';
import { decodeFileBytes } from './decode.ts';
import { bytesLookLikeAssessment } from './assessment-sniff.ts';
import { openEvidence, type EvidenceSetting } from './evidence/lint-evidence.ts';

export interface LintTask {
  /** As shown to the user. */
  file: string;
  /** Absolute, to read. */
  path: string;
  rules: Record<string, RuleSetting>;
  /** Named on the command line: linted whatever it holds. Otherwise found in a folder or by a glob: linted only if it looks like an assessment. */
  named: boolean;
  /** Where its evidence files are (cli/evidence/); absent with --no-evidence. */
  evidence?: EvidenceSetting;
}

export interface LintTaskResult {
  /** False for a found file that is no assessment: it was not linted. */
  linted: boolean;
  diagnostics: Diagnostic[];
  rulesSkipped: boolean;
  /** The file could not be read or linted: the run is incomplete (exit 2). */
  failed: boolean;
}

/** A found file that is no assessment: nothing else is done with it. */
const NOT_AN_ASSESSMENT: LintTaskResult = { linted: false, diagnostics: [], rulesSkipped: true, failed: false };

const failure = (ruleId: string, message: Message): LintTaskResult => ({
  linted: true, failed: true, rulesSkipped: true, diagnostics: [{ ruleId, severity: 'error', pointer: '', range: DOCUMENT_START, message }],
});

export async function lintFile(task: LintTask): Promise<LintTaskResult> {
  const read = readTransient(task.path);
  // Found or named, a file that cannot be read is reported: it was meant to be linted.
  if (!read.ok) {
    const [id, en] = read.reason.split(' / ');
    return failure('io', { id: `Berkas ${id}`, en: `File ${en ?? id}` });
  }
  if (!task.named && !bytesLookLikeAssessment(read.bytes)) return NOT_AN_ASSESSMENT;
  try {
    // Decoded at once: the bytes live in a buffer the next read reuses.
    const loaded = loadAssessmentDecoded(decodeFileBytes(read.bytes), task.file);
    const evidence = task.evidence && loaded.assessment ? await openEvidence(loaded.assessment, task.evidence, task.rules) : undefined;
    const r = lintLoaded(loaded, { rules: task.rules, evidence });
    return { linted: true, diagnostics: r.diagnostics, rulesSkipped: !r.rulesRan, failed: false };
  } catch (e) {
    const why = String((e as Error)?.message ?? e);
    return failure('internal-error', {
      id: `Kesalahan internal spbe saat memeriksa berkas ini (${why}); berkas lain tetap diperiksa. Mohon laporkan.`,
      en: `Internal error in spbe while linting this file (${why}); other files were still linted. Please report it.`,
    });
  }
}
