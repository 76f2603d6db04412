/**
 * The evidence checks on one file outside an assessment: what the extension
 * runs on a file picked in a portal's upload input, with the very judges the
 * evidence-* rules run for each file `spbe lint` opens, so both say the same
 * of the same file. Findings carry the rule's id, message id, severity and
 * message in both languages, as lint diagnostics do.
 * @module core/evidence/judge
 */
import type { Message, Severity } from '../lint/diagnostic.ts';
import type { RuleSetting } from '../lint/run-rules.ts';
import { rules } from '../lint/rules/index.ts';
import type { FileRule } from '../lint/rules/internal/evidence-files.ts';
import { fillTemplate } from '../lint/template.ts';
import type { Inspection } from './inspection.ts';
import type { EvidenceSubject } from './subject.ts';

export interface FileFinding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: Message;
}

const fileRules = rules.filter((r): r is FileRule => 'judge' in r);

/** Every evidence-* finding on this file, in rule order; `settings` as spbe.config.json's rules. */
export function judgeFile(inspection: Inspection, subject: EvidenceSubject, settings: Record<string, RuleSetting> = {}): FileFinding[] {
  const out: FileFinding[] = [];
  for (const rule of fileRules) {
    const severity = settings[rule.meta.id] ?? rule.meta.severity;
    if (severity === 'off') continue;
    if (rule.meta.frameworks && !rule.meta.frameworks.includes(subject.framework.id)) continue;
    rule.judge(inspection, subject, (messageId, data) => {
      const m = rule.meta.messages[messageId]!;
      const all = { indicator: subject.indicator.number, file: subject.file, folder: '', ...data };
      out.push({ ruleId: rule.meta.id, messageId, severity, message: { id: fillTemplate(m.id, all, 'id'), en: fillTemplate(m.en, all, 'en') } });
    });
  }
  return out;
}
