/**
 * `spbe score <file> [--format text|json] [--locale id|en]`
 * Exit codes: 0 scored; 1 not a valid assessment (with the reasons, where they
 * are); 2 usage error or unreadable file.
 * @module cli/commands/score
 */
import { parseArgs } from 'node:util';
import { loadAssessmentBytes } from '../../core/assessment/load.ts';
import { checkLoaded } from '../../core/lint/lint.ts';
import unknownIndicator from '../../core/lint/rules/unknown-indicator.ts';
import { scoreReport } from '../../core/report/score-report.ts';
import { scoreJson } from '../../core/report/score-json.ts';
import { scoreText } from '../../core/report/score-text.ts';
import type { Locale } from '../../core/types.ts';
import { UsageError, type Io } from '../io.ts';
import { readUserFile } from '../read.ts';
import { problemLine } from '../problem-line.ts';
import { printable, printableLines } from '../../core/lint/formatters/utils.ts';

export const scoreHelp = `spbe score <berkas> [--format text|json] [--locale id|en]

Menghitung indeks, predikat, nilai per aspek/domain, jumlah indikator terisi,
dan langkah termurah menuju predikat berikutnya.
Computes the index, predicate, per-aspect/domain values, filled count and the
cheapest steps to the next predicate.
`;

export function score(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { format: { type: 'string', default: 'text' }, locale: { type: 'string', default: 'id' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.stdout(scoreHelp); return 0; }
  if (positionals.length !== 1) throw new UsageError('spbe score: sebutkan tepat satu berkas / give exactly one file');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`spbe score: --format harus text atau json / must be text or json (bukan / not "${values.format}")`);
  if (values.locale !== 'id' && values.locale !== 'en') throw new UsageError(`spbe score: --locale harus id atau en / must be id or en`);
  const locale = values.locale as Locale;
  const file = positionals[0]!;
  const read = readUserFile(file);
  if (!read.ok) throw new UsageError(`${printable(file)}: ${read.reason}`);
  const loaded = loadAssessmentBytes(read.bytes, file);
  // An indicator the framework lacks would be left out of the index without a word: refused.
  const unknown = checkLoaded(loaded, [unknownIndicator]);
  for (const d of [...loaded.diagnostics, ...unknown]) io.stderr(problemLine(file, d, locale) + '\n');
  if (!loaded.assessment || unknown.length) {
    io.stderr(locale === 'id' ? `${printable(file)}: bukan berkas penilaian yang valid; tidak dinilai.\n` : `${printable(file)}: not a valid assessment; not scored.\n`);
    return 1;
  }
  const report = scoreReport(loaded.assessment);
  // Names in the file (the agency's) are shown with control characters escaped; JSON escapes them itself.
  io.stdout(values.format === 'json' ? JSON.stringify(scoreJson(report), null, 2) + '\n' : printableLines(scoreText(report, locale)));
  return 0;
}
