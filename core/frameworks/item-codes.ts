/**
 * The two ways a Pemdi evidence item is named, and the module item each names
 * (docs/reference/pemdi-2026.md, "Evidence items and their codes"):
 * - the local code `I{n}-L{level}-{NN}`, NN = position within the level
 *   (I4-L2-01), one-to-one with the Modul Indikator ids GT.I{n}_L{level}_{k};
 * - the portal's code `{PREFIX}_{indicator, 2 digits}_{item, 2 digits}`
 *   (eval.spbe.go.id: PG_04_01, TD_13_05), items numbered 1..n across all
 *   levels in module order, so I4's three level-1 items are PG_04_01..03 and
 *   PG_04_04 is level 2 item 1.
 * The indicator and the item count per level map a portal code to its module
 * item without knowing the prefix: only PG (aspect Penyelenggara) and TD
 * (Teknologi) have been seen, so an unknown prefix is accepted, and a known
 * prefix on another aspect's indicator is a finding.
 *
 * The content script resolves codes on every change and carries this module
 * (60 kB budget, test/budget.test.ts), so it is kept small: one pattern for
 * both forms, and the reasons a code names no item are told apart only by
 * resolveItemCode, which the linter alone calls.
 * @module core/frameworks/item-codes
 */
import type { AspectDef, EvidenceItemDef, IndicatorDef } from '../types.ts';

/** Local I4-L2-01 (groups 1-3) or the portal's PG_04_04 (groups 4-6). */
const CODE = /^(?:I(\d{1,2})-L([1-5])-(\d{2})|([A-Z][A-Z0-9]{1,5})_(\d{2})_(\d{2}))$/;

export type ParsedItemCode =
  | { form: 'local'; indicator: number; level: number; position: number }
  | { form: 'portal'; prefix: string; indicator: number; ordinal: number };

/** The parts of an item code in either form, or null when it is neither. */
export function parseItemCode(code: string): ParsedItemCode | null {
  const m = CODE.exec(code);
  if (!m) return null;
  return m[1] ? { form: 'local', indicator: +m[1], level: +m[2]!, position: +m[3]! } : { form: 'portal', prefix: m[4]!, indicator: +m[5]!, ordinal: +m[6]! };
}

export interface ItemRef {
  def: EvidenceItemDef;
  level: number;
  /** 1-based position within the level (the NN of the local code). */
  position: number;
  /** 1-based position across all levels in module order (the portal's item number). */
  ordinal: number;
}

/** The items of one level, or none (I9 level 3 lists none). */
const itemsAt = (ind: IndicatorDef, level: number): readonly EvidenceItemDef[] => ind.levels[level]?.items ?? [];

/** How many items the levels below `level` have: the portal numbers a level's items after them. */
function itemsBelow(ind: IndicatorDef, level: number): number {
  let n = 0;
  for (let L = 1; L < level; L++) n += itemsAt(ind, L).length;
  return n;
}

/** The prefix of a known aspect other than the indicator's, when the code carries one: a finding. */
const otherAspect = (ind: IndicatorDef, aspects: readonly AspectDef[], prefix: string): AspectDef | undefined =>
  aspects.find((a) => a.portalCodePrefix === prefix && a.number !== ind.aspect);

/** The item a parsed code of this indicator names, or null. */
function itemOf(ind: IndicatorDef, aspects: readonly AspectDef[], p: ParsedItemCode): ItemRef | null {
  if (p.indicator !== ind.number) return null;
  if (p.form === 'local') {
    const def = itemsAt(ind, p.level)[p.position - 1];
    return def && p.position > 0 ? { def, level: p.level, position: p.position, ordinal: itemsBelow(ind, p.level) + p.position } : null;
  }
  if (otherAspect(ind, aspects, p.prefix)) return null;
  for (let level = 1, before = 0; level <= 5; level++) {
    const items = itemsAt(ind, level);
    const position = p.ordinal - before;
    if (position >= 1 && position <= items.length) return { def: items[position - 1]!, level, position, ordinal: p.ordinal };
    before += items.length;
  }
  return null;
}

/**
 * The local code of the module item `code` names under `ind`, or null when it
 * names none: what the engine counts an upload under.
 */
export function moduleItemCode(ind: IndicatorDef, aspects: readonly AspectDef[], code: string): string | null {
  const p = parseItemCode(code);
  return p ? itemOf(ind, aspects, p)?.def.code ?? null : null;
}

/** Why a code names none of an indicator's items. */
export type ItemCodeProblem =
  | { problem: 'malformed' }
  | { problem: 'otherIndicator'; indicator: number }
  | { problem: 'noSuchItem'; level?: number; count: number }
  | { problem: 'prefixOfOtherAspect'; prefix: string; aspect: number; expected: string | null };

export type ItemResolution = ({ ok: true } & ItemRef & { form: ParsedItemCode['form'] }) | ({ ok: false } & ItemCodeProblem);

/**
 * Which of indicator `ind`'s module items `code` names, in either form, or why
 * it names none. `aspects` give the known portal prefixes.
 */
export function resolveItemCode(ind: IndicatorDef, aspects: readonly AspectDef[], code: string): ItemResolution {
  const p = parseItemCode(code);
  if (!p) return { ok: false, problem: 'malformed' };
  const ref = itemOf(ind, aspects, p);
  if (ref) return { ok: true, form: p.form, ...ref };
  if (p.indicator !== ind.number) return { ok: false, problem: 'otherIndicator', indicator: p.indicator };
  if (p.form === 'local') return { ok: false, problem: 'noSuchItem', level: p.level, count: itemsAt(ind, p.level).length };
  const owner = otherAspect(ind, aspects, p.prefix);
  if (owner) {
    const expected = aspects.find((a) => a.number === ind.aspect)?.portalCodePrefix ?? null;
    return { ok: false, problem: 'prefixOfOtherAspect', prefix: p.prefix, aspect: owner.number, expected };
  }
  return { ok: false, problem: 'noSuchItem', count: itemsBelow(ind, 6) };
}

/** The portal's code of a module item, where the indicator's aspect prefix is known (PG_04_01); else null. */
export function portalItemCode(ind: IndicatorDef, aspects: readonly AspectDef[], level: number, position: number): string | null {
  const prefix = aspects.find((a) => a.number === ind.aspect)?.portalCodePrefix;
  const two = (n: number) => String(n).padStart(2, '0');
  return prefix ? `${prefix}_${two(ind.number)}_${two(itemsBelow(ind, level) + position)}` : null;
}
