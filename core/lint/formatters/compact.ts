/**
 * ESLint's "compact" layout (the eslint-formatter-compact package), one line
 * per problem, which VS Code's `$eslint-compact` problem matcher
 * `^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$`
 * and the `eslint-compact` matcher of actions/setup-node parse:
 *
 *     /work/proj/data/a.json: line 3, col 11, Error - Tahun harus bilangan bulat. (schema)
 *     /work/proj/data/a.json: line 10, col 5, Error - Indikator "48" tidak ada di spbe-2020 (unknown-indicator)
 *     /work/proj/data/a.json: line 15, col 7, Info - Bukti dukung berumur lebih dari 2 tahun (evidence-stale)
 *     /work/proj/data/b.json: line 12, col 1, Error - Diharapkan tanda koma "," (syntax)
 *     (empty line)
 *     4 masalah
 *
 * i.e. `<absolute path>: line <l>, col <c>, <Error|Warning|Info> - <message> (<ruleId>)`,
 * 1-based.
 *
 * Paths are absolute, as ESLint prints them and as the matcher's "absolute"
 * fileLocation needs. Info diagnostics print as `Info` (the matcher accepts
 * it; ESLint itself has no info). Line breaks and runs of blanks in a message
 * become one space, and control characters in paths and messages are shown
 * escaped (`\u001b`). The closing count follows ctx.locale ("2 masalah" /
 * "2 problems"); unlike ESLint's, the output ends with a newline because it is
 * written to stdout as is. Empty output when there is no problem.
 * @module core/lint/formatters/compact
 */
import type { Severity } from '../diagnostic.ts';
import type { Formatter } from './types.ts';
import { absolutePath, countOf, countResults, oneLine, position1, printable, sortDiagnostics } from './utils.ts';

const WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export const compact: Formatter = (results, ctx) => {
  const { total } = countResults(results);
  if (total === 0) return '';
  let out = '';
  for (const r of results) {
    const file = printable(absolutePath(ctx.cwd, r.filePath));
    for (const d of sortDiagnostics(r.diagnostics)) {
      const p = position1(d);
      out += `${file}: line ${p.line}, col ${p.column}, ${WORD[d.severity]} - ${printable(oneLine(d.message[ctx.locale]))} (${d.ruleId})\n`;
    }
  }
  return `${out}\n${countOf(total, 'problem', ctx.locale)}\n`;
};
