/**
 * Test helpers for stored data: what a portal tab (or an import) would have
 * left in storage, written the way the background writes it, and a corrupt
 * record planted inside a scope.
 * @module test/extension/store
 */
import type { IndicatorEntry } from '../../core/types.ts';
import { saveReadings } from '../../extension/store/writer.ts';
import { scopeItem, type Source } from '../../extension/store/records.ts';
import { scopeKey, type Scope } from '../../extension/store/scope.ts';

export async function saveIndicator(scope: Scope, indicator: number, entry: IndicatorEntry, at: number, source: Source = 'portal'): Promise<void> {
  await saveReadings(scope, [{ indicator, entry, at, source }]);
}

/** Puts a record that does not read as an indicator entry into a scope; returns its key as the Options page lists it. */
export async function plantCorrupt(scope: Scope, indicator: number, entry: unknown): Promise<string> {
  const item = scopeItem(scope);
  const cur = (await item.getValue()) ?? { scope, indicators: {} };
  await item.setValue({ ...cur, indicators: { ...cur.indicators, [String(indicator)]: { entry: entry as IndicatorEntry, at: 5, source: 'portal' } } });
  return `${scopeKey(scope)}#${indicator}`;
}
