/**
 * The messages between a portal tab's content script and the background, as
 * plain JSON (runtime.sendMessage, and tabs.sendMessage for the pushes).
 *
 * One owner per value: the tab reads its page and computes everything it
 * draws (the index, the indicator's value and next step, the change against
 * last year) in the task of the user's change; the background owns what is
 * stored (the saved entries of every scope, the unsaved choices of every tab,
 * last year's results, the settings) and runs the lint rules for the
 * indicator on the page. When the background changes something it stores, it
 * pushes the new state to the other tabs of the scope, never back to the tab
 * whose message caused it. The framework data, the overlay's text and the
 * stored-record validator stay in the background's bundle and reach the tab
 * as data (bench/: content-script budget, 60 kB minified).
 * @module extension/live/protocol
 */
import type { Framework, FrameworkId, IndicatorEntry, Stage } from '../../core/types.ts';
import type { Diagnostic } from '../../core/lint/diagnostic.ts';
import type { Scope } from '../store/scope.ts';
import type { Settings } from '../store/settings.ts';
import type { Draft } from '../store/drafts.ts';
import type { OverlayText } from '../i18n/overlay.ts';

export const LIVE_MESSAGE = 'spbe-lens:live';
export const PUSH_MESSAGE = 'spbe-lens:push';

/** An indicator as the page shows it, and when it was read (ms since epoch). */
export interface PageReading {
  indicator: number;
  entry: IndicatorEntry;
  at: number;
}

/** The saved entries of a scope (validated by the background), when each was read, and how many stored records do not read. */
export interface SavedView {
  entries: Record<string, IndicatorEntry>;
  at: Record<string, number>;
  corrupt: number;
}

/** A level the Daftar Indikator page shows for an indicator (null: "Belum diisi"). */
export interface ListLevel {
  indicator: number;
  level: number | null;
}

/**
 * Last year's result as the tab needs it, exact values as "num/den" text.
 * Same framework: the values per indicator. Across frameworks (SPBE 2025
 * beside Pemdi 2026): for each Pemdi indicator, the related SPBE indicators
 * with last year's values; never a converted number.
 */
export interface LastView {
  framework: FrameworkId;
  frameworkName: string;
  year: number | null;
  index: string | null;
  predicate: { name: string; nameEn: string } | null;
  indicators: Record<string, string>;
  related: Record<string, { id: number; last: string | null }[]> | null;
}

type Request =
  /** First message of a page: whose assessment (null on pages with none) and the indicator the page shows as saved. */
  | { t: 'open'; framework: FrameworkId; scope: Scope | null; reading: PageReading | null }
  /** The page shows a new saved state (the portal redrew it), or the user typed a value the portal does not hold (Pemdi external indices). */
  | { t: 'save'; scope: Scope; reading: PageReading; source: 'portal' | 'manual' }
  /**
   * What the user typed for a Pemdi external-index indicator (I5, I6, I7, I18):
   * the background reads it (a score where core converts one, else the value)
   * and saves it, so the page's script carries no parsing (its 60 kB budget).
   */
  | { t: 'external'; scope: Scope; indicator: number; text: string; at: number }
  /** The Daftar Indikator page's levels. */
  | { t: 'list'; scope: Scope; levels: ListLevel[]; at: number }
  /** The user's unsaved choice for an indicator (null: none any more). */
  | { t: 'draft'; scope: Scope; indicator: number; entry: IndicatorEntry | null }
  /** The lint rules' findings for the indicator's entry as it stands. */
  | { t: 'check'; scope: Scope; indicator: number; entry: IndicatorEntry; stage: Stage }
  | { t: 'settings'; patch: Partial<Settings> }
  /** Open the side panel with the full summary (Chrome: the click that sent this is the user gesture it needs). */
  | { t: 'openPanel' };

export type ToBackground = Request & { type: typeof LIVE_MESSAGE };

export interface Opened {
  /** The scope the background files this page under (an existing one of the same agency when there is one). */
  scope: Scope | null;
  framework: Framework;
  text: OverlayText;
  settings: Settings;
  saved: SavedView;
  /** Other tabs' unsaved choices, the latest per indicator. */
  drafts: Record<string, Draft>;
  last: LastView | null;
}

export interface Answers {
  open: Opened;
  save: SavedView;
  /** The saved view after the value was saved, or 'invalid' when the text is no value or score within its range. */
  external: SavedView | 'invalid';
  list: SavedView;
  draft: null;
  check: Diagnostic[];
  settings: Settings;
  openPanel: null;
}

/** What changed in the background, sent to every tab of the scope except the one that caused it. */
export interface Push {
  type: typeof PUSH_MESSAGE;
  saved?: SavedView;
  drafts?: Record<string, Draft>;
  last?: LastView | null;
  settings?: Settings;
}

export type RequestOf<K extends Request['t']> = Extract<Request, { t: K }>;
