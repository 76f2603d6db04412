// Generated strict JSON texts for the property tests of the strict-JSON
// index (strict-index): any spacing between tokens, and the
// strings and numbers each test wants to stress.
import fc from 'fast-check';

const space = fc.constantFrom('', ' ', '\n', '\r\n', '\t', '  \r');

/** JSON texts whose strings and numbers are drawn from `str` and `num` (each already JSON). */
export function jsonText(str: fc.Arbitrary<string>, num: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.letrec<{ json: string; obj: string; arr: string }>((tie) => ({
    json: fc.tuple(space, fc.oneof({ depthSize: 'small' }, str, num, fc.constantFrom('true', 'false', 'null'), tie('obj'), tie('arr')), space).map((p) => p.join('')),
    obj: fc.array(fc.tuple(space, str, space, tie('json')), { maxLength: 4 })
      .map((ms) => `{${ms.map(([s, k, s2, v]) => `${s}${k}${s2}:${v}`).join(',')}}`),
    arr: fc.array(tie('json'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
  })).json;
}
