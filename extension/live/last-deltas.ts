/**
 * This year against last year, computed in the tab from its own live values
 * and last year's stored result (extension/live/protocol.ts: LastView):
 * an indicator's change, the index's change, how many indicators are below
 * last year. Across frameworks only the related indicators, no number.
 * @module extension/live/last-deltas
 */
import { Rational } from '../../core/rational.ts';
import type { ScoreReport } from '../../core/report/score-report.ts';
import type { LastView } from './protocol.ts';

const q = (s: string | null | undefined) => (s ? Rational.parse(s) : null);

export const sameFramework = (last: LastView, report: ScoreReport) => last.framework === report.framework.id;

/** Last year's value of indicator n and this year's change (same framework only). */
export function indicatorChange(last: LastView, report: ScoreReport, n: number): { last: Rational; delta: Rational | null } | null {
  if (!sameFramework(last, report)) return null;
  const was = q(last.indicators[String(n)]);
  if (!was) return null;
  const now = report.score.indicators.get(n)?.value;
  return { last: was, delta: now ? now.sub(was) : null };
}

export function indexChange(last: LastView, report: ScoreReport): Rational | null {
  const was = q(last.index);
  return was && report.score.index && sameFramework(last, report) ? report.score.index.sub(was) : null;
}

export function belowLastYear(last: LastView, report: ScoreReport): number {
  if (!sameFramework(last, report)) return 0;
  let n = 0;
  for (const [k, v] of report.score.indicators) {
    const was = q(last.indicators[String(k)]);
    if (was && v.value.cmp(was) < 0) n++;
  }
  return n;
}

export const lastIndex = (last: LastView) => q(last.index);
export const parseLast = q;
