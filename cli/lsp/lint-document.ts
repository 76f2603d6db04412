/**
 * The language server's one door into the lint pipeline: an open document's
 * text and path in, what `spbe lint --format json` would report for that text
 * out, with the same spbe.config.json discovery, ignores and baseline. Nothing
 * here judges a file; it only calls what `spbe lint` calls (cli/commands/lint.ts),
 * so when the pipeline changes, this file is the one to follow it.
 * @module cli/lsp/lint-document
 */
import { resolve } from 'node:path';
import { lintText, type LintResult } from '../../core/lint/lint.ts';
import { loadAssessmentText } from '../../core/assessment/load.ts';
import type { EvidenceFacts } from '../../core/evidence/facts.ts';
import { EvidenceOpener, openEvidence } from '../evidence/lint-evidence.ts';
import { evidenceSetting } from '../evidence/setting.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import { ConfigResolver, isIgnored } from '../config.ts';
import { applyBaseline, asRead, readBaseline, type Baseline } from '../baseline.ts';
import { bytesLookLikeAssessment } from '../assessment-sniff.ts';

/** What `spbe lint` gets from its command line, as the server's settings give it. */
export interface PipelineOptions {
  /** Where relative paths are resolved (the workspace folder; `spbe lint`'s cwd). */
  cwd: string;
  /** `--config FILE`: this config only, no discovery. */
  config?: string;
  /** `--baseline FILE`. */
  baseline?: string;
}

export type DocumentLint =
  /** Linted: the diagnostics `spbe lint` would print, and the result the editor features read. */
  | { kind: 'linted'; diagnostics: Diagnostic[]; result: LintResult }
  /** Matched by the config's `ignores`: `spbe lint` skips it, so the editor shows nothing. */
  | { kind: 'ignored'; configPath: string | null }
  /** The config (or baseline) is broken: `spbe lint` stops with this message (exit 2). */
  | { kind: 'unusable'; message: string };

/**
 * One configuration state of the pipeline: the config resolver and the
 * baseline as read now. The server makes a new one when spbe.config.json or
 * the baseline changes on disk (both are read from disk, as `spbe lint` reads them).
 */
export class Pipeline {
  private readonly configs: ConfigResolver;
  private baseline: Baseline | null = null;
  private baselineProblem: string | null = null;
  /** Files the documents cite, opened again when they change on disk. */
  private readonly opener = new EvidenceOpener(false);

  constructor(private readonly options: PipelineOptions) {
    this.configs = new ConfigResolver(options.cwd, options.config);
    if (options.baseline) {
      try {
        this.baseline = readBaseline(resolve(options.cwd, options.baseline), true);
      } catch (e) {
        this.baselineProblem = (e as Error).message;
      }
    }
  }

  /**
   * The text of the document at this path, linted as `spbe lint <path>` would
   * lint the same bytes on disk (a relative path, for an unsaved document, is
   * taken in the workspace folder).
   */
  lint(text: string, documentPath: string, evidence?: EvidenceFacts): DocumentLint {
    if (this.baselineProblem) return { kind: 'unusable', message: this.baselineProblem };
    const path = resolve(this.options.cwd, documentPath);
    let cfg;
    try {
      cfg = this.configs.forFile(path);
    } catch (e) {
      return { kind: 'unusable', message: (e as Error).message };
    }
    if (isIgnored(cfg, path)) return { kind: 'ignored', configPath: cfg.path };
    const result = lintText(text, path, { rules: cfg.rules, evidence });
    let diagnostics = result.diagnostics;
    if (this.baseline) {
      // applyBaseline spends the baseline's counts as it matches; each lint of
      // a document starts from the counts on disk, as each `spbe lint` run does.
      diagnostics = applyBaseline(asRead(this.baseline), this.options.cwd, path, diagnostics).kept;
    }
    return { kind: 'linted', diagnostics, result };
  }

  /**
   * The evidence files this text cites, opened as `spbe lint` opens them (its
   * evidence stage, cli/evidence/): in the config's evidenceDir, else the
   * document's folder. Undefined when there is nothing to open or the file
   * would not be linted.
   */
  async openEvidence(text: string, documentPath: string): Promise<EvidenceFacts | undefined> {
    if (this.baselineProblem) return undefined;
    const path = resolve(this.options.cwd, documentPath);
    let cfg;
    try {
      cfg = this.configs.forFile(path);
    } catch {
      return undefined;
    }
    if (isIgnored(cfg, path)) return undefined;
    const { assessment } = loadAssessmentText(text, path);
    return assessment ? openEvidence(assessment, evidenceSetting(path, undefined, cfg.evidenceDir), cfg.rules, this.opener) : undefined;
  }

  /** The spbe.config.json that applies to this file, or null (none found, or broken). */
  configPathFor(path: string): string | null {
    try {
      return this.configs.forFile(path).path;
    } catch {
      return null;
    }
  }
}

/** Discovery reads 64 KiB; that many characters are at least that many bytes. */
const HEAD_CHARS = 64 * 1024;
/** Whether an open document is one to lint: what `spbe lint` takes for an assessment among the files it finds (cli/assessment-sniff.ts). */
export function looksLikeAssessment(text: string): boolean {
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  return bytesLookLikeAssessment(Buffer.from(head, 'utf8'));
}
