/**
 * The linter: decode → parse (syntax, duplicate keys) → schema → evaluation
 * rules, all as Diagnostics on the original text. Rules run once the loader
 * (core/assessment/load.ts) accepts the file as an assessment, as ESLint's
 * rules run once the file parses; until then the schema errors say what to
 * fix first. The loader's verdict stands: nothing here judges it again.
 * @module core/lint/lint
 */
import { loadAssessmentDecoded, loadAssessmentText, type LoadedAssessment } from '../assessment/load.ts';
import type { Decoded } from '../json/decode.ts';
import type { ParsedJson } from '../json/parse.ts';
import { DOCUMENT_START, parsePointer, SEVERITY_RANK, type Diagnostic, type Range, type Severity } from './diagnostic.ts';
import type { Rule } from './rule.ts';
import { runRules, type LintOptions, type RuleSetting } from './run-rules.ts';
import { rules as allRules } from './rules/index.ts';

export { runRules, type LintOptions, type RuleSetting };

export interface LintResult extends LoadedAssessment {
  /** False when the evaluation rules could not run (the file is not a valid assessment). */
  rulesRan: boolean;
}

/** Where a report points, as offsets in the text: a member's key for objects/arrays, else the value. */
export function spanForPointer(parsed: ParsedJson, pointer: string, at?: 'key' | 'value'): { offset: number; length: number } {
  let node = parsed.locate(parsePointer(pointer));
  // A pointer to something absent falls back to its closest existing parent (as Spectral does).
  let p = pointer;
  while (!node && p) {
    p = p.slice(0, p.lastIndexOf('/'));
    node = parsed.locate(parsePointer(p));
  }
  if (!node) return { offset: 0, length: 1 };
  const useKey = node.key && (at === 'key' || (at === undefined && (node.type === 'object' || node.type === 'array')));
  const target = useKey ? node.key! : node;
  const length = !useKey && (node.type === 'object' || node.type === 'array') ? 1 : target.length;
  return { offset: target.offset, length };
}

/** The range a report points at (spanForPointer). */
export function rangeForPointer(parsed: ParsedJson, pointer: string, at?: 'key' | 'value'): Range {
  const { offset, length } = spanForPointer(parsed, pointer, at);
  return parsed.lines.range(offset, length);
}

/**
 * Findings kept per file. A file with more (a 50 MB file with a mistake in
 * every evidence entry had 170,000) gets the first ones and a note saying how
 * many more there are; placing and printing them all took gigabytes.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

/** The note standing for the findings not kept: as severe as the worst of them, so counts and exit codes still see it. */
function tooMany(hidden: readonly Diagnostic[]): Diagnostic {
  let severity: Severity = 'info';
  for (const d of hidden) if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[severity]) severity = d.severity;
  const n = hidden.length;
  return {
    ruleId: 'too-many-findings', severity, pointer: '', range: DOCUMENT_START,
    message: {
      id: `${n} temuan lain tidak ditampilkan (batas ${MAX_FINDINGS_PER_FILE} per berkas); perbaiki yang tampak lalu periksa lagi`,
      en: `${n} more ${n === 1 ? 'finding' : 'findings'} not shown (limit ${MAX_FINDINGS_PER_FILE} per file); fix those shown and lint again`,
    },
  };
}

function finish(loaded: LoadedAssessment, options: LintOptions): LintResult {
  const diagnostics = [...loaded.diagnostics];
  const { assessment } = loaded;
  const rulesRan = assessment !== null;
  if (rulesRan) {
    // Findings past the limit are counted, not placed: placing is what costs.
    let room = MAX_FINDINGS_PER_FILE - diagnostics.length;
    // With the cited files opened (options.evidence), the rules that judge them run too.
    const ruleSet = options.ruleSet ?? (options.evidence ? allRules : undefined);
    // Each finding's offsets now, its line and character once all are known (one sweep: ParsedJson.positionsAt).
    const parsed = loaded.parsed!;
    const placed: Range[] = [];
    const offsets: number[] = [];
    const found = runRules(assessment, { ...options, ruleSet }, (ptr, at) => {
      if (room-- <= 0) return DOCUMENT_START;
      const { offset, length } = spanForPointer(parsed, ptr, at);
      const range: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      placed.push(range);
      offsets.push(offset, offset + Math.max(length, 0));
      return range;
    });
    const positions = parsed.positionsAt(offsets);
    placed.forEach((range, i) => { range.start = positions[2 * i]!; range.end = positions[2 * i + 1]!; });
    for (const d of found) diagnostics.push(d);
  }
  if (diagnostics.length > MAX_FINDINGS_PER_FILE) {
    const hidden = diagnostics.splice(MAX_FINDINGS_PER_FILE);
    diagnostics.push(tooMany(hidden));
  }
  diagnostics.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
  return { ...loaded, assessment, diagnostics, rulesRan };
}

export function lintText(text: string, fileName: string, options: LintOptions = {}): LintResult {
  return finish(loadAssessmentText(text, fileName), options);
}

/** For bytes the caller decoded (cli/decode.ts), with decodeBytes' result shape. */
export function lintDecoded(decoded: Decoded, fileName: string, options: LintOptions = {}): LintResult {
  return finish(loadAssessmentDecoded(decoded, fileName), options);
}

/**
 * For a file already loaded: what `spbe lint` calls when it has opened the
 * assessment's evidence files between loading and linting (options.evidence,
 * cli/evidence/), so all rules run in one pass under one findings limit.
 */
export function lintLoaded(loaded: LoadedAssessment, options: LintOptions = {}): LintResult {
  return finish(loaded, options);
}

/**
 * The findings of these rules on a file the loader accepted: what `spbe score`
 * and `spbe compare` ask (unknown-indicator) before trusting a file's values.
 */
export function checkLoaded(loaded: LoadedAssessment, ruleSet: readonly Rule[]): Diagnostic[] {
  if (!loaded.assessment) return [];
  return runRules(loaded.assessment, { ruleSet }, (ptr, at) => rangeForPointer(loaded.parsed!, ptr, at));
}
