/**
 * One diagnostic as `file:line:col: severity message [rule]` (1-based), the
 * compact form editors and terminals link.
 * @module cli/problem-line
 */
import type { Diagnostic } from '../core/lint/diagnostic.ts';
import type { Locale } from '../core/types.ts';
import { oneLine, printable } from '../core/lint/formatters/utils.ts';

/** Control characters in the path and the message are shown escaped, so a file's content never drives the terminal. */
export function problemLine(file: string, d: Diagnostic, locale: Locale): string {
  return `${printable(file)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${printable(oneLine(d.message[locale]))} [${d.ruleId}]`;
}
