/**
 * The live view crosses from the background to the content script as JSON
 * text: Chrome's extension messaging serialises as JSON, which would turn the
 * engine's exact numbers (Rational, BigInt inside) into errors and its Maps
 * into `{}`. Encoded here, in both directions the same: a Rational travels as
 * its exact "num/den" text (never a double: 2,605 must still round to 2,61
 * when shown), a Map as its entries, and a framework object, which the report
 * refers to from many places, as its id: the receiver holds each framework
 * once (sent with the first view that needs it).
 * @module extension/live/wire
 */
import { Rational } from '../../core/rational.ts';
import type { Framework, FrameworkId } from '../../core/types.ts';

const RATIONAL = '$q';
const MAP = '$m';
const FRAMEWORK = '$fw';

/** The JSON text of a value, and the frameworks it refers to. */
export function encodeWire(value: unknown): { text: string; frameworks: Framework[] } {
  const seen = new Map<FrameworkId, Framework>();
  const text = JSON.stringify(value, function replacer(this: unknown, _key, v: unknown) {
    if (v instanceof Map) return { [MAP]: [...v] };
    if (v instanceof Rational) return { [RATIONAL]: v.toString() };
    if (v && typeof v === 'object' && isFramework(v)) {
      seen.set(v.id, v);
      return { [FRAMEWORK]: v.id };
    }
    return v;
  });
  return { text, frameworks: [...seen.values()] };
}

// A framework object is the only value with an id, a list of indicators and predicate bands.
function isFramework(v: object): v is Framework {
  const f = v as Partial<Framework>;
  return typeof f.id === 'string' && Array.isArray(f.indicators) && Array.isArray(f.predicates?.bands);
}

/** The inverse of encodeWire, given the frameworks received so far. */
export function decodeWire<T>(text: string, frameworks: ReadonlyMap<string, Framework>): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    if (typeof o[RATIONAL] === 'string') {
      const q = Rational.parse(o[RATIONAL]);
      if (!q) throw new Error(`wire: not a rational: ${o[RATIONAL]}`);
      return q;
    }
    if (Array.isArray(o[MAP])) return new Map(o[MAP] as [unknown, unknown][]);
    if (typeof o[FRAMEWORK] === 'string') {
      const fw = frameworks.get(o[FRAMEWORK]);
      if (!fw) throw new Error(`wire: framework ${o[FRAMEWORK]} was never sent`);
      return fw;
    }
    return v;
  }) as T;
}
