/**
 * Every text the server shows besides lint messages, in one place: hover
 * cards, the index lens and hints, completion details. Figures come from
 * core's engine and report and are rounded here, at the edge, as `spbe score`
 * rounds them (core/format/number.ts). Bahasa Indonesia first, English with
 * the server's locale.
 * @module cli/lsp/present
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';

/** The one problem that stops `spbe lint` for this file (a broken config or baseline), at the document's start. */
export function problemDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: DiagnosticSeverity.Error,
    code: 'config',
    source: 'spbe',
    message,
  };
}
