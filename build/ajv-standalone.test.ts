// The compiled validators (our date format, no evaluation tracking) give what
// runtime Ajv2020 with ajv-formats gives, the reference users would reach for:
// the same verdict and the same errors, in the same order, for valid files and
// for thousands of broken variants of them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateAssessment, validateConfig, type Validator } from 'virtual:validators';
import { ajvOptions } from './ajv-standalone.mjs';

const root = new URL('../', import.meta.url);
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const reference = new Ajv2020(ajvOptions);
addFormats(reference, ['date']);
const referenceAssessment = reference.compile(json('schemas/assessment.schema.json') as object);
const referenceConfig = reference.compile(json('schemas/config.schema.json') as object);

function outcome(validate: Validator | typeof referenceAssessment, value: unknown) {
  const valid = validate(value);
  return { valid, errors: (validate.errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message })) };
}

const examples = ['examples/kota-contoh-spbe-2025.json', 'examples/kota-contoh-pemdi-2026.json'].map(json);
const brokenFixtures = ['missing-fields', 'typo-and-range', 'wrong-framework-fields'].map((n) => json(`test/fixtures/broken/${n}.json`));

/** Every path to a value inside v. */
function pathsOf(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, k]));
  return out;
}

const odd = fc.constantFrom<unknown>(null, 0, -1, 6, 1.5, '', 'x', '2025-02-30', '2024-02-29', '2025-1-01', [], {}, [1, 1], [0], true,
  'https://x.go.id', 'http:// x', 'I1-L1-01', 'I21-L1-01', 'revisi', 'diterima', 'kebijakan', 'spbe-2020', 'pemdi-2026', 2026, '48', { file: 'a.pdf' }, { url: 'https://x.go.id' }, { title: 't' });

type Edit = { pick: number; op: 'delete' | 'set' | 'add'; value: unknown; key: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('delete', 'set', 'add'),
  value: odd,
  key: fc.constantFrom('extra', 'file', 'url', 'item', 'levels', 'level', 'value', '0', '48', '21', 'evidence', 'status', 'date'),
});

function applied(base: unknown, edits: Edit[]): unknown {
  const doc = structuredClone(base);
  for (const e of edits) {
    const paths = pathsOf(doc).filter((p) => p.length > 0);
    const path = paths[e.pick % paths.length]!;
    let parent = doc as Record<string | number, unknown>;
    for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (e.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (e.op === 'set') parent[last] = structuredClone(e.value);
    else {
      const target = parent[last];
      if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[e.key] = structuredClone(e.value);
      else parent[last] = structuredClone(e.value);
    }
  }
  return doc;
}

describe('compiled validators', () => {
  it('judge the examples and the broken fixtures as runtime Ajv2020 does', () => {
    for (const doc of [...examples, ...brokenFixtures]) expect(outcome(validateAssessment, doc)).toEqual(outcome(referenceAssessment, doc));
  });

  it('judge broken variants of the examples as runtime Ajv2020 does', () => {
    // The example by index, so that a failure prints the edits, not a whole file.
    fc.assert(fc.property(fc.nat({ max: examples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
      const doc = applied(examples[which], edits);
      expect(outcome(validateAssessment, doc)).toEqual(outcome(referenceAssessment, doc));
    }), { numRuns: 2000 });
  });

  it('judge configuration files as runtime Ajv2020 does', () => {
    const configs: unknown[] = [{}, { rules: { 'duplicate-evidence': 'off' } }, { rules: { x: 'warn' } }, { rules: { 'duplicate-evidence': 'loud' } }, { ignores: ['a/**'] }, { ignores: 'a' }, { extra: 1 }, [], null];
    for (const c of configs) expect(outcome(validateConfig, c)).toEqual(outcome(referenceConfig, c));
  });
});
