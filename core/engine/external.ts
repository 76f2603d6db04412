/**
 * External-index indicators (Pemdi I5, I6, I7, I18) take their value from a
 * national index. Where the sources establish a conversion (SDI: two worked
 * examples of Modul Indikator I5 fit a piecewise-linear map of I18's SDI
 * bands onto the value bands, framework data pemdi.externalSources), the
 * score converts to an estimated value; where they do not (SJIG, IPS), the
 * score is kept and the value must be entered (docs/reference/pemdi-2026.md).
 * @module core/engine/external
 */
import type { ExternalScore, ExternalSource, Framework, IndicatorDef } from '../types.ts';
import { Rational } from '../rational.ts';

/** The source the indicator's value comes from (I5/I18 SDI, I6 SJIG, I7 IPS), or undefined for other indicators. */
export function externalSourceOf(fw: Framework, ind: IndicatorDef): [string, ExternalSource] | undefined {
  const sources = fw.pemdi?.externalSources;
  if (!sources) return undefined;
  return Object.entries(sources).find(([, s]) => s.indicators.includes(ind.number));
}

/** Piecewise-linear interpolation through ascending [x, y] points, exactly; null outside them. */
export function interpolate(points: readonly (readonly [number, number])[], x: Rational): Rational | null {
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!.map(Rational.fromNumber) as [Rational, Rational];
    const [x1, y1] = points[i]!.map(Rational.fromNumber) as [Rational, Rational];
    if (x.lt(x0) || x.gt(x1)) continue;
    return y0.add(y1.sub(y0).mul(x.sub(x0)).div(x1.sub(x0)));
  }
  return null;
}

/**
 * The value an external score converts to, or null when there is no score, it
 * comes from another index than the indicator's, or no conversion is
 * established for its index. (Reads the source by the score's own name: the
 * content script carries this, and nothing it does not need.)
 */
export function externalValue(fw: Framework, ind: IndicatorDef, external: ExternalScore | undefined): Rational | null {
  const source = external && fw.pemdi?.externalSources[external.source];
  const points = source && source.indicators.includes(ind.number) ? source.conversion?.points : undefined;
  return points ? interpolate(points, Rational.fromNumber(external!.score)) : null;
}
