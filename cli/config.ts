/**
 * spbe.config.json: rule severities and ignore patterns, discovered from each
 * linted file's folder upward (the nearest file applies, as ESLint's flat
 * config). A broken config is a usage error (exit 2) with its line and column.
 * @module cli/config
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { findNodeAtLocation } from 'jsonc-parser';
import { validateConfig } from 'virtual:validators';
import { parseJson } from '../core/json/parse.ts';
import { schemaDiagnosticsWith } from '../core/lint/schema.ts';
import type { RuleSetting } from '../core/lint/lint.ts';
import { rules } from '../core/lint/rules/index.ts';
import { globToRegExp } from './glob.ts';
import { UsageError } from './io.ts';

export const CONFIG_NAME = 'spbe.config.json';

export interface Config {
  path: string | null;
  rules: Record<string, RuleSetting>;
  ignores: RegExp[];
  dir: string;
  /** evidenceDir, absolute (relative to the config's folder in the file). */
  evidenceDir?: string;
}

const severity = { off: 'off', warn: 'warning', error: 'error' } as const;

export function loadConfigFile(path: string): Config {
  const text = readFileSync(path, 'utf8');
  const parsed = parseJson(text, { jsonc: false });
  const problems = parsed.diagnostics.length ? parsed.diagnostics : schemaDiagnosticsWith(parsed, validateConfig);
  const known = new Set(rules.map((r) => r.meta.id));
  const value = (parsed.value ?? {}) as { rules?: Record<string, 'off' | 'warn' | 'error'>; ignores?: string[]; evidenceDir?: string };
  if (!problems.length) {
    for (const id of Object.keys(value.rules ?? {})) {
      if (known.has(id)) continue;
      const key = parsed.root && findNodeAtLocation(parsed.root, ['rules', id])?.parent?.children?.[0];
      const at = key ? parsed.lines.positionAt(key.offset) : { line: 0, character: 0 };
      problems.push({
        ruleId: 'config', severity: 'error', pointer: `/rules/${id}`, range: { start: at, end: at },
        message: { id: `Aturan "${id}" tidak dikenal`, en: `Unknown rule "${id}"` },
      });
    }
  }
  const evidenceDir = value.evidenceDir === undefined ? undefined : resolve(dirname(path), value.evidenceDir);
  if (!problems.length && evidenceDir !== undefined && !isFolder(evidenceDir)) {
    const node = parsed.root && findNodeAtLocation(parsed.root, ['evidenceDir']);
    const at = node ? parsed.lines.positionAt(node.offset) : { line: 0, character: 0 };
    problems.push({
      ruleId: 'config', severity: 'error', pointer: '/evidenceDir', range: { start: at, end: at },
      message: { id: `Folder bukti "${value.evidenceDir}" tidak ditemukan`, en: `Evidence folder "${value.evidenceDir}" not found` },
    });
  }
  if (problems.length) {
    const lines = problems.map((d) => `${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message.id} / ${d.message.en}`);
    throw new UsageError(`Konfigurasi tidak valid / invalid configuration:\n${lines.join('\n')}`);
  }
  return {
    path,
    dir: dirname(path),
    rules: Object.fromEntries(Object.entries(value.rules ?? {}).map(([k, v]) => [k, severity[v]])),
    ignores: (value.ignores ?? []).map((g) => globToRegExp(g.replace(/^\.\//, ''))),
    evidenceDir,
  };
}

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Finds and caches the nearest config per directory. */
export class ConfigResolver {
  private readonly cache = new Map<string, Config>();

  constructor(private readonly cwd: string, private readonly explicit?: string) {}

  /** The config for the file at this absolute path. */
  forFile(absolute: string): Config {
    if (this.explicit) return this.load(resolve(this.cwd, this.explicit));
    return this.forDir(dirname(absolute));
  }

  private forDir(dir: string): Config {
    const hit = this.cache.get(dir);
    if (hit) return hit;
    const candidate = join(dir, CONFIG_NAME);
    const parent = dirname(dir);
    const cfg = existsSync(candidate) ? this.load(candidate) : parent === dir ? { path: null, rules: {}, ignores: [], dir } : this.forDir(parent);
    this.cache.set(dir, cfg);
    return cfg;
  }

  private load(path: string): Config {
    const hit = this.cache.get(`file:${path}`);
    if (hit) return hit;
    if (!existsSync(path)) throw new UsageError(`${path}: konfigurasi tidak ditemukan / config not found`);
    const cfg = loadConfigFile(path);
    this.cache.set(`file:${path}`, cfg);
    return cfg;
  }
}

/** Whether the file at this absolute path matches the config's ignores. */
export function isIgnored(cfg: Config, absolute: string): boolean {
  if (!cfg.ignores.length) return false;
  const rel = relative(cfg.dir, absolute).split(sep).join('/');
  return cfg.ignores.some((re) => re.test(rel));
}
