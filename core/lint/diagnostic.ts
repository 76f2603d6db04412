/**
 * One diagnostic model for every check (syntax, schema, evaluation rules): a
 * 0-based range in the original text plus the JSON Pointer it concerns, as in
 * Spectral's IRuleResult and the LSP. Formatters convert to 1-based positions.
 * Messages carry both languages; the formatter picks one.
 * @module core/lint/diagnostic
 */
import type { Locale } from '../types.ts';

export type Severity = 'error' | 'warning' | 'info';

/** How severe, to compare two severities: info < warning < error. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units, as VS Code counts. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Message = Record<Locale, string>;

export interface Diagnostic {
  ruleId: string;
  /** The rule's message id, when a rule reported it (as ESLint's messageId). */
  messageId?: string;
  severity: Severity;
  message: Message;
  /** RFC 6901 pointer to the value concerned ('' = the document). */
  pointer: string;
  range: Range;
}

export const DOCUMENT_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/** Escape one JSON Pointer segment (RFC 6901: ~ → ~0, / → ~1). */
export function pointerSegment(s: string | number): string {
  return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => `/${pointerSegment(p)}`).join('');
}

export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  const segments = ptr.slice(1).split('/');
  // Most pointers escape nothing: every finding is placed through here.
  return ptr.includes('~') ? segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : segments;
}
