/**
 * Stage 2 of `spbe lint`: spbe.config.json, rule severities and ignore
 * patterns, found from each linted file's folder upward (the nearest file
 * applies, as ESLint's flat config). A config that cannot be used stops the
 * run with exit 2 and says where and why: its line and column, or a one-line
 * reason (a folder, unreadable, not UTF-8, empty).
 * @module cli/config
 */
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { validateConfig } from 'virtual:validators';
import { parseJson, type ParsedJson } from '../core/json/parse.ts';
import { schemaDiagnosticsWith } from '../core/lint/schema.ts';
import type { RuleSetting } from '../core/lint/lint.ts';
import { rules } from '../core/lint/rules/index.ts';
import { printable } from '../core/lint/formatters/utils.ts';
import { GlobError, globMatcher } from './glob.ts';
import { UsageError } from './io.ts';
import { readUserFile } from './read.ts';
import { decodeFileBytes } from './decode.ts';

export const CONFIG_NAME = 'spbe.config.json';

export interface Config {
  path: string | null;
  rules: Record<string, RuleSetting>;
  ignores: ((path: string) => boolean)[];
  dir: string;
  /** evidenceDir, absolute (written relative to the config's folder): where cited evidence files are (cli/evidence/). */
  evidenceDir?: string;
}

/** The words a config may use: the severities the rule pages name (docs/rules/), and ESLint's "warn". */
const severity = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' } as const;
const invalid = (lines: string[]) => new UsageError(`Konfigurasi tidak valid / invalid configuration:\n${lines.join('\n')}`);

/** `path:line:col: message` for a place in the config. */
function at(parsed: ParsedJson, path: string, segments: string[], id: string, en: string): string {
  const node = parsed.locate(segments);
  const p = parsed.lines.positionAt(node?.key?.offset ?? node?.offset ?? 0);
  return `${printable(path)}:${p.line + 1}:${p.character + 1}: ${id} / ${en}`;
}

export function loadConfigFile(path: string): Config {
  const read = readUserFile(path);
  if (!read.ok) throw new UsageError(`${printable(path)}: konfigurasi ${read.reason.replace(' / ', ' / config ')}`);
  const decoded = decodeFileBytes(read.bytes);
  if (!decoded.ok) throw invalid([`${printable(path)}:1:1: ${decoded.reason.id} / ${decoded.reason.en}`]);
  if (decoded.text.trim() === '') throw invalid([`${printable(path)}:1:1: Berkas konfigurasi kosong: tulis objek JSON, mis. { "rules": {} } / The configuration file is empty: write a JSON object, e.g. { "rules": {} }`]);
  const parsed = parseJson(decoded.text, { jsonc: false });
  const problems = (parsed.diagnostics.length ? parsed.diagnostics : schemaDiagnosticsWith(parsed, validateConfig))
    .map((d) => `${printable(path)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${printable(d.message.id)} / ${printable(d.message.en)}`);
  if (problems.length) throw invalid(problems);
  const value = parsed.value as { rules?: Record<string, keyof typeof severity>; ignores?: string[]; evidenceDir?: string };
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of Object.keys(value.rules ?? {})) {
    if (!known.has(id)) problems.push(at(parsed, path, ['rules', id], `Aturan "${printable(id)}" tidak dikenal`, `Unknown rule "${printable(id)}"`));
  }
  const ignores = (value.ignores ?? []).flatMap((g, i) => {
    try {
      return [globMatcher(g)];
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      problems.push(at(parsed, path, ['ignores', String(i)], `Pola "${printable(g)}" tidak valid: ${e.message}`, `Invalid pattern "${printable(g)}": ${e.message}`));
      return [];
    }
  });
  const evidenceDir = value.evidenceDir === undefined ? undefined : resolve(dirname(path), value.evidenceDir);
  if (evidenceDir !== undefined && !statSync(evidenceDir, { throwIfNoEntry: false })?.isDirectory()) {
    problems.push(at(parsed, path, ['evidenceDir'], `Folder bukti "${printable(value.evidenceDir!)}" tidak ditemukan`, `Evidence folder "${printable(value.evidenceDir!)}" not found`));
  }
  if (problems.length) throw invalid(problems);
  const ruleSettings: Record<string, RuleSetting> = Object.create(null);
  for (const [k, v] of Object.entries(value.rules ?? {})) ruleSettings[k] = severity[v];
  return { path, dir: dirname(path), rules: ruleSettings, ignores, evidenceDir };
}

/** Finds and caches the config per folder: the nearest spbe.config.json, or the one given with --config. */
export class ConfigResolver {
  private readonly byDir = new Map<string, Config>();
  private readonly byFile = new Map<string, Config>();

  constructor(private readonly cwd: string, private readonly explicit?: string) {}

  /** The config for the file at this absolute path. */
  forFile(absolute: string): Config {
    if (this.explicit) return this.load(resolve(this.cwd, this.explicit));
    return this.forDir(dirname(absolute));
  }

  private forDir(dir: string): Config {
    const hit = this.byDir.get(dir);
    if (hit) return hit;
    const candidate = join(dir, CONFIG_NAME);
    const parent = dirname(dir);
    // Anything by that name is the config: a folder or a FIFO there is reported, not passed over.
    const cfg = statSync(candidate, { throwIfNoEntry: false }) ? this.load(candidate) : parent === dir ? { path: null, rules: {}, ignores: [], dir } : this.forDir(parent);
    this.byDir.set(dir, cfg);
    return cfg;
  }

  private load(path: string): Config {
    let cfg = this.byFile.get(path);
    if (!cfg) this.byFile.set(path, (cfg = loadConfigFile(path)));
    return cfg;
  }
}

/** Whether the file at this absolute path matches the config's ignores (relative to the config's folder). */
export function isIgnored(cfg: Config, absolute: string): boolean {
  if (!cfg.ignores.length) return false;
  const rel = relative(cfg.dir, absolute).split(sep).join('/');
  return cfg.ignores.some((matches) => matches(rel));
}
