/**
 * Running the evaluation rules on an assessment object, without the text
 * parser: what the extension's inline checks need (lint.ts adds parsing,
 * schema and positions for files).
 * @module core/lint/run-rules
 */
import { frameworks } from '../frameworks/index.ts';
import type { Assessment } from '../types.ts';
import type { EvidenceFacts } from '../evidence/facts.ts';
import type { Diagnostic, Range, Severity } from './diagnostic.ts';
import { DOCUMENT_START, SEVERITY_RANK } from './diagnostic.ts';
import { entriesOf, type Report, type Rule } from './rule.ts';
import { fillTemplate } from './template.ts';
import { assessmentRules } from './rules/index.ts';

export type RuleSetting = Severity | 'off';

export interface LintOptions {
  /** Severity per rule id, overriding each rule's default; 'off' disables it. */
  rules?: Record<string, RuleSetting>;
  /** The rule set (defaults to every rule). */
  ruleSet?: readonly Rule[];
  /** The cited files as opened (cli/evidence/): what the evidence-* rules judge; they find nothing without it. */
  evidence?: EvidenceFacts;
}

export function severityOf(rule: Rule, options: LintOptions): RuleSetting {
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
  const entries = entriesOf(a, fw);
  for (const rule of options.ruleSet ?? assessmentRules) {
    const severity = severityOf(rule, options);
    if (severity === 'off') continue;
    if (rule.meta.frameworks && !rule.meta.frameworks.includes(fw.id)) continue;
    if (rule.meta.stages && !rule.meta.stages.includes(a.stage)) continue;
    const report = (r: Report) => {
      const m = rule.meta.messages[r.messageId];
      if (!m) throw new Error(`rule ${rule.meta.id}: unknown messageId ${r.messageId}`);
      out.push({
        ruleId: rule.meta.id, messageId: r.messageId, severity: r.atMost && SEVERITY_RANK[r.atMost] < SEVERITY_RANK[severity] ? r.atMost : severity,
        pointer: r.pointer, range: rangeFor(r.pointer, r.at),
        message: { id: fillTemplate(m.id, r.data, 'id'), en: fillTemplate(m.en, r.data, 'en') },
      });
    };
    rule.check({ assessment: a, framework: fw, year: a.year, entries, evidence: options.evidence, report });
  }
  return out;
}

