/**
 * Both evaluation frameworks as data. The JSON files beside this module are
 * the project's data, edited by hand and validated by
 * schemas/framework.schema.json (test/frameworks.test.ts); docs/reference/
 * gives every fact in them with its source and confidence.
 * @module core/frameworks
 */
import type { Framework, FrameworkId, IndicatorDef } from '../types.ts';
import spbe2020 from './spbe-2020.json' with { type: 'json' };
import pemdi2026 from './pemdi-2026.json' with { type: 'json' };

export const frameworks: Record<FrameworkId, Framework> = {
  'spbe-2020': spbe2020 as unknown as Framework,
  'pemdi-2026': pemdi2026 as unknown as Framework,
};

export function getFramework(id: FrameworkId): Framework {
  return frameworks[id];
}

export { isFrameworkId } from './ids.ts';

/** The indicator with this number, or undefined when the framework has none. */
export function findIndicator(fw: Framework, number: number): IndicatorDef | undefined {
  return fw.indicators[number - 1]?.number === number ? fw.indicators[number - 1] : fw.indicators.find((i) => i.number === number);
}

/** Every evidence item code of one Pemdi indicator, level by level. */
export function itemCodes(ind: IndicatorDef): string[] {
  return Object.values(ind.levels).flatMap((l) => (l.items ?? []).map((i) => i.code));
}

/**
 * The indicator numbered n, for numbers known to exist. Indicators are stored in
 * order 1..N (test/frameworks.test.ts pins it), so this is an index lookup.
 */
export function indicatorAt(fw: Framework, n: number): IndicatorDef {
  const ind = fw.indicators[n - 1];
  if (!ind || ind.number !== n) throw new RangeError(`${fw.id}: no indicator ${n}`);
  return ind;
}
