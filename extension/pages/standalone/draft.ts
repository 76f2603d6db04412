/**
 * The standalone page's model: one assessment being filled by hand, changed by
 * pure functions (each returns a new draft), so the page recomputes the score
 * in the same change handler. Entries loaded from storage keep everything they
 * carry (explanations, real evidence); an edit only touches what it changes.
 * Pemdi items are written as the core reads them (core/engine/indicator-value:
 * itemState): `{ item, file: "<code>.pdf", status? }`, where no status means
 * uploaded and not yet assessed.
 * @module extension/pages/standalone/draft
 */
import type { Assessment, Evidence, ExternalScore, FrameworkId, IndicatorEntry } from '../../../core/types.ts';
import { itemState, type ItemState } from '../../../core/engine/indicator-value.ts';
import type { Scope } from '../../store/scope.ts';

export interface Draft {
  framework: FrameworkId;
  /** As typed; checked by draftProblems before saving or exporting. */
  year: string;
  agency: { name: string; code?: string };
  indicators: Record<string, IndicatorEntry>;
  /** What was loaded from storage (or last saved), to save only the changes. */
  base?: { scope: Scope; entries: Record<string, IndicatorEntry> };
}

export const DEFAULT_YEAR: Record<FrameworkId, number> = { 'spbe-2020': 2025, 'pemdi-2026': 2026 };

/** A new draft; the agency is the portal's when the page knows it, else empty and required before saving (never an example name). */
export function newDraft(framework: FrameworkId, agency: Scope['agency'] = { name: '' }): Draft {
  return { framework, year: String(DEFAULT_YEAR[framework]), agency: { ...agency }, indicators: {} };
}

const isEmpty = (e: IndicatorEntry) => Object.keys(e).length === 0;

function withEntry(d: Draft, n: number, change: (e: IndicatorEntry) => IndicatorEntry): Draft {
  const indicators = { ...d.indicators };
  const next = change({ ...(indicators[String(n)] ?? {}) });
  if (isEmpty(next)) delete indicators[String(n)];
  else indicators[String(n)] = next;
  return { ...d, indicators };
}

/** SPBE: the level (null = not filled). A recorded `value` would win over it, so it goes. */
export function setLevel(d: Draft, n: number, level: number | null): Draft {
  return withEntry(d, n, (e) => {
    delete e.value;
    if (level === null) delete e.level;
    else e.level = level;
    return e;
  });
}

/** Pemdi external indicators (5, 6, 7, 18): the value the portal shows, null = not filled. */
export function setValue(d: Draft, n: number, value: number | null): Draft {
  return withEntry(d, n, (e) => {
    if (value === null) delete e.value;
    else e.value = value;
    return e;
  });
}

/** Pemdi external indicators whose index core converts (SDI: I5, I18): the index's raw score, null = not filled. */
export function setExternal(d: Draft, n: number, external: ExternalScore | null): Draft {
  return withEntry(d, n, (e) => {
    if (external === null) delete e.external;
    else e.external = external;
    return e;
  });
}

export type ItemChoice = ItemState;
export const ITEM_CHOICES: readonly ItemChoice[] = ['missing', 'pending', 'diterima', 'revisi'];

export function itemChoice(entry: IndicatorEntry | undefined, code: string): ItemChoice {
  return itemState(entry?.evidence, code);
}

function withStatus(e: Evidence, choice: Exclude<ItemChoice, 'missing'>): Evidence {
  const out = { ...e };
  if (choice === 'pending') delete out.status;
  else out.status = choice;
  return out;
}

/**
 * Pemdi: one item's state. Evidence already answering the item keeps its file
 * and gets the new status; otherwise a placeholder upload `<code>.pdf` is added.
 * 'missing' removes the item's evidence. A recorded `value` would hide the
 * items, so it goes.
 */
export function setItem(d: Draft, n: number, code: string, choice: ItemChoice): Draft {
  return withEntry(d, n, (e) => {
    delete e.value;
    const evidence = e.evidence ?? [];
    const answers = (x: Evidence) => x.item === code && Boolean(x.file || x.url);
    let next: Evidence[];
    if (choice === 'missing') next = evidence.filter((x) => x.item !== code);
    else if (evidence.some(answers)) next = evidence.map((x) => (answers(x) ? withStatus(x, choice) : x));
    else next = [...evidence, withStatus({ item: code, file: `${code}.pdf` }, choice)];
    if (next.length) e.evidence = next;
    else delete e.evidence;
    return e;
  });
}

/** Every listed item of the given indicators at once. */
export function setItems(d: Draft, items: readonly { indicator: number; code: string }[], choice: ItemChoice): Draft {
  return items.reduce((acc, it) => setItem(acc, it.indicator, it.code, choice), d);
}

/** The year as a number when valid for an assessment file (schema: integer 2021–2100), else null. */
export function draftYear(d: Draft): number | null {
  if (!/^\d{4}$/.test(d.year.trim())) return null;
  const y = Number(d.year.trim());
  return y >= 2021 && y <= 2100 ? y : null;
}

export type DraftProblem = 'agencyRequired' | 'yearInvalid';

export function draftProblems(d: Draft): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (!d.agency.name.trim()) out.push('agencyRequired');
  if (draftYear(d) === null) out.push('yearInvalid');
  return out;
}

/** The scope the draft belongs to; only meaningful when draftProblems is empty. */
export function draftScope(d: Draft): Scope {
  const agency: Scope['agency'] = { name: d.agency.name.trim() };
  if (d.agency.code) agency.code = d.agency.code;
  return { framework: d.framework, year: draftYear(d) ?? DEFAULT_YEAR[d.framework], agency };
}

/** The draft as an assessment file (format v1), indicators in number order. */
export function draftAssessment(d: Draft): Assessment {
  const scope = draftScope(d);
  const indicators = Object.fromEntries(Object.entries(d.indicators).sort(([a], [b]) => Number(a) - Number(b)));
  return { framework: d.framework, year: scope.year, agency: scope.agency, stage: 'mandiri', indicators };
}

export { parseValue } from '../../ui/parse-value.ts';
