/**
 * The evidence stage of `spbe lint`: once an assessment is loaded, the files
 * it cites are opened in its evidence folder, and what was found goes to the
 * linter (LintOptions.evidence), whose evidence-* rules judge it and place
 * their findings on each file's name. One call from the pipeline
 * (cli/lint-file.ts); everything it needs about the folder comes in an
 * EvidenceSetting made by the command (cli/evidence/setting.ts).
 * @module cli/evidence/lint-evidence
 */
import { readdirSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import type { RuleSetting } from '../../core/lint/lint.ts';
import type { Assessment } from '../../core/types.ts';
import { WORKING_STAGES, entriesOf } from '../../core/lint/rule.ts';
import { openedEvidenceRules } from '../../core/lint/rules/index.ts';
import { evidencePointer } from '../../core/lint/rules/internal/evidence.ts';
import { frameworks } from '../../core/frameworks/index.ts';
import type { EvidenceFacts } from '../../core/evidence/facts.ts';
import type { Inspection } from '../../core/evidence/inspection.ts';
import { citedParts, isInside, locate, realFolder, type Located } from './folder.ts';
import { EvidenceCache, cacheRoot } from './cache.ts';
import { EXTRACTOR, Inspector } from './inspect.ts';

export interface EvidenceSetting {
  /** The evidence folder, absolute. */
  dir: string;
  /** As messages name it: relative to the assessment's own folder. */
  shown: string;
  /** Named by --evidence-dir or evidenceDir; otherwise the assessment's own folder, taken by default. */
  named: boolean;
}

/**
 * Opens cited files: one per `spbe lint` run and thread (every file and path
 * once), or one per language-server pipeline (files again when they change).
 */
export class EvidenceOpener {
  private readonly root = cacheRoot();
  private readonly cached: Inspector;
  private readonly uncached: Inspector;
  /** Where each cited name leads, per folder: in a run, asked once however many assessments cite it. */
  private readonly located = new Map<string, Located>();
  private readonly listed = new Map<string, ReadonlySet<string> | null>();
  private readonly real = new Map<string, string | null>();

  constructor(private readonly oncePerRun: boolean) {
    this.cached = new Inspector(new EvidenceCache(this.root, EXTRACTOR), oncePerRun);
    this.uncached = new Inspector(null, oncePerRun);
  }

  /** The cache is never written into the evidence folder, even when the user's cache folder lies inside it. */
  inspectorFor(folder: string): Inspector {
    return isInside(this.root, folder) ? this.uncached : this.cached;
  }

  /** The evidence folder as it really is (realFolder): in a run, resolved once however many assessments name it. */
  realFolder(dir: string): string | null {
    if (!this.oncePerRun) return realFolder(dir);
    let real = this.real.get(dir);
    if (real === undefined) this.real.set(dir, (real = realFolder(dir)));
    return real;
  }

  /** The names in a folder (null when it cannot be listed): in a run, listed once however many assessments it holds. */
  listing(folder: string): ReadonlySet<string> | null {
    if (!this.oncePerRun) return listFolder(folder);
    let names = this.listed.get(folder);
    if (names === undefined) this.listed.set(folder, (names = listFolder(folder)));
    return names;
  }

  locate(folder: string, cited: string): Located {
    if (!this.oncePerRun) return locate(folder, cited);
    const key = `${folder}\0${cited}`;
    let where = this.located.get(key);
    if (!where) this.located.set(key, (where = locate(folder, cited)));
    return where;
  }
}

let runOpener: EvidenceOpener | undefined;
/** This thread's opener for a `spbe lint` run. */
const forThisRun = (): EvidenceOpener => (runOpener ??= new EvidenceOpener(true));

function listFolder(folder: string): ReadonlySet<string> | null {
  try {
    return new Set(readdirSync(folder));
  } catch {
    return null;
  }
}

/**
 * Whether any cited file is in the folder, as far as its first path segment
 * tells (one listing of the folder, not a look-up per file: an assessment
 * with its evidence elsewhere may cite thousands; in a run, one listing for
 * all the assessments in a folder).
 */
function anyThere(names: ReadonlySet<string> | null, files: readonly string[]): boolean {
  return !!names && files.some((f) => names.has(firstSegment(f.trim())));
}

/** The first path segment of a cited name (citedParts: "./a/b.pdf" → "a"), or '' when it has none. */
export const firstSegment = (name: string): string => citedParts(name)[0] ?? '';

/**
 * What opening an assessment's cited files found, for the evidence-* rules
 * (LintOptions.evidence); undefined when nothing is to be opened (no file
 * cited, a final record, or every evidence rule off).
 */
export async function openEvidence(a: Assessment, setting: EvidenceSetting, rules: Record<string, RuleSetting>, opener = forThisRun()): Promise<EvidenceFacts | undefined> {
  if (!WORKING_STAGES.includes(a.stage)) return undefined;
  if (openedEvidenceRules.every((r) => (rules[r.meta.id] ?? r.meta.severity) === 'off')) return undefined;
  const files: string[] = [];
  const entries = entriesOf(a, frameworks[a.framework]);
  for (const { e } of entries) for (const ev of e.evidence ?? []) if (ev.file?.trim()) files.push(ev.file);
  if (!files.length) return undefined;

  const found = new Map<string, Inspection>();
  const facts: EvidenceFacts = { folder: setting.shown, at: (p) => found.get(p) };
  const folder = opener.realFolder(setting.dir);
  if (!setting.named && !anyThere(folder ? opener.listing(folder) : null, files)) {
    facts.folderNotFound = { count: files.length };
    return facts;
  }
  const cited: { pointer: string; file: string }[] = [];
  for (const { e, ptr } of entries) {
    (e.evidence ?? []).forEach((ev, i) => { if (ev.file?.trim()) cited.push({ pointer: evidencePointer(ptr, i), file: ev.file }); });
  }
  const inspector = opener.inspectorFor(folder ?? setting.dir);
  const byName = new Map<string, Inspection>();
  // Worker threads start at different places in the list (spread by the golden ratio, without
  // knowing how many there are): linting files that cite the same PDFs, each reads others
  // first and then finds the rest in the cache, instead of all reading the same one at once.
  const start = Math.floor(cited.length * ((threadId * 0.618034) % 1));
  // One file at a time: a PDF is held whole while it is read, so memory stays at one file's worth.
  for (let k = 0; k < cited.length; k++) {
    const c = cited[(start + k) % cited.length]!;
    let inspection = byName.get(c.file);
    if (!inspection) {
      const where = folder ? opener.locate(folder, c.file) : null;
      inspection = !where ? { found: 'missing' } : !where.ok ? { found: 'outside', via: where.via } : await inspector.inspect(where.absolute);
      byName.set(c.file, inspection);
    }
    found.set(c.pointer, inspection);
  }
  return facts;
}
