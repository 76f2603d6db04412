/**
 * tauval.spbe.go.id: the indicator page, self-assessment view (portals.md A4;
 * assessor views: ./tauval-assessor.ts). Anchors: the title "Indikator {n}",
 * the table whose header cells are Tingkat | Kriteria | Capaian (assessor
 * views add EM, DE, Int), one Capaian radio per level row, the "catatan" field
 * per row.
 * @module extension/portal/tauval
 */
import type { Recognition } from './types.ts';
import { findTitle, frameworkOfHost, readContext } from './context.ts';
import { reasons, type Reason } from './reasons.ts';
import { readTauvalEvidence } from './tauval-evidence.ts';
import { cellAt, findTables, tableHeader, type FoundTable } from './table.ts';
import { fieldValue, key, visibleText } from './text.ts';
import { TAUVAL_WORDS } from './words.ts';

export const CRITERIA_HEADERS = TAUVAL_WORDS.indicatorPage.criteriaHeaders;
export const ASSESSOR_HEADERS = TAUVAL_WORDS.indicatorPage.assessorHeaders;
export const TAUVAL_LIST_HEADERS = TAUVAL_WORDS.listPage.headers;
export const TAUVAL_INDICATORS = 47;

const radiosIn = (cell: Element | null): HTMLInputElement[] =>
  cell ? (Array.from(cell.querySelectorAll('input')) as HTMLInputElement[]).filter((i) => i.type === 'radio') : [];

/** The criteria table: the first with those headers that has level rows with a radio. */
export function findCriteriaTable(doc: Document): FoundTable | null {
  const found = findTables(doc, CRITERIA_HEADERS);
  const capaian = (t: FoundTable) => t.columns.get('capaian')!;
  return found.find((t) => t.body.some((r) => radiosIn(cellAt(r, capaian(t))).length > 0)) ?? found[0] ?? null;
}

export function isAssessorTable(t: FoundTable): boolean {
  return t.columns.has('em');
}

/** Why there is no criteria table: the closest table's missing columns, else none at all. */
export function criteriaProblem(doc: Document): Reason {
  const want = CRITERIA_HEADERS.map(key);
  let best: { found: string[]; missing: string[] } | null = null;
  for (const t of Array.from(doc.querySelectorAll('table'))) {
    const h = tableHeader(t);
    if (!h) continue;
    const found = CRITERIA_HEADERS.filter((_, i) => h.columns.has(want[i]!));
    if (found.length >= 2 && (!best || found.length > best.found.length)) {
      best = { found, missing: CRITERIA_HEADERS.filter((c) => !found.includes(c)) };
    }
  }
  return best ? reasons.columnsMissing(best.found, best.missing) : reasons.tableMissing(CRITERIA_HEADERS);
}

const LEVEL_RE = /^(?:tingkat|level)?\s*([1-5])(?!\d)/i;
const isTextField = (el: Element) => el.localName === 'textarea' || (el.localName === 'input' && ['text', 'search', ''].includes((el as HTMLInputElement).type));

/** The row's catatan field: placeholder "catatan" anywhere in the row, else the field in the Kriteria cell. */
function noteField(row: Element, kriteria: Element | null): Element | null {
  const fields = Array.from(row.querySelectorAll('textarea, input')).filter(isTextField);
  return fields.find((f) => key(f.getAttribute('placeholder')) === TAUVAL_WORDS.indicatorPage.notePlaceholder)
    ?? (kriteria ? fields.find((f) => kriteria.contains(f)) : undefined) ?? null;
}

export interface LevelRow {
  level: number;
  row: Element;
  /** The radio per radio column present (capaian, em, de, int). */
  radios: Map<string, HTMLInputElement>;
  note: string;
  field: Element | null;
}

/** The table's level rows (level from the Tingkat cell, else the Capaian radio's value). */
export function readLevelRows(t: FoundTable): LevelRow[] {
  const tingkat = t.columns.get('tingkat')!;
  const kriteria = t.columns.get('kriteria') ?? -1;
  const radioCols = ['capaian', ...ASSESSOR_HEADERS.map(key)].filter((c) => t.columns.has(c));
  const out: LevelRow[] = [];
  for (const row of t.body) {
    const radios = new Map<string, HTMLInputElement>();
    for (const c of radioCols) {
      const r = radiosIn(cellAt(row, t.columns.get(c)!))[0];
      if (r) radios.set(c, r);
    }
    const level = Number(LEVEL_RE.exec(visibleText(cellAt(row, tingkat)))?.[1] ?? LEVEL_RE.exec(radios.get('capaian')?.value ?? '')?.[1]);
    if (!level || out.some((o) => o.level === level)) continue;
    const field = noteField(row, cellAt(row, kriteria));
    out.push({ level, row, radios, note: field ? fieldValue(field).trim() : '', field });
  }
  return out;
}

export const checkedLevel = (rows: readonly LevelRow[], col: string): number | null =>
  rows.find((r) => r.radios.get(col)?.checked)?.level ?? null;

/** Read the self-assessment indicator page. */
export function readTauvalIndicator(doc: Document, url: URL): Recognition {
  if (frameworkOfHost(url) !== 'spbe-2020') return { ok: false, reason: reasons.unknownHost(url.hostname) };
  const table = findCriteriaTable(doc);
  if (!table) return { ok: false, reason: criteriaProblem(doc) };
  if (isAssessorTable(table)) return { ok: false, reason: reasons.assessorView() };
  const title = findTitle(doc, 'spbe-2020');
  if (!title) return { ok: false, reason: reasons.titleMissing(TAUVAL_INDICATORS) };
  const rows = readLevelRows(table);
  if (rows.length === 0) return { ok: false, reason: reasons.noLevelRows(CRITERIA_HEADERS) };
  const level = checkedLevel(rows, 'capaian');
  const notes: Record<number, string> = {};
  for (const r of rows) notes[r.level] = r.note;
  return {
    ok: true,
    page: {
      kind: 'tauval-indicator',
      context: readContext(doc, 'spbe-2020'),
      indicator: title.indicator,
      level,
      explanation: level === null ? '' : notes[level] ?? '',
      notes,
      evidence: readTauvalEvidence(doc, url, table.table),
      anchor: title.element,
      radios: new Map(rows.flatMap((r) => (r.radios.has('capaian') ? [[r.level, r.radios.get('capaian')!] as const] : []))),
      rows: new Map(rows.map((r) => [r.level, r.row])),
      noteFields: new Map(rows.map((r) => [r.level, r.field])),
    },
  };
}

/** The Daftar Indikator table (headers invented in the replica, README †). */
export function hasTauvalList(doc: Document): boolean {
  return findTables(doc, TAUVAL_LIST_HEADERS).length > 0;
}
