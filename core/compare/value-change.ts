/**
 * One value this year against last year's, as the two are published: both
 * rounded half up to two decimals, the precision of the portals' figures
 * (eval.spbe.go.id shows Pemdi values as 2,17; Tauval's levels are whole). An
 * item-share estimate of 2,1667 against last year's official 2,17 is then no
 * change, where the exact difference called it a decline, and a change reads
 * as the difference of the figures shown beside it. `spbe compare`
 * (compare.ts) and the extension's chip (extension/live/last-deltas.ts) both
 * judge by this.
 * @module core/compare/value-change
 */
import type { Rational } from '../rational.ts';
import { roundedHalfUp } from '../format/number.ts';

/** The decimals the portals publish a value with. */
export const PUBLISHED_DIGITS = 2;

export const changeSince = (last: Rational, current: Rational): Rational =>
  roundedHalfUp(current, PUBLISHED_DIGITS).sub(roundedHalfUp(last, PUBLISHED_DIGITS));
