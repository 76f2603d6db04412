/**
 * `spbe lint [files|dirs|globs...]`: every problem an assessor would find, at
 * the place to fix it. The command parses arguments, finds files and config,
 * and delegates checking to core/lint and output to core/lint/formatters.
 * Exit codes: 0 no errors (warnings allowed unless --max-warnings), 1 errors
 * (or too many warnings), 2 usage/configuration error or an unreadable file.
 * @module cli/commands/lint
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { rules } from '../../core/lint/rules/index.ts';
import { formatters } from '../../core/lint/formatters/index.ts';
import type { FileResult } from '../../core/lint/formatters/types.ts';
import type { Locale } from '../../core/types.ts';
import { UsageError, type Io } from '../io.ts';
import { looksLikeAssessment, settle, walkArgs } from '../discover.ts';
import { ConfigResolver, isIgnored } from '../config.ts';
import { applyBaseline, readBaseline, unusedCount, writeBaseline } from '../baseline.ts';
import { VERSION } from '../version.ts';
import { lintAll, plannedWorkers } from '../lint-pool.ts';
import type { LintTask } from '../lint-file.ts';
import { evidenceSetting, namedEvidenceDir } from '../evidence/setting.ts';

export const lintHelp = `spbe lint [berkas|folder|glob ...] [opsi]

Memeriksa berkas penilaian: sintaks, skema, dan aturan evaluasi. Folder ditelusuri
untuk *.json/*.jsonc yang berisi penilaian (node_modules dan .git dilewati).
Checks assessment files: syntax, schema and the evaluation's rules.

  --format stylish|compact|json|sarif|github   bentuk keluaran / output format (stylish)
  --locale id|en                               bahasa pesan / message language (id)
  --max-warnings N                             gagal bila peringatan > N / fail above N warnings
  --config FILE                                pakai konfigurasi ini saja / use only this config
  --baseline FILE                              sembunyikan masalah yang sudah tercatat / hide known problems
  --update-baseline                            tulis semua masalah saat ini ke --baseline / record current problems
  --concurrency N|auto                         utas kerja / worker threads (auto: sesuai inti & jumlah berkas)
  --evidence-dir FOLDER                        folder berkas bukti dukung / evidence folder (bawaan / default:
                                               evidenceDir di spbe.config.json, lalu folder berkas penilaian)
  --no-evidence                                jangan buka berkas bukti dukung / do not open the evidence files
  --verbose                                    sebutkan berkas yang dilewati / list skipped files
`;

type FormatName = keyof typeof formatters;

export async function lint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      format: { type: 'string', default: 'stylish' }, locale: { type: 'string', default: 'id' },
      'max-warnings': { type: 'string' }, config: { type: 'string' }, baseline: { type: 'string' },
      'update-baseline': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: 'auto' },
      'evidence-dir': { type: 'string' }, 'no-evidence': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.stdout(lintHelp); return 0; }
  if (!(values.format! in formatters)) throw new UsageError(`spbe lint: --format harus salah satu dari / must be one of ${Object.keys(formatters).join(', ')}`);
  if (values.locale !== 'id' && values.locale !== 'en') throw new UsageError('spbe lint: --locale harus id atau en / must be id or en');
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('spbe lint: --max-warnings perlu bilangan bulat >= 0 / needs an integer >= 0');
  }
  const concurrency = values.concurrency === 'auto' ? 'auto' : Number(values.concurrency);
  if (concurrency !== 'auto' && (!Number.isInteger(concurrency) || concurrency < 1)) throw new UsageError('spbe lint: --concurrency perlu bilangan bulat >= 1 atau auto / needs an integer >= 1 or auto');
  if (values['update-baseline'] && !values.baseline) throw new UsageError('spbe lint: --update-baseline perlu --baseline FILE / needs --baseline FILE');
  const locale = values.locale as Locale;
  const cwd = io.cwd;
  if (values['evidence-dir'] !== undefined && values['no-evidence']) throw new UsageError('spbe lint: --evidence-dir dan --no-evidence tidak dapat dipakai bersama / cannot be used together');
  const evidenceDir = values['evidence-dir'] !== undefined ? namedEvidenceDir(cwd, values['evidence-dir']) : undefined;

  const walks = walkArgs(positionals.length ? positionals : ['.'], cwd);
  const configs = new ConfigResolver(cwd, values.config);
  const baseline = values.baseline ? readBaseline(resolve(cwd, values.baseline), !values['update-baseline']) : null;

  // Each file once, in the order first reached. Files found in folders are
  // linted only if they look like assessments, which the read for linting
  // tells (cli/discover.ts); so which files count is settled after linting.
  const reach = new Map<string, { absolute: string; named: boolean; found: boolean }>();
  for (const w of walks) {
    for (const { path, absolute } of w.reached) {
      const r = reach.get(path) ?? { absolute, named: false, found: false };
      if (w.kind === 'file') r.named = true;
      else r.found = true;
      reach.set(path, r);
    }
  }
  const tasks: LintTask[] = [];
  const ignoredBy = new Map<string, string | null>();
  /** Found files not linted (ignored, or under a broken config): asked by opening them, as discovery alone would. */
  const sniffed = new Map<string, boolean>();
  for (const [file, { absolute, named, found }] of reach) {
    let cfg;
    try {
      cfg = configs.forFile(absolute);
    } catch (e) {
      // A broken config stops the run only for a file that is linted.
      if (named || !(e instanceof UsageError)) throw e;
      if (looksLikeAssessment(absolute)) throw e;
      sniffed.set(file, false);
      continue;
    }
    if (isIgnored(cfg, absolute)) {
      ignoredBy.set(file, cfg.path);
      if (found) sniffed.set(file, looksLikeAssessment(absolute));
    } else {
      const evidence = values['no-evidence'] ? undefined : evidenceSetting(cwd, absolute, evidenceDir, cfg.evidenceDir);
      tasks.push({ file, path: absolute, rules: cfg.rules, named, found, evidence });
    }
  }
  const workers = plannedWorkers(tasks.length, concurrency);
  const linted = await lintAll(tasks, workers);
  const resultOf = new Map(tasks.map((t, i) => [t.file, linted[i]!]));
  const found = settle(walks, (p) => sniffed.get(p) ?? resultOf.get(p)!.looksLikeAssessment === true);
  for (const m of found.missing) io.stderr(`spbe lint: ${m}: tidak ada berkas penilaian yang cocok / no assessment files matched\n`);

  const results: FileResult[] = [];
  let unreadable = 0;
  let suppressed = 0;
  for (const file of found.files) {
    if (ignoredBy.has(file)) {
      if (values.verbose) io.stderr(`dilewati / skipped ${file}: cocok dengan ignores di / matches ignores in ${ignoredBy.get(file)}\n`);
      continue;
    }
    const r = resultOf.get(file)!;
    if (r.unreadable) unreadable++;
    let diagnostics = r.diagnostics;
    if (baseline && !values['update-baseline'] && !r.unreadable) {
      const applied = applyBaseline(baseline, cwd, file, diagnostics);
      diagnostics = applied.kept;
      suppressed += applied.suppressed;
    }
    results.push({ filePath: file, diagnostics, rulesSkipped: r.rulesSkipped });
  }
  if (values.verbose) for (const s of found.skipped) io.stderr(`dilewati / skipped ${s.path}: ${s.reason}\n`);

  if (values['update-baseline'] && baseline) {
    const n = writeBaseline(baseline.path, cwd, results.filter((r) => !r.diagnostics.some((d) => d.ruleId === 'io')));
    io.stderr(`baseline ${values.baseline}: ${n} masalah dicatat / problems recorded\n`);
    return unreadable ? 2 : 0;
  }

  const out = formatters[values.format as FormatName](results, {
    locale, cwd, version: VERSION, color: io.color && values.format === 'stylish',
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta])),
  });
  if (out) io.stdout(out.endsWith('\n') ? out : `${out}\n`);
  if (baseline) {
    const unused = unusedCount(baseline);
    if (suppressed || unused) io.stderr(`baseline: ${suppressed} disembunyikan / suppressed${unused ? `, ${unused} entri tak terpakai lagi (perbarui dengan --update-baseline) / unused entries (refresh with --update-baseline)` : ''}\n`);
  }
  if (values.verbose) io.stderr(`${results.length} berkas diperiksa / files linted${workers > 1 ? ` (${workers} utas / threads)` : ''}\n`);

  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (unreadable) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`spbe lint: ${warnings} peringatan melebihi --max-warnings ${maxWarnings} / warnings exceed --max-warnings\n`);
    return 1;
  }
  return 0;
}
