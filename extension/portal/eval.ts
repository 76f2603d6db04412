/**
 * eval.spbe.go.id: one Pemdi indicator, indicator → level → item rows
 * (portals.md B2, B3, B5). No HTML of this portal is public (B6): the items
 * are read by what they are, whatever the markup (./items.ts), with the words
 * from the portal's data table (./words.ts).
 * @module extension/portal/eval
 */
import type { PortalItem, Recognition } from './types.ts';
import { findTitle, frameworkOfHost, readContext } from './context.ts';
import { reasons } from './reasons.ts';
import { findTables } from './table.ts';
import { findLevelHeadings, readItems } from './items.ts';
import { EVAL_WORDS } from './words.ts';

export { findLevelHeadings, LEVEL_HEADING_RE } from './items.ts';
export const EVAL_LIST_HEADERS = EVAL_WORDS.listPage.headers;
const INDICATORS = 20;

/** Read the indicator page: items in page order, coded I{n}-L{level}-{NN} by position within their level. */
export function readEvalIndicator(doc: Document, url: URL): Recognition {
  if (frameworkOfHost(url) !== 'pemdi-2026') return { ok: false, reason: reasons.unknownHost(url.hostname) };
  const title = findTitle(doc, 'pemdi-2026');
  if (!title) return { ok: false, reason: reasons.titleMissing(INDICATORS) };
  const headings = findLevelHeadings(doc);
  if (headings.length === 0) return { ok: false, reason: reasons.levelsMissing() };
  const read = readItems(doc, headings);
  if (read.unplaced.length) return { ok: false, reason: reasons.itemWithoutLevel(read.unplaced[0]!.portalCode ?? '?') };
  const counts = new Map<number, number>();
  const items: PortalItem[] = read.items.map((it) => {
    const nn = (counts.get(it.level) ?? 0) + 1;
    counts.set(it.level, nn);
    return { code: `I${title.indicator}-L${it.level}-${String(nn).padStart(2, '0')}`, ...it };
  });
  const levels = new Map<number, Element>();
  for (const h of headings) if (!levels.has(h.level)) levels.set(h.level, h.element);
  return {
    ok: true,
    page: {
      kind: 'eval-indicator',
      context: readContext(doc, 'pemdi-2026'),
      indicator: title.indicator,
      items,
      anchor: title.element,
      levels,
    },
  };
}

/** The Daftar Indikator table (headers invented in the replica, README †). */
export function hasEvalList(doc: Document): boolean {
  return findTables(doc, EVAL_LIST_HEADERS).length > 0;
}
