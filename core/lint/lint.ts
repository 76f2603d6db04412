/**
 * The linter: decode → parse (syntax, duplicate keys) → schema → evaluation
 * rules, all as Diagnostics on the original text. Rules run once the file is a
 * valid assessment (as ESLint's rules run once the file parses); until then
 * the schema errors say what to fix first.
 * @module core/lint/lint
 */
import { loadAssessmentBytes, loadAssessmentDecoded, loadAssessmentText, type LoadedAssessment } from '../assessment/load.ts';
import type { Decoded } from '../json/decode.ts';
import type { ParsedJson } from '../json/parse.ts';
import type { Assessment } from '../types.ts';
import { parsePointer } from './diagnostic.ts';
import { rules as allRules } from './rules/index.ts';
import { runRules, severityOf, type LintOptions, type RuleSetting } from './run-rules.ts';

export { runRules, type LintOptions, type RuleSetting };

export interface LintResult extends LoadedAssessment {
  /** False when the evaluation rules could not run (the file is not a valid assessment). */
  rulesRan: boolean;
}

/** The range a report points at: a member's key for objects/arrays, else the value. */
export function rangeForPointer(parsed: ParsedJson, pointer: string, at?: 'key' | 'value') {
  let node = parsed.locate(parsePointer(pointer));
  // A pointer to something absent falls back to its closest existing parent (as Spectral does).
  let p = pointer;
  while (!node && p) {
    p = p.slice(0, p.lastIndexOf('/'));
    node = parsed.locate(parsePointer(p));
  }
  if (!node) return parsed.lines.range(0, 1);
  const useKey = node.key && (at === 'key' || (at === undefined && (node.type === 'object' || node.type === 'array')));
  const target = useKey ? node.key! : node;
  const length = !useKey && (node.type === 'object' || node.type === 'array') ? 1 : target.length;
  return parsed.lines.range(target.offset, length);
}

function finish(loaded: LoadedAssessment, options: LintOptions): LintResult {
  // Schema-stage findings owned by a rule (unknown-indicator) follow its setting.
  const diagnostics = loaded.diagnostics.flatMap((d) => {
    const rule = (options.ruleSet ?? allRules).find((r) => r.meta.id === d.ruleId);
    if (!rule) return [d];
    const s = severityOf(rule, options);
    return s === 'off' ? [] : [{ ...d, severity: s }];
  });
  // A file whose only errors belong to rules (an unknown indicator) is still an
  // assessment the rules can read; the engine ignores unknown indicators.
  const blocked = loaded.diagnostics.some((d) => d.severity === 'error' && !(options.ruleSet ?? allRules).some((r) => r.meta.id === d.ruleId));
  const assessment = loaded.assessment ?? (!blocked && loaded.parsed ? (loaded.parsed.value as Assessment) : null);
  const rulesRan = assessment !== null;
  if (rulesRan) diagnostics.push(...runRules(assessment, options, (ptr, at) => rangeForPointer(loaded.parsed!, ptr, at)));
  diagnostics.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
  return { ...loaded, assessment, diagnostics, rulesRan };
}

export function lintText(text: string, fileName: string, options: LintOptions = {}): LintResult {
  return finish(loadAssessmentText(text, fileName), options);
}

export function lintBytes(bytes: Uint8Array, fileName: string, options: LintOptions = {}): LintResult {
  return finish(loadAssessmentBytes(bytes, fileName), options);
}

/** For bytes the caller decoded (cli/decode.ts), with decodeBytes' result shape. */
export function lintDecoded(decoded: Decoded, fileName: string, options: LintOptions = {}): LintResult {
  return finish(loadAssessmentDecoded(decoded, fileName), options);
}
