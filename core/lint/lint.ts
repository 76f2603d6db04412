/**
 * The linter: decode → parse (syntax, duplicate keys) → schema → evaluation
 * rules, all as Diagnostics on the original text. Rules run once the file is a
 * valid assessment (as ESLint's rules run once the file parses); until then
 * the schema errors say what to fix first.
 * @module core/lint/lint
 */
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { frameworks } from '../frameworks/index.ts';
import { loadAssessmentBytes, loadAssessmentText, type LoadedAssessment } from '../assessment/load.ts';
import type { ParsedJson } from '../json/parse.ts';
import type { Assessment } from '../types.ts';
import type { Diagnostic, Range, Severity } from './diagnostic.ts';
import { DOCUMENT_START } from './diagnostic.ts';
import { parsePointer } from './diagnostic.ts';
import type { Report, Rule } from './rule.ts';
import { fillTemplate } from './template.ts';
import { rules as allRules } from './rules/index.ts';

export type RuleSetting = Severity | 'off';

export interface LintOptions {
  /** Severity per rule id, overriding each rule's default; 'off' disables it. */
  rules?: Record<string, RuleSetting>;
  /** The rule set (defaults to every rule). */
  ruleSet?: readonly Rule[];
}

export interface LintResult extends LoadedAssessment {
  /** False when the evaluation rules could not run (the file is not a valid assessment). */
  rulesRan: boolean;
}

function nodeAt(root: Node, pointer: string): Node | undefined {
  let node: Node | undefined = root;
  for (const s of parsePointer(pointer)) {
    if (!node) return undefined;
    node = findNodeAtLocation(node, [node.type === 'array' ? Number(s) : s]);
  }
  return node;
}

/** The range a report points at: a member's key for objects/arrays, else the value. */
export function rangeForPointer(parsed: ParsedJson, pointer: string, at?: 'key' | 'value') {
  let node = parsed.root ? nodeAt(parsed.root, pointer) : undefined;
  // A pointer to something absent falls back to its closest existing parent (as Spectral does).
  let p = pointer;
  while (!node && p) {
    p = p.slice(0, p.lastIndexOf('/'));
    node = parsed.root ? nodeAt(parsed.root, p) : undefined;
  }
  if (!node) return parsed.lines.range(0, 1);
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  const useKey = key && (at === 'key' || (at === undefined && (node.type === 'object' || node.type === 'array')));
  const target = useKey ? key : node;
  const length = !useKey && (target.type === 'object' || target.type === 'array') ? 1 : target.length;
  return parsed.lines.range(target.offset, length);
}

function severityOf(rule: Rule, options: LintOptions): RuleSetting {
  return options.rules?.[rule.meta.id] ?? rule.meta.severity;
}

/**
 * Run the evaluation rules on an assessment. `rangeFor` places a pointer in
 * the text; without text (the extension's in-memory assessment) diagnostics
 * carry their pointer and a document-start range.
 */
export function runRules(
  a: Assessment, options: LintOptions = {}, rangeFor: (pointer: string, at?: 'key' | 'value') => Range = () => DOCUMENT_START,
): Diagnostic[] {
  const fw = frameworks[a.framework];
  const out: Diagnostic[] = [];
  for (const rule of options.ruleSet ?? allRules) {
    const severity = severityOf(rule, options);
    if (severity === 'off' || !rule.check) continue;
    if (rule.meta.frameworks && !rule.meta.frameworks.includes(fw.id)) continue;
    const report = (r: Report) => {
      const m = rule.meta.messages[r.messageId];
      if (!m) throw new Error(`rule ${rule.meta.id}: unknown messageId ${r.messageId}`);
      out.push({
        ruleId: rule.meta.id, severity, pointer: r.pointer, range: rangeFor(r.pointer, r.at),
        message: { id: fillTemplate(m.id, r.data), en: fillTemplate(m.en, r.data) },
      });
    };
    rule.check({ assessment: a, framework: fw, year: a.year, report });
  }
  return out;
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
