/**
 * Rule tests for the evidence-* rules: an assessment, and what opening each
 * cited file found (by the entry's pointer), linted through the real linter
 * with that as RuleContext.evidence.
 * @module test/helpers/evidence
 */
import type { Assessment } from '../../core/types.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import type { Rule } from '../../core/lint/rule.ts';
import type { EvidenceFacts } from '../../core/evidence/facts.ts';
import type { Inspection } from '../../core/evidence/inspection.ts';
import { lintText } from '../../core/lint/lint.ts';
import { serialise } from './rules.ts';
import { documentText } from './pdf.ts';

export function lintWithEvidence(rule: Rule, a: Assessment, opened: Record<string, Inspection>, extra: Partial<EvidenceFacts> = {}): Diagnostic[] {
  const evidence: EvidenceFacts = { folder: 'bukti/', at: (p) => opened[p], ...extra };
  const result = lintText(serialise(a), 'test.json', { ruleSet: [rule], evidence });
  if (!result.rulesRan) throw new Error('fixture is not a valid assessment');
  return result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
}

/** A PDF that opened, with this text on `pages` pages. */
export const pdfWithText = (text: string, pages = 1): Inspection => ({ found: 'file', size: 50_000, kind: 'pdf', pdf: { status: 'read', pages, pagesRead: pages, text } });
/** A PDF of one of test/fixtures/evidence/*.txt. */
export const pdfOf = (doc: string): Inspection => pdfWithText(documentText(doc));
export const fileOf = (kind: Extract<Inspection, { found: 'file' }>['kind'], extra: Partial<Extract<Inspection, { found: 'file' }>> = {}): Inspection => ({ found: 'file', size: 1000, kind, ...extra });
