/**
 * ESLint's JSON shape (its `json` formatter is `JSON.stringify(results)`), one
 * entry per file, so tools that read `eslint -f json` read this too:
 *
 *     [{"filePath":"/work/proj/data/a.json","messages":[{"ruleId":"schema","severity":2,
 *       "message":"Tahun harus bilangan bulat.","line":3,"column":11,"endLine":3,"endColumn":17,
 *       "pointer":"/year","level":"error"}],"suppressedMessages":[],"errorCount":1,
 *       "fatalErrorCount":0,"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0,
 *       "usedDeprecatedRules":[]}]
 *
 * - filePath is absolute, as ESLint's; files without problems are listed too.
 * - severity is ESLint's 2 (error) or 1 (warning). ESLint has no info level,
 *   so info maps to 1 and counts in warningCount; the extra `level` field keeps
 *   the real one ("error" | "warning" | "info").
 * - line/column/endLine/endColumn are 1-based, endColumn exclusive (as ESLint).
 * - Extra fields: `pointer` (RFC 6901, into the file), `level`, and
 *   `rulesSkipped: true` on files whose evaluation rules did not run.
 * - A file that could not be read or parsed gets ESLint's fatal messages:
 *   `ruleId: null`, `fatal: true`, counted in fatalErrorCount (and errorCount);
 *   the pointer and `level` still say what it was, and `spbeRuleId` our id
 *   (syntax, encoding, io, internal-error). A named file that a config
 *   ignores gets ESLint's warning with `ruleId: null`.
 * - message is in ctx.locale. One line, ending with a newline.
 * @module core/lint/formatters/json
 */
import type { Severity } from '../diagnostic.ts';
import type { Formatter } from './types.ts';
import { eslintRuleId, isFatal } from './pseudo-rules.ts';
import { absolutePath, position1, sortDiagnostics } from './utils.ts';

const ESLINT_SEVERITY: Record<Severity, 1 | 2> = { error: 2, warning: 1, info: 1 };

export const json: Formatter = (results, ctx) => {
  const out = results.map((r) => {
    let fatalErrorCount = 0;
    const messages = sortDiagnostics(r.diagnostics).map((d) => {
      const fatal = isFatal(d);
      const ruleId = eslintRuleId(d);
      if (fatal) fatalErrorCount++;
      return {
        ruleId,
        ...(fatal && { fatal: true }),
        severity: ESLINT_SEVERITY[d.severity],
        message: d.message[ctx.locale],
        ...position1(d),
        pointer: d.pointer,
        level: d.severity,
        ...(ruleId === null && { spbeRuleId: d.ruleId }),
      };
    });
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return {
      filePath: absolutePath(ctx.cwd, r.filePath),
      messages,
      suppressedMessages: [],
      errorCount,
      fatalErrorCount,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
      ...(r.rulesSkipped ? { rulesSkipped: true } : {}),
    };
  });
  return `${JSON.stringify(out)}\n`;
};
