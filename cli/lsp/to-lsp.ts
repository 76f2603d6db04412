/**
 * Our diagnostics as the LSP's: the same findings `spbe lint --format json`
 * prints, in the same order, with the rule id as `code`, the same 0-based
 * range, the severity, the message in the server's locale, and a link to the
 * rule's page (docs/rules/<id>.md, copied beside the server bundle).
 * @module cli/lsp/to-lsp
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { Diagnostic, Severity } from '../../core/lint/diagnostic.ts';
import { sortDiagnostics } from '../../core/lint/formatters/utils.ts';
import { rules } from '../../core/lint/rules/index.ts';
import type { Locale } from '../../core/types.ts';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a code action needs back from a diagnostic the client holds. */
export interface DiagnosticData {
  pointer: string;
  messageId?: string;
}

/** The rules with a page, by id. */
const documented = new Set(rules.map((r) => r.meta.id));

/** Where the rule pages are: docs/rules beside the bundle (vite.cli.config.ts copies them there). */
export const RULE_DOCS_DIR = join(__dirname, 'docs', 'rules');

/** The file URL of a rule's page, or undefined for checks without one (syntax, schema). */
export function ruleDocUrl(ruleId: string): string | undefined {
  return documented.has(ruleId) ? pathToFileURL(join(RULE_DOCS_DIR, `${ruleId}.md`)).href : undefined;
}

export function toLspDiagnostics(diagnostics: readonly Diagnostic[], locale: Locale): LspDiagnostic[] {
  return sortDiagnostics(diagnostics).map((d) => {
    const href = ruleDocUrl(d.ruleId);
    const data: DiagnosticData = { pointer: d.pointer, ...(d.messageId ? { messageId: d.messageId } : {}) };
    return {
      range: d.range,
      severity: SEVERITY[d.severity],
      code: d.ruleId,
      ...(href ? { codeDescription: { href } } : {}),
      source: 'spbe',
      message: d.message[locale],
      data,
    };
  });
}
