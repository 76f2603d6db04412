/**
 * What every formatter receives. Formatters are pure functions
 * `(results, ctx) => string`, one per file, in the manner of Spectral's.
 * @module core/lint/formatters/types
 */
import type { Locale } from '../../types.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { RuleMeta } from '../rule.ts';

export interface FileResult {
  /** The path as the user gave it or as found under a directory (relative or absolute). */
  filePath: string;
  diagnostics: Diagnostic[];
  /** Set when the evaluation rules could not run because the file is not a valid assessment. */
  rulesSkipped?: boolean;
}

export interface FormatContext {
  locale: Locale;
  /** Working directory, for relative paths in CI annotations and SARIF. */
  cwd: string;
  /** Meta of every rule known, by id (for SARIF rule metadata and docs links). */
  rules: Record<string, RuleMeta>;
  /** Tool version, for SARIF. */
  version: string;
  /** Colour escapes allowed (stylish only). */
  color?: boolean;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
