/**
 * `spbe lint [files|dirs|globs...]`: every problem an assessor would find, at
 * the place to fix it. One pipeline, each stage once, as ESLint's CLI:
 *
 *   1. discover  which files the arguments reach        (cli/discover.ts)
 *   2. config    the nearest spbe.config.json per file   (cli/config.ts)
 *   3. lint      read, sniff, parse, schema, rules       (cli/lint-pool.ts → cli/lint-file.ts → core/lint)
 *   4. baseline  hide, record or prune known problems    (cli/baseline.ts)
 *   5. format    one formatter, to stdout                (core/lint/formatters)
 *
 * Exit codes (as ESLint's): 0 no errors (warnings allowed unless
 * --max-warnings); 1 errors, or too many warnings; 2 a usage or configuration
 * error, or an incomplete run: a file or folder that could not be read, or a
 * pattern that matched no file (unless --no-error-on-unmatched-pattern).
 * @module cli/commands/lint
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { rules } from '../../core/lint/rules/index.ts';
import { formatters } from '../../core/lint/formatters/index.ts';
import type { FileResult } from '../../core/lint/formatters/types.ts';
import { printable } from '../../core/lint/formatters/utils.ts';
import { DOCUMENT_START } from '../../core/lint/diagnostic.ts';
import type { Locale } from '../../core/types.ts';
import { UsageError, type Io } from '../io.ts';
import { discover, type ArgWalk, type Target } from '../discover.ts';
import { ConfigResolver, isIgnored } from '../config.ts';
import { applyBaseline, pruneUnused, readBaseline, recordProblems, unusedCount, writeBaseline } from '../baseline.ts';
import { VERSION } from '../version.ts';
import { lintAll, plannedWorkers } from '../lint-pool.ts';
import type { LintTask, LintTaskResult } from '../lint-file.ts';
import { evidenceSetting, mayReadEvidence, namedEvidenceDir } from '../evidence/setting.ts';

export const lintHelp = `spbe lint [berkas|folder|glob ...] [opsi]

Memeriksa berkas penilaian: sintaks, skema, dan aturan evaluasi. Folder ditelusuri
untuk *.json/*.jsonc yang berisi penilaian (node_modules dan .git dilewati).
Checks assessment files: syntax, schema and the evaluation's rules.

  --format stylish|compact|json|sarif|github   bentuk keluaran / output format (stylish)
  --locale id|en                               bahasa pesan / message language (id)
  --max-warnings N                             gagal bila peringatan > N / fail above N warnings
  --config FILE                                pakai konfigurasi ini saja / use only this config
  --baseline FILE                              sembunyikan masalah yang sudah tercatat / hide known problems
  --update-baseline                            catat masalah berkas yang diperiksa ke --baseline / record the linted files' problems
  --prune-baseline                             buang entri --baseline yang tak terpakai lagi / drop unused entries
  --no-error-on-unmatched-pattern              pola tanpa berkas bukan kesalahan / a pattern matching no file is no error
  --concurrency N|auto                         utas kerja / worker threads (auto: sesuai inti & jumlah berkas)
  --evidence-dir FOLDER                        folder berkas bukti dukung / evidence folder (bawaan / default:
                                               evidenceDir di spbe.config.json, lalu folder berkas penilaian)
  --no-evidence                                jangan buka berkas bukti dukung / do not open the evidence files
  --verbose                                    sebutkan berkas yang dilewati / list skipped files
`;

type FormatName = keyof typeof formatters;

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      format: { type: 'string', default: 'stylish' }, locale: { type: 'string', default: 'id' },
      'max-warnings': { type: 'string' }, config: { type: 'string' }, baseline: { type: 'string' },
      'update-baseline': { type: 'boolean', default: false }, 'prune-baseline': { type: 'boolean', default: false },
      'error-on-unmatched-pattern': { type: 'boolean', default: true }, 'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false }, concurrency: { type: 'string', default: 'auto' },
      'evidence-dir': { type: 'string' }, 'no-evidence': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!(values.format! in formatters)) throw new UsageError(`spbe lint: --format harus salah satu dari / must be one of ${Object.keys(formatters).join(', ')}`);
  if (values.locale !== 'id' && values.locale !== 'en') throw new UsageError('spbe lint: --locale harus id atau en / must be id or en');
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('spbe lint: --max-warnings perlu bilangan bulat >= 0 / needs an integer >= 0');
  }
  const concurrency: number | 'auto' = values.concurrency === 'auto' ? 'auto' : Number(values.concurrency);
  if (concurrency !== 'auto' && (!Number.isInteger(concurrency) || concurrency < 1)) throw new UsageError('spbe lint: --concurrency perlu bilangan bulat >= 1 atau auto / needs an integer >= 1 or auto');
  if (values['evidence-dir'] !== undefined && values['no-evidence']) throw new UsageError('spbe lint: --evidence-dir dan --no-evidence tidak dapat dipakai bersama / cannot be used together');
  if ((values['update-baseline'] || values['prune-baseline']) && !values.baseline) throw new UsageError('spbe lint: --update-baseline dan --prune-baseline perlu --baseline FILE / need --baseline FILE');
  return {
    help: values.help, format: values.format as FormatName, locale: values.locale as Locale, maxWarnings, concurrency,
    config: values.config, baseline: values.baseline, update: values['update-baseline']!, prune: values['prune-baseline']!,
    unmatchedIsError: values['error-on-unmatched-pattern']! && !values['no-error-on-unmatched-pattern'],
    verbose: values.verbose!, patterns: positionals.length ? positionals : ['.'],
    evidenceDir: values['evidence-dir'], evidence: !values['no-evidence'],
  };
}

/** Each file once, in the order first reached; a file named anywhere counts as named. */
function uniqueTargets(walks: readonly ArgWalk[]): Target[] {
  const byPath = new Map<string, Target>();
  for (const w of walks) {
    for (const t of w.targets) {
      const had = byPath.get(t.absolute);
      if (!had) byPath.set(t.absolute, { ...t });
      else if (t.named && !had.named) Object.assign(had, { named: true, file: t.file });
    }
  }
  return [...byPath.values()];
}

