/**
 * What the portal adapter reads off a page. The adapter finds things by what
 * users see (headings, row labels, column names, radio values), never by
 * incidental class names, because the portals' markup is unknown and will
 * change (portals.md B6).
 * @module extension/portal/types
 */
import type { Evidence, FrameworkId, ItemStatus } from '../../core/types.ts';
import type { Reason } from './reasons.ts';

export type PageKind = 'tauval-indicator' | 'tauval-indicator-list' | 'tauval-assessor' | 'eval-indicator' | 'eval-indicator-list';

/** Whose assessment this page belongs to, as far as the page shows it. */
export interface PortalContext {
  framework: FrameworkId;
  /** "Pemerintah Kota Contoh"; null when the page does not show it. */
  agency: string | null;
  agencyCode: string | null;
  /** Evaluation year; null when the page does not show it. */
  year: number | null;
}

/** tauval.spbe.go.id: one SPBE indicator, self-assessment view (portals.md A4). */
export interface TauvalIndicatorPage {
  kind: 'tauval-indicator';
  context: PortalContext;
  indicator: number;
  /** The checked Capaian radio, or null. */
  level: number | null;
  /** The catatan text of the chosen level's row (the explanation), '' when none. */
  explanation: string;
  /** Every row's catatan, by level. */
  notes: Record<number, string>;
  /** Evidence the page lists (file names and links). */
  evidence: Evidence[];
  /** Where inline UI goes: the element showing the indicator's title. */
  anchor: Element;
  /** The Capaian radio per level (read only: the extension never changes them). */
  radios: Map<number, HTMLInputElement>;
  /** The table row per level, for inline checks. */
  rows: Map<number, Element>;
  /** Each row's catatan field, so a keystroke re-reads one field, not the page. */
  noteFields: Map<number, Element | null>;
}

/** One evidence item row on eval.spbe.go.id (portals.md B2, B3). */
export interface PortalItem {
  /** Local item code I{n}-L{level}-{NN} (the core's), derived from level and position. */
  code: string;
  /** The code the portal shows (PG_04_01 …), when shown. */
  portalCode: string | null;
  level: number;
  /** Uploaded file name, null when nothing is uploaded. */
  file: string | null;
  /** The agency's note typed with the upload. */
  note: string;
  status: ItemStatus | null;
  assessorNote: string;
  row: Element;
  /** The note field, so a keystroke re-reads one field, not the page. */
  noteField: Element | null;
}

/** eval.spbe.go.id: one Pemdi indicator (indicator → level → item rows). */
export interface EvalIndicatorPage {
  kind: 'eval-indicator';
  context: PortalContext;
  indicator: number;
  items: PortalItem[];
  anchor: Element;
  /** The element heading each level's items, by level. */
  levels: Map<number, Element>;
}

// ---- pages beside the indicator pages (extension/portal/list-page.ts, tauval-assessor.ts) ----

/** One row of Tauval's Daftar Indikator: the level the portal holds (null: "Belum diisi"). */
export interface TauvalListRow {
  indicator: number;
  level: number | null;
}

/** tauval.spbe.go.id Daftar Indikator: every indicator with its Capaian. */
export interface TauvalListPage {
  kind: 'tauval-indicator-list';
  context: PortalContext;
  rows: TauvalListRow[];
  /** The list table (the overlay's strip goes above it); null when the list has none that reads. */
  anchor: Element | null;
}

/**
 * eval.spbe.go.id Daftar Indikator. It shows item counts per indicator
 * (Jumlah Butir | Diunggah | Diterima | Revisi), not values: the item-share
 * value needs to know which level each accepted item is at, so nothing is
 * read off it; the panel says so.
 */
export interface EvalListPage {
  kind: 'eval-indicator-list';
  context: PortalContext;
}

/** Tauval assessor views (portals.md A5): the levels each column holds for one indicator. */
export interface TauvalAssessorPage {
  kind: 'tauval-assessor';
  context: PortalContext;
  indicator: number;
  /** Self-assessment (EM), document (DE) and interview (Int) levels, and the assessor's Capaian; null where absent or unchecked. */
  em: number | null;
  de: number | null;
  int: number | null;
  capaian: number | null;
  anchor: Element;
}

export type ListPage = TauvalListPage | EvalListPage;

export type PortalPage = TauvalIndicatorPage | EvalIndicatorPage | ListPage | TauvalAssessorPage;

export type Recognition = { ok: true; page: PortalPage } | { ok: false; reason: Reason };
