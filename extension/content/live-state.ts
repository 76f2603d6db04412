/**
 * The live assessment on a portal tab: the remembered indicators of this
 * agency/year/framework plus the indicator on the page as it is right now. A
 * change on the page updates it synchronously and notifies subscribers in the
 * same task, so the overlay redraws within the frame of the user's change.
 * @module extension/content/live-state
 */
import type { Assessment, IndicatorEntry, Locale } from '../../core/types.ts';
import { scoreReport, type ScoreReport } from '../../core/report/score-report.ts';
import type { ScopeData } from '../store/assessments.ts';
import { toAssessment } from '../store/assessments.ts';
import type { Scope } from '../store/scope.ts';
import type { PortalPage } from '../portal/types.ts';
import type { LastResult } from '../../core/compare/last-result.ts';
import { compare, type Comparison } from '../../core/compare/compare.ts';

export type Listener = (state: LiveState) => void;

export class LiveState {
  page: PortalPage;
  locale: Locale;
  /** The running panel's open/closed state, kept in settings across pages. */
  panelOpen: boolean;
  /** What caused the latest page reading: a discrete change is saved at once, typing is coalesced. */
  lastEvent: 'change' | 'input' | 'other' = 'other';
  readonly scope: Scope;
  private stored: ScopeData;
  /** The indicator on this page and its entry as read now (null on list pages). */
  current: { indicator: number; entry: IndicatorEntry } | null;
  assessment!: Assessment;
  report!: ScoreReport;
  /** Last year's official result for this agency, when imported (Options page). */
  last: LastResult | null;
  comparison: Comparison | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(opts: { page: PortalPage; scope: Scope; stored: ScopeData; current: LiveState['current']; locale: Locale; last?: LastResult | null; panelOpen?: boolean }) {
    this.last = opts.last ?? null;
    this.panelOpen = opts.panelOpen ?? false;
    this.page = opts.page;
    this.scope = opts.scope;
    this.stored = opts.stored;
    this.current = opts.current;
    this.locale = opts.locale;
    this.recompute();
  }

  get corruptCount(): number {
    return this.stored.corrupt.length;
  }

  private recompute(): void {
    const entries = { ...this.stored.entries };
    // The page is the truth for the indicator it shows.
    if (this.current) entries[String(this.current.indicator)] = this.current.entry;
    // Assessor results on the page (Pemdi item statuses) mean the document stage has begun.
    const assessed = Object.values(entries).some((e) => e.evidence?.some((ev) => ev.status));
    this.assessment = toAssessment({ ...this.stored, entries }, assessed ? 'dokumen' : 'mandiri');
    this.report = scoreReport(this.assessment);
    this.comparison = this.last ? compare(this.last, this.assessment, this.report.score) : null;
  }

  private emit(): void {
    for (const l of this.listeners) {
      try { l(this); } catch (e) { console.error('[SPBE Lens] listener failed', e); }
    }
  }

  /** The page changed: new reading of the page. */
  setPage(page: PortalPage, current: LiveState['current'], cause: LiveState['lastEvent'] = 'other'): void {
    this.lastEvent = cause;
    this.page = page;
    this.current = current;
    this.recompute();
    this.emit();
  }

  /** Storage changed (this tab or another): merge the remembered indicators. */
  setStored(stored: ScopeData): void {
    this.stored = stored;
    this.recompute();
    this.emit();
  }

  setLast(last: LastResult | null): void {
    this.last = last;
    this.recompute();
    this.emit();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.emit();
  }

  subscribe(l: Listener, signal: AbortSignal): void {
    this.listeners.add(l);
    signal.addEventListener('abort', () => this.listeners.delete(l), { once: true });
    l(this);
  }
}
