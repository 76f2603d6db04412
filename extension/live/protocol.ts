/**
 * The messages between a portal tab's content script and the background,
 * over one long-lived port per page. The content script reads the page and
 * draws; the background holds what is remembered, computes the index, the
 * checks and the comparison with last year, and answers with a view. This
 * keeps the engine, the rules, both frameworks and the stored-record
 * validator out of the script injected into every portal page (bench/:
 * content-script budget 60 kB minified).
 * @module extension/live/protocol
 */
import type { Assessment, Framework, IndicatorEntry } from '../../core/types.ts';
import type { ScoreReport } from '../../core/report/score-report.ts';
import type { Comparison } from '../../core/compare/compare.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import type { Scope } from '../store/scope.ts';

export const LIVE_PORT = 'spbe-lens:live';

/** The indicator on the page and its entry as read now (null on list pages). */
export type Current = { indicator: number; entry: IndicatorEntry } | null;

export type ToBackground =
  /** First message on a port: whose assessment, and what the page shows. */
  | { t: 'open'; scope: Scope; current: Current }
  /** The page was read again (a user's change, or the portal redrew it). */
  | { t: 'page'; current: Current }
  /** Remember this indicator (a newer stored reading is never overwritten). */
  | { t: 'save'; indicator: number; entry: IndicatorEntry; updatedAt: number }
  /** Keeps the background awake while the tab is visible, so a change never waits for it to start. */
  | { t: 'ping' };

/** A view: `text` is the wire encoding (wire.ts) of a View without its assessment. */
export type ToContent = { t: 'view'; text: string; assessment: Assessment; frameworks: Framework[] };

/** Everything the overlay draws. */
export interface View {
  report: ScoreReport;
  comparison: Comparison | null;
  /** Findings of the lint rules for the indicator on the page. */
  checks: Diagnostic[];
  /** Stored records of this scope that failed validation (kept for export on the Options page). */
  corruptCount: number;
}
