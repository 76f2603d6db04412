// The members that mark an assessment are looked for in the first 64 KiB, wherever they are in them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesLookLikeAssessment, headLooksLikeAssessment } from './assessment-sniff.ts';

/** A JSON text whose "framework" key starts `at` bytes in. */
const withKeyAt = (at: number, encoding: 'utf8' | 'utf16le' = 'utf8') => {
  const text = `{"pad": "${'x'.repeat(Math.max(0, at - 10))}", "framework" :"spbe-2020"}`;
  return encoding === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text);
};

describe('bytesLookLikeAssessment', () => {
  it.each([10, 4080, 4096, 5000, 60_000])('finds the key %i bytes in', (at) => expect(bytesLookLikeAssessment(withKeyAt(at))).toBe(true));
  it('finds it in UTF-16', () => expect(bytesLookLikeAssessment(withKeyAt(3000, 'utf16le'))).toBe(true));
  it('looks no further than 64 KiB', () => expect(bytesLookLikeAssessment(withKeyAt(70_000))).toBe(false));
});

describe('headLooksLikeAssessment', () => {
  // The same decision taken on JSON.parse's value: the root's members in order, the first that decides.
  const byValue = (text: string): boolean => {
    const v = JSON.parse(text) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    let framework = false;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'indicators' && typeof x === 'object' && x !== null && !Array.isArray(x)) return true;
      if (['regulation', 'indexBasis', 'nextSteps'].includes(k)) return false;
      if (k === '$schema' && typeof x === 'string' && x.endsWith('assessment.schema.json')) return true;
      if (k === 'framework' && (typeof x !== 'string' || /spbe|pemdi/i.test(x))) framework = true;
    }
    return framework;
  };
  it('decides as the parsed root\'s members do, whatever the values it skips hold', () => {
    // Keys as JSON.parse keeps their order (no integer-like ones); any JSON in between, escapes and non-ASCII included.
    const key = fc.constantFrom('framework', 'indicators', '$schema', 'regulation', 'indexBasis', 'year', 'agency', 'note', 'framwork', 'x"y', 'a\\b');
    const value = fc.oneof(
      fc.constantFrom('spbe-2020', 'pemdi-2026', 'SPBE', 'nextjs', '../schemas/assessment.schema.json', 'other.schema.json'),
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(fc.constantFrom('framework', 'indicators', 'a'), fc.jsonValue({ maxDepth: 2 })),
    );
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 6 }), fc.boolean(), (members, pretty) => {
      const text = JSON.stringify(Object.fromEntries(members), null, pretty ? 2 : undefined);
      expect(headLooksLikeAssessment(Buffer.from(text), Buffer.byteLength(text))).toBe(byValue(text));
    }), { numRuns: 3000 });
  });
  it('is not fooled by members deeper down, nor by spbe\'s own score and compare output', () => {
    const looks = (v: unknown) => bytesLookLikeAssessment(Buffer.from(JSON.stringify(v, null, 2)));
    expect(looks({ tool: { framework: 'spbe-2020' } })).toBe(false);
    expect(looks({ meta: { indicators: { a: 1 } } })).toBe(false);
    expect(looks({ framework: 'nextjs', buildCommand: 'next build' })).toBe(false);
    expect(looks({ framework: 'pemdi-2026', regulation: 'PermenPANRB 8/2026', year: 2026 })).toBe(false);
    expect(looks({ kind: 'same-framework', last: { framework: 'spbe-2020' }, current: { framework: 'spbe-2020' }, indicators: [{ id: 1 }] })).toBe(false);
    expect(looks({ framework: 'spbe-2021', year: 2025 })).toBe(true); // a slip in the value is the schema's finding
    expect(bytesLookLikeAssessment(Buffer.from('{"framework":'))).toBe(true); // being typed
    expect(bytesLookLikeAssessment(Buffer.from('// catatan\n{ /* x */ "year": 2026, "indicators": {'))).toBe(true); // .jsonc
  });
});

describe('an assessment whose "framework" key is missing or mistyped', () => {
  const looks = (text: string) => bytesLookLikeAssessment(Buffer.from(text));
  it('is recognised by its "indicators" object', () => {
    expect(looks('{"framwork": "pemdi-2026", "year": 2026, "indicators" : {"1": {"level": 2}}}')).toBe(true);
    expect(looks('{"indicators":\n  {}}')).toBe(true);
  });
  it('is recognised by a "$schema" naming the assessment schema, by path or by $id', () => {
    expect(looks('{"$schema": "../node_modules/spbe-lens/schemas/assessment.schema.json", "year": 2026}')).toBe(true);
    expect(looks('{"$schema":"https://example.org/spbe-lens/assessment.schema.json"}')).toBe(true);
    expect(bytesLookLikeAssessment(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"indicators": {}}', 'utf16le')]))).toBe(true);
  });
  it('is not confused with what score and compare write, or with other JSON', () => {
    expect(looks('{"kind": "same-framework", "indicators": [{"id": 1}]}')).toBe(false);
    expect(looks('{"$schema": "https://json.schemastore.org/package.json", "name": "x"}')).toBe(false);
    expect(looks('{"$schema": "./baseline.schema.json", "indicators": 3}')).toBe(false);
    expect(looks('{"note": "the \\"indicators\\" member"}')).toBe(false);
  });
});
