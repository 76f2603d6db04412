/**
 * The default formatter: ESLint's "stylish" layout byte for byte (checked
 * against ESLint's own formatter in the test), so VS Code's `$eslint-stylish`
 * problem matcher reads it unchanged:
 *
 *     (empty line)
 *     /work/proj/data/a.json
 *        3:11  error  Tahun harus bilangan bulat               schema
 *       10:5   error  Indikator "48" tidak ada di spbe-2020    unknown-indicator
 *       15:7   info   Bukti dukung berumur lebih dari 2 tahun  evidence-stale
 *     (empty line)
 *     /work/proj/data/b.json
 *       12:1  error  Diharapkan tanda koma ","  syntax
 *       aturan evaluasi belum dijalankan: perbaiki kesalahan di atas dulu
 *     (empty line)
 *     ✖ 4 masalah (3 kesalahan, 0 peringatan, 1 info)
 *
 * Rows are `  line:col  severity  message  ruleId` (1-based), each column
 * padded to its widest cell per file, line numbers right-aligned, as ESLint's
 * text-table does. The note line follows the problems of a file whose
 * evaluation rules were skipped (FileResult.rulesSkipped); the summary's info
 * part appears only when there are infos ("✖ 5 problems (3 errors, 2 warnings)"
 * in English).
 *
 * Paths are absolute: the matcher's file line must start with `/`, `.`, `\` or
 * a drive letter, and its fileLocation is "absolute". Severity words are
 * ESLint's `error`/`warning`, plus `info`, which the matcher also accepts.
 * As in ESLint, a trailing period is dropped from messages; line breaks and
 * runs of blanks become one space (the matcher splits message from rule at
 * two blanks). Control characters in paths and messages are shown escaped
 * (`\u001b`), so a file's content never drives the terminal. Empty output
 * when there is no problem. Colour only with ctx.color.
 * @module core/lint/formatters/stylish
 */
import type { Severity } from '../diagnostic.ts';
import type { Formatter } from './types.ts';
import { eslintRuleId } from './pseudo-rules.ts';
import { absolutePath, countOf, countResults, oneLine, position1, printable, sortDiagnostics } from './utils.ts';

// SGR on/off codes as Node's util.styleText writes them (ESLint uses it).
const SGR = { underline: [4, 24], red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], reset: [0, 0] } as const;
type Style = keyof typeof SGR;
const COLOUR: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

const SKIPPED = {
  id: 'aturan evaluasi belum dijalankan: perbaiki kesalahan di atas dulu',
  en: 'evaluation rules not run yet: fix the errors above first',
};

/** ESLint drops one trailing period unless a blank precedes it. */
function messageText(s: string): string {
  const m = printable(oneLine(s));
  return m.length > 1 && m.endsWith('.') && m.at(-2) !== ' ' ? m.slice(0, -1) : m;
}

export const stylish: Formatter = (results, ctx) => {
  const counts = countResults(results);
  if (counts.total === 0) return '';
  const paint = (style: Style, s: string) => (ctx.color ? `\u001b[${SGR[style][0]}m${s}\u001b[${SGR[style][1]}m` : s);
  const pad = (s: string, width: number) => ' '.repeat(width - s.length);
  let out = '\n';
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const rows = sortDiagnostics(r.diagnostics).map((d) => {
      const p = position1(d);
      return [String(p.line), String(p.column), d.severity, messageText(d.message[ctx.locale]), eslintRuleId(d) ?? ''] as const;
    });
    const w = [0, 1, 2, 3].map((i) => rows.reduce((max, row) => Math.max(max, row[i]!.length), 0));
    out += `${paint('underline', printable(absolutePath(ctx.cwd, r.filePath)))}\n`;
    for (const [line, col, severity, message, ruleId] of rows) {
      // ESLint's text-table: cells joined by two blanks, line right-aligned and
      // glued to the column as "line:col", trailing blanks trimmed.
      const row = `  ${pad(line, w[0]!)}${paint('dim', `${line}:${col}`)}${pad(col, w[1]!)}`
        + `  ${paint(COLOUR[severity], severity)}${pad(severity, w[2]!)}  ${message}${pad(message, w[3]!)}  ${ruleId ? paint('dim', ruleId) : ''}`;
      out += `${row.trimEnd()}\n`;
    }
    if (r.rulesSkipped) out += `  ${paint('dim', SKIPPED[ctx.locale])}\n`;
    out += '\n';
  }
  const parts = [countOf(counts.error, 'error', ctx.locale), countOf(counts.warning, 'warning', ctx.locale)];
  if (counts.info > 0) parts.push(countOf(counts.info, 'info', ctx.locale));
  const summary = `\u2716 ${countOf(counts.total, 'problem', ctx.locale)} (${parts.join(', ')})`;
  out += `${paint(counts.error > 0 ? 'red' : 'yellow', paint('bold', summary))}\n`;
  return paint('reset', out);
};
