/**
 * Schema diagnostics: the compiled assessment schema (standalone ajv, built from
 * schemas/assessment.schema.json) run on a parsed file, with each error placed
 * where VS Code's JSON language service places it:
 * - a missing property on the key of the parent property (root: the first "{");
 * - an unexpected property (additionalProperties, a false schema) on its key;
 * - an indicator number the framework lacks: not here, the unknown-indicator
 *   rule reports it (so its setting holds);
 * - anyOf: one best branch, not every branch's errors;
 * - everything else on the offending value; duplicates removed.
 * @module core/lint/schema
 */
import { validateAssessment, type Validator, type ValidatorError } from 'virtual:validators';
import type { ParsedJson } from '../json/parse.ts';
import type { Located } from '../json/strict-index.ts';
import type { Diagnostic, Message, Range } from './diagnostic.ts';
import { parsePointer, pointerOf } from './diagnostic.ts';
import { schemaMessage } from './schema-messages.ts';

/** A value's range (an object or array: its opening bracket), a key's range, or the document's when neither is there. */
function rangeOf(parsed: ParsedJson, at: Located | Located['key']): Range {
  const n = at ?? parsed.locate([])!;
  return parsed.lines.range(n.offset, 'type' in n && (n.type === 'object' || n.type === 'array') ? 1 : n.length);
}

/** Drop ajv's wrapper errors and keep the best anyOf branch. */
function collapse(errors: ValidatorError[]): (ValidatorError | { combined: Message; instancePath: string })[] {
  const out: (ValidatorError | { combined: Message; instancePath: string })[] = [];
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const inBranch = (e: ValidatorError) => anyOfs.find((a) => e !== a && e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath));
  for (const a of anyOfs) {
    const branches = new Map<string, ValidatorError[]>();
    for (const e of errors) {
      if (inBranch(e) !== a) continue;
      const b = e.schemaPath.slice(a.schemaPath.length + 1).split('/')[0]!;
      branches.set(b, [...(branches.get(b) ?? []), e]);
    }
    const all = [...branches.values()];
    if (all.length > 1 && all.every((es) => es.length === 1 && es[0]!.keyword === 'required' && es[0]!.instancePath === a.instancePath)) {
      const names = all.map((es) => `"${(es[0]!.params as { missingProperty: string }).missingProperty}"`);
      out.push({
        instancePath: a.instancePath,
        combined: { id: `Perlu salah satu dari ${names.join(' atau ')}`, en: `Needs one of ${names.join(' or ')}` },
      });
    } else {
      // The branch with the fewest problems is what the author most likely meant.
      const best = all.sort((x, y) => x.length - y.length)[0] ?? [];
      out.push(...best);
    }
  }
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'if' || inBranch(e)) continue;
    // propertyNames reports the inner pattern error too; keep only the outer one.
    if (e.keyword === 'pattern' && e.schemaPath.includes('/propertyNames/')) continue;
    out.push(e);
  }
  return out;
}

/** Validate a parsed file against the assessment schema; [] when valid. */
export function schemaDiagnostics(parsed: ParsedJson): Diagnostic[] {
  return schemaDiagnosticsWith(parsed, validateAssessment);
}

/** The same placement for any compiled validator (the config file's, too). */
/** The value at these pointer segments of a parsed value, or undefined. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const s of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, s)) return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

export function schemaDiagnosticsWith(parsed: ParsedJson, validate: Validator): Diagnostic[] {
  if (!parsed.hasTree || parsed.value === undefined) return [];
  if (validate(parsed.value)) return [];
  if (parsed.locate([]) === undefined) return [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const push = (pointer: string, range: Range, message: Message) => {
    const key = `${range.start.line}:${range.start.character}:${message.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push({ ruleId: 'schema', severity: 'error', message, pointer, range });
  };
  const errors = collapse(validate.errors ?? []);
  // "2,5" where a whole number is wanted fails both "a number" and "a whole number"; the second says it all.
  const wholeNumberAt = new Set(errors.filter((e) => !('combined' in e) && e.keyword === 'type' && (e.params as { type?: string }).type === 'integer').map((e) => e.instancePath));
  for (const e of errors) {
    if (!('combined' in e) && e.keyword === 'type' && (e.params as { type?: string }).type === 'number' && wholeNumberAt.has(e.instancePath)) continue;
    const path = parsePointer(e.instancePath);
    const node = parsed.locate(path);
    if ('combined' in e) {
      push(e.instancePath, rangeOf(parsed, node?.key ?? node), e.combined);
      continue;
    }
    const p = e.params as Record<string, string>;
    switch (e.keyword) {
      case 'required':
        push(pointerOf([...path, p.missingProperty!]), rangeOf(parsed, node?.key ?? node), schemaMessage(e, path));
        break;
      case 'additionalProperties': {
        const child = node && parsed.locate([...path, p.additionalProperty!]);
        push(pointerOf([...path, p.additionalProperty!]), rangeOf(parsed, child?.key ?? node), schemaMessage(e, path));
        break;
      }
      case 'propertyNames': {
        // An indicator number the framework lacks is the unknown-indicator rule's finding, under its setting.
        if (path.length === 1 && path[0] === 'indicators') break;
        const child = node && parsed.locate([...path, p.propertyName!]);
        push(pointerOf([...path, p.propertyName!]), rangeOf(parsed, child?.key ?? node), schemaMessage(e, path));
        break;
      }
      case 'false schema':
        push(e.instancePath, rangeOf(parsed, node?.key ?? node), schemaMessage(e, path));
        break;
      default:
        push(e.instancePath, rangeOf(parsed, node), schemaMessage(e, path, valueAt(parsed.value, path)));
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
