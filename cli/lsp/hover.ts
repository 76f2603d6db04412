/**
 * Hover: on an indicator key, what the indicator is and what the file gives
 * it; on a level, that level's criterion; on an item code, the module item; on
 * a finding, why (the rule's page).
 * @module cli/lsp/hover
 */
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { findIndicator } from '../../core/frameworks/index.ts';
import type { ServerState } from './server.ts';
import { indicatorOf } from './at-position.ts';
import { modelOf } from './model.ts';
import { indicatorCard, itemCard, levelCard, ruleCard } from './present.ts';
import { findItem } from './items.ts';

const within = (p: { line: number; character: number }, r: { start: typeof p; end: typeof p }) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character))
  && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

export function hover(state: ServerState, params: HoverParams): Hover | null {
  const m = modelOf(state, params.textDocument.uri);
  if (!m) return null;
  const { locale } = state.settings();
  const parts: string[] = [];
  const lint = m.analysis.lint;
  if (lint?.kind === 'linted') {
    const ids = new Set(lint.diagnostics.filter((d) => within(params.position, d.range)).map((d) => d.ruleId));
    for (const id of ids) {
      const card = ruleCard(id, locale);
      if (card) parts.push(card);
    }
  }
  const cur = m.cursor(params.position);
  const n = cur ? indicatorOf(cur.path) : null;
  const fw = m.framework;
  const ind = fw && n !== null ? findIndicator(fw, n) : undefined;
  if (cur && fw && ind) {
    const [, , field, index, sub] = cur.path;
    const value = cur.node?.value;
    if (cur.path.length === 2) parts.unshift(indicatorCard(fw, ind, m.score()?.indicators.get(ind.number), locale));
    else if (field === 'level' && !cur.onKey && typeof value === 'number' && ind.levels[String(value)]) parts.unshift(levelCard(fw, ind, value, locale));
    else if (field === 'evidence' && sub === 'levels' && typeof value === 'number' && ind.levels[String(value)]) parts.unshift(levelCard(fw, ind, value, locale));
    else if (field === 'evidence' && typeof index === 'number' && sub === 'item' && !cur.onKey && typeof value === 'string') {
      const found = findItem(ind, fw.aspects, value);
      if (found) parts.unshift(itemCard(fw, ind, found.level, found.item, found.portalCode, locale));
    }
  }
  return parts.length ? { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } } : null;
}
