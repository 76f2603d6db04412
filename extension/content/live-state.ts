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
 * (Internals are #private: the minifier renames those, bench/: content-script budget.)
 * @module extension/content/live-state
 */
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import type { Framework, IndicatorEntry, Locale } from '../../core/types.ts';
import { scoreView, type ScoreView } from '../../core/report/score-report.ts';
import type { OverlayKey, OverlayText } from '../i18n/overlay.ts';
import { translate } from '../i18n/format.ts';
import type { Draft } from '../store/drafts.ts';
import type { Scope } from '../store/scope.ts';
import type { Settings } from '../store/settings.ts';
import { toAssessment } from '../store/to-assessment.ts';
import type { PortalPage } from '../portal/types.ts';
import type { Answers, LastView, Opened, PageReading, Push, RequestOf, SavedView } from '../live/protocol.ts';
import type { Link } from '../live/client.ts';
import { completeness, type Completeness } from '../live/completeness.ts';
import { toEntry } from '../portal/to-entry.ts';
import { sameJson } from '../same-json.ts';

export type Listener = (state: LiveState) => void;
type Cause = 'load' | 'change' | 'input' | 'portal';

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
  settings: Settings;
  saved: SavedView;
  others: Record<string, Draft>;
  last: LastView | null;
  /** The page's indicator as it showed at load, or when the portal last redrew it: what the portal holds. */
  pageSaved: PageReading | null = null;
  current: ReturnType<typeof readingOf>;
  /** The index of what the portal holds. */
  savedReport!: ScoreView;
  /** The index with every unsaved choice (the same object as savedReport when there is none). */
  report!: ScoreView;
  checks: Diagnostic[] = [];
  /** How many times this tab computed a report (bench/overlay-latency: computations per change). */
  computations = 0;
  #text: OverlayText;
  #link: Link;
  #listeners = new Set<Listener>();
  #typing: ReturnType<typeof setTimeout> | undefined;
  #checking: ReturnType<typeof setTimeout> | undefined;
  #checkSeq = 0;

  constructor(page: PortalPage, opened: Opened, link: Link, at = Date.now()) {
    this.page = page;
    this.scope = opened.scope;
    this.framework = opened.framework;
    this.#text = opened.text;
    this.#link = link;
    this.settings = opened.settings;
    this.saved = opened.saved;
    this.others = opened.drafts;
    this.last = opened.last;
    const c = (this.current = readingOf(page, this.framework));
    if (c?.read.complete && this.scope) {
      this.pageSaved = { indicator: c.indicator, entry: c.entry, at };
      // What the page shows is what the portal holds, unless a newer reading is stored (another tab saved since).
      if ((this.saved.at[c.indicator] ?? 0) <= at) this.#save(c.indicator, c.entry, at);
    }
    this.#recompute(true);
    this.#askChecks(0);
  }

  get locale(): Locale {
    return this.settings.locale;
  }

  /** The overlay's text in the chosen language. */
  t = (key: OverlayKey, data?: Record<string, string | number>): string => translate(this.#text, this.locale, key, data);

  /** This tab's unsaved choice: the page now differs from what it showed as saved. */
  get ownDraft(): IndicatorEntry | null {
    const c = this.current;
    return c?.read.complete && this.pageSaved && !sameJson(c.entry, this.pageSaved.entry) ? c.entry : null;
  }

  /** Unsaved choices by indicator (other tabs', then this tab's own on top). */
  get drafts(): Record<string, IndicatorEntry> {
    const out: Record<string, IndicatorEntry> = {};
    for (const n in this.others) out[n] = this.others[n]!.entry;
    const own = this.ownDraft;
    if (own) out[this.current!.indicator] = own;
    return out;
  }

  /** An entry in the local copy of the saved view (the background's answer follows). */
  #save(n: number, entry: IndicatorEntry, at: number): void {
    this.saved = { ...this.saved, entries: { ...this.saved.entries, [n]: entry }, at: { ...this.saved.at, [n]: at } };
  }

  #request<K extends keyof Answers>(m: RequestOf<K>): Promise<Answers[K] | void> {
    return this.#link.request(m).catch((e) => console.error('[SPBE Lens]', m.t, e));
  }

  #compute(entries: Record<string, IndicatorEntry>): ScoreView {
    this.computations++;
    performance.mark('spbe-lens:compute');
    // Assessor results on the page (Pemdi item statuses) mean the document stage has begun.
    const stage = Object.values(entries).some((e) => e.evidence?.some((ev) => ev.status)) ? 'dokumen' : 'mandiri';
    const scope = this.scope ?? { framework: this.framework.id, year: 0, agency: { name: '' } };
    return scoreView(this.framework, toAssessment({ scope, entries }, stage));
  }

  /**
   * The saved index again only when the saved entries changed; the index with
   * the choices whenever there are any. A page read short leaves its indicator
   * out of both (nothing from nothing).
   */
  #recompute(savedChanged: boolean): void {
    const c = this.current;
    const saved = { ...this.saved.entries };
    const drafts = this.drafts;
    if (c && !c.read.complete) { delete saved[c.indicator]; delete drafts[c.indicator]; }
    if (savedChanged || !this.savedReport) this.savedReport = this.#compute(saved);
    this.report = Object.keys(drafts).length ? this.#compute({ ...saved, ...drafts }) : this.savedReport;
  }

  #emit(): void {
    for (const l of this.#listeners) {
      try { l(this); } catch (e) { console.error('[SPBE Lens] listener failed', e); }
    }
  }

  /** Called now and after every change of the state. */
  subscribe(l: Listener, signal: AbortSignal): void {
    this.#listeners.add(l);
    signal.addEventListener('abort', () => this.#listeners.delete(l), { once: true });
    l(this);
  }

  /**
   * The page was read again. A user's change makes or updates this tab's
   * unsaved choice; a redraw by the portal's own scripts with no choice
   * pending is what the portal now holds, and is saved. Typing is told to
   * the background (and checked) once the user pauses.
   */
  setPage(page: PortalPage, cause: Cause): void {
    const before = this.ownDraft;
    this.page = page;
    const c = (this.current = readingOf(page, this.framework));
    let savedChanged = false;
    if (c?.read.complete && this.scope && cause === 'portal' && !before && this.pageSaved && !sameJson(c.entry, this.pageSaved.entry)) {
      this.pageSaved = { indicator: c.indicator, entry: c.entry, at: Date.now() };
      this.#save(c.indicator, c.entry, this.pageSaved.at);
      savedChanged = true;
      void this.#request({ t: 'save', scope: this.scope, reading: this.pageSaved, source: 'portal' }).then((s) => s && this.apply({ saved: s }));
    }
    this.#recompute(savedChanged);
    this.#emit();
    const delay = cause === 'input' ? TYPING_MS : 0;
    if (this.scope && c && !sameJson(before, this.ownDraft)) {
      clearTimeout(this.#typing);
      const send = () => void this.#request({ t: 'draft', scope: this.scope!, indicator: c.indicator, entry: this.ownDraft });
      if (delay) this.#typing = setTimeout(send, delay); else send();
    }
    this.#askChecks(delay);
  }

  /** Ask the background for the lint rules' findings on the indicator as it stands; a late answer for an older state is dropped. */
  #askChecks(delay: number): void {
    clearTimeout(this.#checking);
    const seq = ++this.#checkSeq;
    const c = this.current;
    if (!c || !this.scope || !c.read.complete) { this.checks = []; return; }
    this.#checking = setTimeout(() => void this.#request({ t: 'check', scope: this.scope!, indicator: c.indicator, entry: c.entry, stage: this.report.assessment.stage }).then((checks) => {
      if (seq !== this.#checkSeq || !checks) return;
      this.checks = checks;
      this.#emit();
    }), delay);
  }

  /** A push from the background (another tab, an import, the settings), or its answer to this tab's save. */
  apply(p: Omit<Push, 'type'>): void {
    if (p.settings) this.settings = p.settings;
    if (p.last !== undefined) this.last = p.last;
    if (p.drafts) this.others = p.drafts;
    const savedChanged = !!p.saved && !sameJson(p.saved.entries, this.saved.entries);
    if (p.saved) this.saved = p.saved;
    if (savedChanged || p.drafts) this.#recompute(savedChanged);
    this.#emit();
  }

  /** Change a setting for every tab (the background stores it); this tab redraws at once. */
  setSettings(patch: Partial<Settings>): void {
    this.settings = { ...this.settings, ...patch };
    this.#emit();
    void this.#request({ t: 'settings', patch });
  }

  /**
   * Save what the user typed for an indicator the portal does not hold (a
   * Pemdi external index): the background reads and stores it, and this tab
   * redraws from its answer. False when the text is no value or score in range.
   */
  async saveExternal(indicator: number, text: string): Promise<boolean> {
    if (!this.scope) return false;
    const s = await this.#request({ t: 'external', scope: this.scope, indicator, text, at: Date.now() });
    if (s === 'invalid') return false;
    if (s) this.apply({ saved: s });
    return true;
  }

  /** Save the levels a Daftar Indikator page shows. */
  saveList(levels: { indicator: number; level: number | null }[]): void {
    if (this.scope) void this.#request({ t: 'list', scope: this.scope, levels, at: Date.now() }).then((s) => s && this.apply({ saved: s }));
  }

  /** Open the browser's side panel with the full summary. */
  openPanel(): Promise<unknown> {
    return this.#request({ t: 'openPanel' });
  }
}
