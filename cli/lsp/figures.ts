/**
 * The figures the editor shows, all from core's engine: the score of the
 * linted assessment (core/report/score-report.ts) and, per indicator, its
 * value and its contribution to the index.
 * @module cli/lsp/figures
 */
import { Rational } from '../../core/rational.ts';
import type { IndicatorDef } from '../../core/types.ts';
import type { IndicatorValue } from '../../core/engine/indicator-value.ts';

/**
 * What an indicator adds to the final index: NI·BI/100 (PermenPANRB 59/2020
 * Lampiran I B.4 and PermenPANRB 8/2026 Lampiran Bagian B, nested formulas
 * flattened: each group's weight is the sum of its indicators').
 * TODO(#12): the extension's indicator preview computes the same product
 * (extension/features/indicator-preview.tsx); one of core/engine should own it.
 */
export function contributionOf(ind: IndicatorDef, v: IndicatorValue): Rational {
  return v.value.mul(Rational.fromNumber(ind.weight)).div(Rational.int(100));
}
