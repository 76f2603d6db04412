/**
 * Last year's stored result as the portal tab needs it (extension/live/
 * protocol.ts: LastView): exact values as text, the predicate under last
 * year's own framework, and, across frameworks, the related SPBE indicators of
 * each Pemdi indicator from the thematic crosswalk (never a converted number:
 * core/frameworks/crosswalk-2020-2026.json says why). The tab computes the
 * changes against its own live values.
 * @module extension/background/last-view
 */
import type { FrameworkId } from '../../core/types.ts';
import type { LastResult } from '../../core/compare/last-result.ts';
import { frameworks } from '../../core/frameworks/index.ts';
import { predicateOf } from '../../core/engine/predicate.ts';
import crosswalk from '../../core/frameworks/crosswalk-2020-2026.json' with { type: 'json' };
import type { LastView } from '../live/protocol.ts';

export function toLastView(last: LastResult, current: FrameworkId): LastView {
  const fw = frameworks[last.framework];
  const p = last.index ? predicateOf(fw, last.index) : null;
  const values = Object.fromEntries([...last.indicators].map(([n, v]) => [String(n), v.toString()]));
  const related = last.framework === current ? null : Object.fromEntries(crosswalk.relations.map((r) => [
    String(r.pemdi),
    r.spbe.map((id) => ({ id, last: last.framework === 'spbe-2020' ? values[String(id)] ?? null : null })),
  ]));
  return {
    framework: last.framework, frameworkName: fw.name, year: last.year, index: last.index?.toString() ?? null,
    predicate: p ? { name: p.name, nameEn: p.nameEn } : null,
    indicators: last.framework === current ? values : {},
    related,
  };
}
