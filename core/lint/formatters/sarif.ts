/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers; the test validates
 * the output against the OASIS schema (test/fixtures/sarif-schema-2.1.0.json).
 *
 * - One run; tool.driver is "spbe-lens" at ctx.version, no informationUri.
 * - driver.rules: the four pseudo-rules (encoding, syntax, duplicate-key,
 *   schema), every rule of ctx.rules in its order, then any other id a result
 *   uses (id only). Descriptions in ctx.locale; fullDescription adds the
 *   rule's source (regulation), help names its docs page (a repository path,
 *   so not a helpUri, which must be absolute).
 * - results: ruleId + ruleIndex, level error | warning | note (for info),
 *   message in ctx.locale, the file as a URI relative to ctx.cwd
 *   (percent-encoded segments, forward slashes), a 1-based region with an
 *   exclusive end column, counted in UTF-16 code units (run.columnKind says
 *   so), and properties.pointer (RFC 6901).
 * - partialFingerprints["ruleFilePointer/v1"]: FNV-1a 64 of (ruleId, relative
 *   path, pointer) plus ":n" for the n-th result with that key, so code
 *   scanning follows a result across reformatting, not by its line.
 * Pretty-printed, ending with a newline.
 * @module core/lint/formatters/sarif
 */
import type { Locale } from '../../types.ts';
import type { Severity } from '../diagnostic.ts';
import type { RuleMeta } from '../rule.ts';
import { PSEUDO_RULES } from './pseudo-rules.ts';
import type { FormatContext, Formatter } from './types.ts';
import { fnv1a64, position1, relativePath, sortDiagnostics } from './utils.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const T = { id: { source: 'Sumber', docs: 'Dokumentasi' }, en: { source: 'Source', docs: 'Documentation' } };

interface Descriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string };
  defaultConfiguration?: { level: string };
  properties?: { tags: string[] };
}

function ruleDescriptor(m: RuleMeta, locale: Locale): Descriptor {
  const text = m.docs.description[locale];
  return {
    id: m.id,
    shortDescription: { text },
    fullDescription: { text: m.docs.source ? `${text} ${T[locale].source}: ${m.docs.source}` : text },
    help: { text: `${text} ${T[locale].docs}: ${m.docs.url}` },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: [m.type] },
  };
}

function descriptors(ctx: FormatContext, used: readonly string[]): Descriptor[] {
  const out = new Map<string, Descriptor>();
  for (const p of PSEUDO_RULES) {
    const text = { text: p.description[ctx.locale] };
    out.set(p.id, { id: p.id, shortDescription: text, fullDescription: text, help: text, defaultConfiguration: { level: LEVEL[p.severity] }, properties: { tags: ['problem'] } });
  }
  for (const m of Object.values(ctx.rules)) if (!out.has(m.id)) out.set(m.id, ruleDescriptor(m, ctx.locale));
  for (const id of used) {
    if (!out.has(id)) out.set(id, { id, shortDescription: { text: id } });
  }
  return [...out.values()];
}

/** A relative path as a URI reference; an absolute one (another drive) as a file: URI. */
function toUri(path: string): string {
  const drive = /^[A-Za-z]:\//.exec(path)?.[0];
  const rest = drive ? path.slice(drive.length) : path;
  const encoded = rest.split('/').map(encodeURIComponent).join('/');
  if (drive) return `file:///${drive}${encoded}`;
  if (path.startsWith('//')) return `file:${encoded}`; // UNC: //server/share/…
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

export const sarif: Formatter = (results, ctx) => {
  const files = results.map((r) => ({ path: relativePath(ctx.cwd, r.filePath), diagnostics: sortDiagnostics(r.diagnostics) }));
  const rules = descriptors(ctx, files.flatMap((f) => f.diagnostics.map((d) => d.ruleId)));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const sarifResults = files.flatMap((f) => f.diagnostics.map((d) => {
    const key = fnv1a64(`${d.ruleId}\u0000${f.path}\u0000${d.pointer}`);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const p = position1(d);
    return {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId)!,
      level: LEVEL[d.severity],
      message: { text: d.message[ctx.locale] },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: toUri(f.path) },
          region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
        },
      }],
      partialFingerprints: { 'ruleFilePointer/v1': `${key}:${n}` },
      properties: { pointer: d.pointer },
    };
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'spbe-lens', version: ctx.version, rules } }, columnKind: 'utf16CodeUnits', results: sarifResults }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
