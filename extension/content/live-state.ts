/**
 * The live assessment as a portal tab sees it: the page as read now, and the
 * latest view the background computed for it (index, checks, last year). On a
 * change on the page the index is recomputed here, in the same task, with the
 * framework the session sent, and subscribers redraw at once (bench/results.md:
 * change → panel updated, p95 within one frame); the reading goes to the
 * background too, whose view (the same index, plus the indicator's checks and
 * last year's comparison) follows a few milliseconds later.
 * @module extension/content/live-state
 */
import type { Assessment, Locale } from '../../core/types.ts';
import type { ScoreReport } from '../../core/report/score-report.ts';
import type { Comparison } from '../../core/compare/compare.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import type { Scope } from '../store/scope.ts';
import type { PortalPage } from '../portal/types.ts';
import type { Current, View } from '../live/protocol.ts';
import type { Link } from '../live/link.ts';
import { liveAssessment } from '../live/merge.ts';
import { scoreReportWith } from '../../core/report/score-report.ts';

export type Listener = (state: LiveState) => void;

export class LiveState {
  page: PortalPage;
  locale: Locale;
  /** The running panel's open/closed state, kept in settings across pages. */
  panelOpen: boolean;
  /** What caused the latest page reading: a discrete change is saved at once, typing is coalesced. */
  lastEvent: 'change' | 'input' | 'other' = 'other';
  readonly scope: Scope;
  /** The indicator on this page and its entry as read now (null on list pages). */
  current: Current;
  report!: ScoreReport;
  comparison: Comparison | null = null;
  checks: Diagnostic[] = [];
  corruptCount = 0;
  private readonly listeners = new Set<Listener>();
  private readonly pageListeners = new Set<Listener>();

  constructor(opts: { page: PortalPage; scope: Scope; current: Current; view: View; locale: Locale; panelOpen?: boolean }, private readonly link: Pick<Link, 'send'>) {
    this.panelOpen = opts.panelOpen ?? false;
    this.page = opts.page;
    this.scope = opts.scope;
    this.current = opts.current;
    this.locale = opts.locale;
    this.take(opts.view);
  }

  /** The assessment as the background merged it: remembered indicators plus this page. */
  get assessment(): Assessment {
    return this.report.assessment;
  }

  private take(view: View): void {
    this.report = view.report;
    this.comparison = view.comparison;
    this.checks = view.checks;
    this.corruptCount = view.corruptCount;
  }

  /** Calls each listener; one that throws is logged and does not stop the others. */
  private notify(listeners: ReadonlySet<Listener>): void {
    for (const l of listeners) {
      try { l(this); } catch (e) { console.error('[SPBE Lens] listener failed', e); }
    }
  }

  private emit(): void {
    this.notify(this.listeners);
  }

  /** The page changed: recompute the index and redraw now; the background's view follows. */
  setPage(page: PortalPage, current: Current, cause: LiveState['lastEvent'] = 'other'): void {
    this.lastEvent = cause;
    this.page = page;
    this.current = current;
    this.link.send({ t: 'page', current });
    const { scope, report } = this;
    this.report = scoreReportWith(report.framework, liveAssessment(scope, report.assessment.indicators, current));
    this.emit();
    this.notify(this.pageListeners);
  }

  /** A view from the background (after a change here, in another tab, or an import). */
  setView(view: View): void {
    this.take(view);
    this.emit();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.emit();
  }

  /** Ask the background to remember an indicator. */
  save(indicator: number, entry: NonNullable<Current>['entry'], updatedAt: number): void {
    this.link.send({ t: 'save', indicator, entry, updatedAt });
  }

  /** Called now and on every new view: for drawing. */
  subscribe(l: Listener, signal: AbortSignal): void {
    this.listeners.add(l);
    signal.addEventListener('abort', () => this.listeners.delete(l), { once: true });
    l(this);
  }

  /** Called now and on every new reading of the page, in the task of the change: for saving. */
  subscribePage(l: Listener, signal: AbortSignal): void {
    this.pageListeners.add(l);
    signal.addEventListener('abort', () => this.pageListeners.delete(l), { once: true });
    l(this);
  }
}
