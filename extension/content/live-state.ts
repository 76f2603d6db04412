/**
 * The live assessment as a portal tab sees it, and its only owner in the tab:
 * what the portal shows as saved (the background's stored entries, with this
 * page's reading at load among them), the unsaved choices (this tab's own and
 * other tabs'), and the index computed from them, here, in the task of the
 * user's change. Two figures, kept apart: the saved index, and the index with
 * every unsaved choice; they are one computation when there is no unsaved
 * choice. Subscribers redraw from this state; the background is only told
 * (an unsaved choice, a reading the portal now shows as saved) and asked (the
 * lint rules' findings), and its pushes (another tab's change, an import,
 * the settings) replace the part they carry.
 * @module extension/content/live-state
 */
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import type { Assessment, Framework, IndicatorEntry, Locale } from '../../core/types.ts';
import { scoreReportWith, type ScoreReport } from '../../core/report/score-report.ts';
import type { OverlayKey, OverlayText } from '../i18n/overlay.ts';
import { translate } from '../i18n/format.ts';
import type { Draft } from '../store/drafts.ts';
import type { Scope } from '../store/scope.ts';
import type { Settings } from '../store/settings.ts';
import { toAssessment } from '../store/to-assessment.ts';
import type { PortalPage } from '../portal/types.ts';
import type { LastView, Opened, PageReading, Push, SavedView } from '../live/protocol.ts';
import type { Link } from '../live/client.ts';
import { completeness, type Completeness } from '../live/completeness.ts';
import { toEntry } from '../portal/to-entry.ts';

export type Listener = (state: LiveState) => void;
type Cause = 'load' | 'change' | 'input' | 'portal';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const TYPING_MS = 400;

/** The indicator on an indicator page and its entry as read now; null elsewhere. */
export function readingOf(page: PortalPage, fw: Framework): { indicator: number; entry: IndicatorEntry; read: Completeness } | null {
  if (page.kind !== 'tauval-indicator' && page.kind !== 'eval-indicator') return null;
  return { indicator: page.indicator, entry: toEntry(page), read: completeness(page, fw) };
}

export class LiveState {
  page: PortalPage;
  readonly scope: Scope | null;
  readonly framework: Framework;
  private readonly text: OverlayText;
  settings: Settings;
  saved: SavedView;
  others: Record<string, Draft>;
  last: LastView | null;
  /** The page's indicator as it showed at load, or when the portal last redrew it: what the portal holds. */
  pageSaved: PageReading | null = null;
  current: ReturnType<typeof readingOf>;
  /** The index of what the portal holds; null without a scope. */
  savedReport!: ScoreReport;
  /** The index with every unsaved choice (the same object as savedReport when there is none). */
  report!: ScoreReport;
  checks: Diagnostic[] = [];
  /** How many times this tab computed a report (bench/overlay-latency: computations per change). */
  computations = 0;
  private readonly listeners = new Set<Listener>();
  private typing: ReturnType<typeof setTimeout> | undefined;
  private checkSeq = 0;

  constructor(page: PortalPage, opened: Opened, private readonly link: Link, at = Date.now()) {
    this.page = page;
    this.scope = opened.scope;
    this.framework = opened.framework;
    this.text = opened.text;
    this.settings = opened.settings;
    this.saved = opened.saved;
    this.others = opened.drafts;
    this.last = opened.last;
    this.current = readingOf(page, this.framework);
    const c = this.current;
    if (c?.read.complete && this.scope) {
      this.pageSaved = { indicator: c.indicator, entry: c.entry, at };
      // What the page shows is what the portal holds, unless a newer reading is stored (another tab saved since).
      const n = String(c.indicator);
      if ((this.saved.at[n] ?? 0) <= at) this.saved = { ...this.saved, entries: { ...this.saved.entries, [n]: c.entry }, at: { ...this.saved.at, [n]: at } };
    }
    this.recompute(true);
    this.askChecks();
  }

  get locale(): Locale {
    return this.settings.locale;
  }

  /** The overlay's text in the chosen language. */
  t = (key: OverlayKey, data?: Record<string, string | number>): string => translate(this.text, this.locale, key, data);

  /** This tab's unsaved choice: the page now differs from what it showed as saved. */
  get ownDraft(): IndicatorEntry | null {
    const c = this.current;
    if (!c?.read.complete || !this.pageSaved || same(c.entry, this.pageSaved.entry)) return null;
    return c.entry;
  }

  /** Unsaved choices by indicator (other tabs', then this tab's own on top). */
  get drafts(): Record<string, IndicatorEntry> {
    const out: Record<string, IndicatorEntry> = {};
    for (const [n, d] of Object.entries(this.others)) out[n] = d.entry;
    const own = this.ownDraft;
    if (own && this.current) out[String(this.current.indicator)] = own;
    return out;
  }

  /** The saved entries, leaving out the page's indicator when the page could not be read in full (nothing from nothing). */
  private savedEntries(): Record<string, IndicatorEntry> {
    const c = this.current;
    if (!c || c.read.complete) return this.saved.entries;
    const rest = { ...this.saved.entries };
    delete rest[String(c.indicator)];
    return rest;
  }

  private assess(entries: Record<string, IndicatorEntry>): Assessment {
    // Assessor results on the page (Pemdi item statuses) mean the document stage has begun.
    const assessed = Object.values(entries).some((e) => e.evidence?.some((ev) => ev.status));
    const scope = this.scope ?? { framework: this.framework.id, year: 0, agency: { name: '' } };
    return toAssessment({ scope, entries }, assessed ? 'dokumen' : 'mandiri');
  }

