/**
 * One diagnostic as `file:line:col: severity message [rule]` (1-based), the
 * compact form editors and terminals link.
 * @module cli/problem-line
 */
import type { Diagnostic } from '../core/lint/diagnostic.ts';
import type { Locale } from '../core/types.ts';

export function problemLine(file: string, d: Diagnostic, locale: Locale): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.message[locale]} [${d.ruleId}]`;
}
