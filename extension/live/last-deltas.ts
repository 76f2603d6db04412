/**
 * An indicator's value this year against last year's, computed in the tab
 * from its own live value and last year's stored result (extension/live/
 * protocol.ts: LastView), judged as core's compare judges it (changeSince).
 * The index against last year is on the side panel, through core's compare.
 * @module extension/live/last-deltas
 */
import { Rational } from '../../core/rational.ts';
import type { ScoreView } from '../../core/report/score-report.ts';
import type { LastView } from './protocol.ts';
import { changeSince } from '../../core/compare/value-change.ts';

const q = (s: string | null | undefined) => (s ? Rational.parse(s) : null);

export const sameFramework = (last: LastView, report: ScoreView) => last.framework === report.framework.id;

/** Last year's value of indicator n and this year's change (same framework only). */
export function indicatorChange(last: LastView, report: ScoreView, n: number): { last: Rational; delta: Rational | null } | null {
  if (!sameFramework(last, report)) return null;
  const was = q(last.indicators[String(n)]);
  if (!was) return null;
  const now = report.score.indicators.get(n)?.value;
  return { last: was, delta: now ? changeSince(was, now) : null };
}

export const parseLast = q;