  private compute(entries: Record<string, IndicatorEntry>): ScoreReport {
    this.computations++;
    performance.mark('spbe-lens:compute');
    return scoreReportWith(this.framework, this.assess(entries));
  }

  /** Recompute the saved index only when the saved entries changed; the index with choices always. */
  private recompute(savedChanged: boolean): void {
    const saved = this.savedEntries();
    if (savedChanged || !this.savedReport) this.savedReport = this.compute(saved);
    const drafts = this.drafts;
    const dropped = this.current && !this.current.read.complete ? String(this.current.indicator) : null;
    if (dropped) delete drafts[dropped];
    this.report = Object.keys(drafts).length ? this.compute({ ...saved, ...drafts }) : this.savedReport;
  }

  private emit(): void {
    for (const l of this.listeners) {
      try { l(this); } catch (e) { console.error('[SPBE Lens] listener failed', e); }
    }
  }

  /** Called now and after every change of the state. */
  subscribe(l: Listener, signal: AbortSignal): void {
    this.listeners.add(l);
    signal.addEventListener('abort', () => this.listeners.delete(l), { once: true });
    l(this);
  }

  /**
   * The page was read again. A user's change makes or updates this tab's
   * unsaved choice; a redraw by the portal's own scripts with no choice
   * pending is what the portal now holds, and is saved.
   */
  setPage(page: PortalPage, cause: Cause): void {
    const before = this.ownDraft;
    this.page = page;
    this.current = readingOf(page, this.framework);
    const c = this.current;
    let savedChanged = false;
    if (c?.read.complete && this.scope && cause === 'portal' && !before && this.pageSaved && !same(c.entry, this.pageSaved.entry)) {
      this.pageSaved = { indicator: c.indicator, entry: c.entry, at: Date.now() };
      this.saved = { ...this.saved, entries: { ...this.saved.entries, [String(c.indicator)]: c.entry } };
      savedChanged = true;
      void this.link.request({ t: 'save', scope: this.scope, reading: this.pageSaved, source: 'portal' }).then((s) => this.apply({ saved: s }), () => undefined);
    }
    this.recompute(savedChanged);
    this.emit();
    const after = this.ownDraft;
    if (this.scope && c && !same(before, after)) {
      const send = () => void this.link.request({ t: 'draft', scope: this.scope!, indicator: c.indicator, entry: this.ownDraft }).catch(() => undefined);
      clearTimeout(this.typing);
      if (cause === 'input') this.typing = setTimeout(send, TYPING_MS); else send();
    }
    if (cause === 'input') this.askChecksSoon(); else this.askChecks();
  }

  private checksTimer: ReturnType<typeof setTimeout> | undefined;
  private askChecksSoon(): void {
    clearTimeout(this.checksTimer);
    this.checksTimer = setTimeout(() => this.askChecks(), TYPING_MS);
  }

  /** Ask the background for the lint rules' findings on the indicator as it stands; a late answer for an older state is dropped. */
  private askChecks(): void {
    const c = this.current;
    if (!c || !this.scope || !c.read.complete) { this.checks = []; return; }
    const seq = ++this.checkSeq;
    const stage = this.report.assessment.stage;
    this.link.request({ t: 'check', scope: this.scope, indicator: c.indicator, entry: c.entry, stage }).then((checks) => {
      if (seq !== this.checkSeq) return;
      this.checks = checks;
      this.emit();
    }, () => undefined);
  }

  /** A push from the background (another tab, an import, the settings), or its answer to this tab's save. */
  apply(p: Omit<Push, 'type'>): void {
    if (p.settings) this.settings = p.settings;
    if (p.last !== undefined) this.last = p.last;
    if (p.drafts) this.others = p.drafts;
    const savedChanged = !!p.saved && !same(p.saved.entries, this.saved.entries);
    if (p.saved) this.saved = p.saved;
    if (savedChanged || p.drafts) this.recompute(savedChanged);
    this.emit();
  }

  /** Change a setting for every tab (the background stores it); this tab redraws at once. */
  setSettings(patch: Partial<Settings>): void {
    this.settings = { ...this.settings, ...patch };
    this.emit();
    void this.link.request({ t: 'settings', patch }).catch((e) => console.error('[SPBE Lens] settings not saved', e));
  }

  /** Save a value the user typed for an indicator the portal does not hold (a Pemdi external index). */
  saveManual(indicator: number, entry: IndicatorEntry): void {
    if (!this.scope) return;
    this.saved = { ...this.saved, entries: { ...this.saved.entries, [String(indicator)]: entry } };
    this.recompute(true);
    this.emit();
    void this.link.request({ t: 'save', scope: this.scope, reading: { indicator, entry, at: Date.now() }, source: 'manual' }).then((s) => this.apply({ saved: s }), () => undefined);
  }

  /** Open the browser's side panel with the full summary. */
  openPanel(): Promise<unknown> {
    return this.link.request({ t: 'openPanel' }).catch((e) => console.error('[SPBE Lens] side panel', e));
  }

  /** Save the levels a Daftar Indikator page shows. */
  saveList(levels: { indicator: number; level: number | null }[]): void {
    if (!this.scope) return;
    void this.link.request({ t: 'list', scope: this.scope, levels, at: Date.now() }).then((s) => this.apply({ saved: s }), () => undefined);
  }
}
