/**
 * `spbe compare <last> <current> [--format text|json] [--locale id|en]`
 * <last>: an assessment file (stage "akhir"), a Tauval API JSON response, or
 * text pasted from the result report; <current>: an assessment file.
 * Exit codes as for score: 0 compared; 1 a file is not readable as what it
 * should be (with the reasons, where they are); 2 usage error or unreadable file.
 * @module cli/commands/compare
 */
import { parseArgs } from 'node:util';
import { decodeBytes } from '../../core/json/decode.ts';
import { loadAssessmentBytes } from '../../core/assessment/load.ts';
import { checkLoaded } from '../../core/lint/lint.ts';
import unknownIndicator from '../../core/lint/rules/unknown-indicator.ts';
import { readLast, type LastKind } from '../../core/compare/read-last.ts';
import { compare as compareResults } from '../../core/compare/compare.ts';
import { compareJson } from '../../core/report/compare-json.ts';
import { compareText } from '../../core/report/compare-text.ts';
import { isFrameworkId } from '../../core/frameworks/index.ts';
import type { Locale } from '../../core/types.ts';
import { UsageError, type Io } from '../io.ts';
import { readUserFile } from '../read.ts';
import { problemLine } from '../problem-line.ts';
import { orderNote } from '../../core/compare/order-note.ts';
import { printable, printableLines } from '../../core/lint/formatters/utils.ts';

export const compareHelp = `spbe compare <tahun-lalu> <tahun-ini> [opsi]

Membandingkan hasil tahun lalu dengan penilaian tahun ini. Tahun lalu boleh berupa berkas
penilaian (tahap "akhir"), respons JSON API Tauval, atau teks salinan laporan hasil.
Compares last year's result with this year's assessment.

  --format text|json        bentuk keluaran / output format (text)
  --locale id|en            bahasa / language (id)
  --last-kind auto|assessment|tauval|text   jenis berkas tahun lalu / kind of last year's file (auto)
  --last-framework spbe-2020|pemdi-2026     kerangka teks laporan / framework of report text (ditebak / guessed)
  --agency-code KODE        pilih rekaman API Tauval / pick the Tauval API record
  --year TAHUN              tahun rekaman API / laporan / year of the API record or report
`;

export function compare(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      format: { type: 'string', default: 'text' }, locale: { type: 'string', default: 'id' },
      'last-kind': { type: 'string', default: 'auto' }, 'last-framework': { type: 'string' },
      'agency-code': { type: 'string' }, year: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.stdout(compareHelp); return 0; }
  if (positionals.length !== 2) throw new UsageError('spbe compare: sebutkan dua berkas: tahun lalu dan tahun ini / give two files: last year and this year');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('spbe compare: --format harus text atau json / must be text or json');
  if (values.locale !== 'id' && values.locale !== 'en') throw new UsageError('spbe compare: --locale harus id atau en / must be id or en');
  if (!['auto', 'assessment', 'tauval', 'text'].includes(values['last-kind']!)) throw new UsageError('spbe compare: --last-kind harus auto, assessment, tauval atau text');
  if (values['last-framework'] !== undefined && !isFrameworkId(values['last-framework'])) throw new UsageError('spbe compare: --last-framework harus spbe-2020 atau pemdi-2026');
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year)) throw new UsageError('spbe compare: --year perlu tahun, mis. 2025 / needs a year');
  const locale = values.locale as Locale;
  const [lastFile, currentFile] = positionals as [string, string];

  const lastRead = readUserFile(lastFile);
  if (!lastRead.ok) throw new UsageError(`${printable(lastFile)}: ${lastRead.reason}`);
  const currentRead = readUserFile(currentFile);
  if (!currentRead.ok) throw new UsageError(`${printable(currentFile)}: ${currentRead.reason}`);

  const decoded = decodeBytes(lastRead.bytes);
  if (!decoded.ok) { io.stderr(`${printable(lastFile)}:1:1: error ${decoded.reason[locale]}\n`); return 1; }
  const last = readLast(decoded.text, lastFile, {
    kind: values['last-kind'] as LastKind,
    ...(values['last-framework'] ? { framework: values['last-framework'] as 'spbe-2020' | 'pemdi-2026' } : {}),
    ...(values['agency-code'] ? { agencyCode: values['agency-code'] } : {}),
    ...(year ? { year } : {}),
  });
  const current = loadAssessmentBytes(currentRead.bytes, currentFile);
  // As for score: an indicator the framework lacks would vanish from the comparison without a word.
  const unknown = checkLoaded(current, [unknownIndicator]);
  let bad = false;
  if (!last.ok) {
    bad = true;
    for (const d of last.diagnostics ?? []) io.stderr(problemLine(lastFile, d, locale) + '\n');
    if (last.reason) io.stderr(`${printable(lastFile)}: ${printable(last.reason[locale])}\n`);
    if (last.mustPick) io.stderr(locale === 'id' ? 'Pilih rekamannya dengan --agency-code KODE dan/atau --year TAHUN.\n' : 'Pick the record with --agency-code CODE and/or --year YEAR.\n');
  }
  if (!current.assessment || unknown.length) {
    bad = true;
    for (const d of [...current.diagnostics, ...unknown]) io.stderr(problemLine(currentFile, d, locale) + '\n');
    io.stderr(locale === 'id' ? `${printable(currentFile)}: bukan berkas penilaian yang valid.\n` : `${printable(currentFile)}: not a valid assessment.\n`);
  }
  if (bad || !last.ok || !current.assessment) return 1;
  if (last.result.year === null) io.stderr(locale === 'id' ? `${printable(lastFile)}: tahun hasilnya tidak terbaca; sebutkan dengan --year TAHUN.\n` : `${printable(lastFile)}: its year could not be read; give it with --year YEAR.\n`);
  const compared = compareResults(last.result, current.assessment);
  const result = { ...compared, notes: [...orderNote(compared.last.year, current.assessment.year), ...compared.notes] };
  io.stdout(values.format === 'json' ? JSON.stringify(compareJson(result), null, 2) + '\n' : printableLines(compareText(result, locale)));
  return 0;
}