export async function lint(args: string[], io: Io): Promise<number> {
  const o = options(args);
  if (o.help) { io.stdout(lintHelp); return 0; }
  const { cwd } = io;
  const note = (s: string) => io.stderr(`${s}\n`);
  const baseline = o.baseline ? readBaseline(resolve(cwd, o.baseline), !o.update) : null;
  const evidenceDir = o.evidenceDir !== undefined ? namedEvidenceDir(cwd, o.evidenceDir) : undefined;

  // 1. discover
  const discovery = discover(o.patterns, cwd);
  const targets = uniqueTargets(discovery.walks);

  // 2. config: a named file a config ignores gets ESLint's warning, naming the config.
  const configs = new ConfigResolver(cwd, o.config);
  const tasks: LintTask[] = [];
  const outcome = new Map<string, LintTaskResult | { ignoredBy: string }>();
  for (const t of targets) {
    const cfg = configs.forFile(t.absolute);
    if (isIgnored(cfg, t.absolute)) outcome.set(t.absolute, { ignoredBy: cfg.path! });
    else tasks.push({ file: t.file, path: t.absolute, rules: cfg.rules, named: t.named, evidence: o.evidence ? evidenceSetting(t.absolute, evidenceDir, cfg.evidenceDir) : undefined });
  }

  // 3. lint
  const plan = plannedWorkers(tasks.length, o.concurrency, undefined, o.evidence && mayReadEvidence(tasks.map((t) => t.evidence)));
  if (plan.cappedFrom) note(`spbe lint: --concurrency ${plan.cappedFrom} dibatasi ke ${plan.workers}, jumlah inti / capped at ${plan.workers}, the cores available`);
  const linted = await lintAll(tasks, plan.workers);
  tasks.forEach((t, i) => outcome.set(t.path, linted[i]!));

  const results: FileResult[] = [];
  let incomplete = discovery.problems.length > 0;
  for (const p of discovery.problems) note(`spbe lint: ${printable(p.path)}: ${p.reason}`);
  const skipped = [...discovery.skipped];
  for (const t of targets) {
    const r = outcome.get(t.absolute)!;
    if ('ignoredBy' in r) {
      if (t.named) {
        results.push({ filePath: t.file, diagnostics: [{
          ruleId: 'ignored', severity: 'warning', pointer: '', range: DOCUMENT_START,
          message: { id: `Berkas diabaikan: cocok dengan ignores di ${r.ignoredBy}`, en: `File ignored because of a matching ignore pattern in ${r.ignoredBy}` },
        }] });
      } else skipped.push({ path: t.file, reason: `cocok dengan ignores di / matches ignores in ${r.ignoredBy}` });
      continue;
    }
    if (!r.linted) { skipped.push({ path: t.file, reason: 'bukan berkas penilaian (tanpa "indicators", "$schema" penilaian, atau "framework" SPBE/Pemdi di tingkat teratas) / not an assessment (no root "indicators", assessment "$schema" or SPBE/Pemdi "framework")' }); continue; }
    if (r.failed) incomplete = true;
    results.push({ filePath: t.file, diagnostics: r.diagnostics, rulesSkipped: r.rulesSkipped });
  }
  if (o.verbose) for (const s of skipped) note(`dilewati / skipped ${printable(s.path)}: ${s.reason}`);

  // A folder or glob that led to no linted file: ESLint's "no files matched" (exit 2).
  let unmatched = false;
  for (const w of discovery.walks) {
    if (w.kind === 'file' || w.targets.some((t) => { const r = outcome.get(t.absolute)!; return 'linted' in r ? r.linted : t.named; })) continue;
    unmatched = true;
    const allIgnored = w.targets.length > 0 && w.targets.every((t) => 'ignoredBy' in outcome.get(t.absolute)!);
    note(`spbe lint: ${printable(w.arg)}: ${allIgnored
      ? 'semua berkas yang cocok diabaikan oleh ignores konfigurasi / all files matched are ignored by a configuration\'s ignores'
      : 'tidak ada berkas penilaian yang cocok / no assessment files matched (no files matched)'}`);
  }

  // 4. baseline
  let suppressed = 0;
  if (baseline) {
    const mine = results.filter((r) => !r.diagnostics.some((d) => d.ruleId === 'io' || d.ruleId === 'internal-error'));
    if (o.update) {
      const n = recordProblems(baseline, cwd, mine);
      writeBaseline(baseline);
      note(`baseline ${printable(o.baseline!)}: ${n} masalah dicatat / problems recorded`);
      return incomplete ? 2 : 0;
    }
    for (const r of results) {
      const applied = applyBaseline(baseline, cwd, r.filePath, r.diagnostics);
      r.diagnostics = applied.kept;
      suppressed += applied.suppressed;
    }
    if (o.prune) {
      const n = pruneUnused(baseline);
      writeBaseline(baseline);
      note(`baseline ${printable(o.baseline!)}: ${n} entri tak terpakai dibuang / unused entries dropped`);
      return incomplete ? 2 : 0;
    }
  }

  // 5. format
  const out = formatters[o.format](results, {
    locale: o.locale, cwd, version: VERSION, color: io.color && o.format === 'stylish',
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta])),
  });
  if (out) io.stdout(out.endsWith('\n') ? out : `${out}\n`);
  if (baseline) {
    const unused = unusedCount(baseline);
    if (suppressed || unused) note(`baseline: ${suppressed} disembunyikan / suppressed${unused ? `, ${unused} entri tak terpakai lagi (buang dengan --prune-baseline) / unused entries (drop them with --prune-baseline)` : ''}`);
  }
  if (o.verbose) note(`${results.length} berkas diperiksa / files linted${plan.workers > 1 ? ` (${plan.workers} utas / threads)` : ''}`);

  let errors = 0;
  let warnings = 0;
  for (const r of results) for (const d of r.diagnostics) { if (d.severity === 'error') errors++; else if (d.severity === 'warning') warnings++; }
  if (incomplete || (unmatched && o.unmatchedIsError)) return 2;
  if (errors > 0) return 1;
  if (o.maxWarnings >= 0 && warnings > o.maxWarnings) {
    note(`spbe lint: ${warnings} peringatan melebihi --max-warnings ${o.maxWarnings} / warnings exceed --max-warnings`);
    return 1;
  }
  return 0;
}
