/**
 * What code may know of the frameworks without loading their data: the ids and
 * how many indicators each has. The portal adapter in the content script needs
 * only this to accept an "Indikator {n}" title, and must not carry 25 kB of
 * framework data to do it (bench/: content-script budget). Indicators are
 * numbered 1..N in each framework; test/frameworks.test.ts pins N to the data.
 * @module core/frameworks/ids
 */
import type { FrameworkId } from '../types.ts';

export function isFrameworkId(id: unknown): id is FrameworkId {
  return id === 'spbe-2020' || id === 'pemdi-2026';
}

/** PermenPANRB 59/2020: 47 indicators; PermenPANRB 8/2026: 20 indicators. */
export const INDICATOR_COUNT: Readonly<Record<FrameworkId, number>> = { 'spbe-2020': 47, 'pemdi-2026': 20 };

/** Whether the framework has an indicator numbered n. */
export const hasIndicator = (id: FrameworkId, n: number): boolean => Number.isInteger(n) && n >= 1 && n <= INDICATOR_COUNT[id];
