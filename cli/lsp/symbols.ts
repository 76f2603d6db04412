/**
 * The outline: domains (spbe-2020) and aspects holding the indicators the
 * file fills, each with its level or value from core's engine.
 * @module cli/lsp/symbols
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type Range } from 'vscode-languageserver/node';
import type { Node } from 'jsonc-parser';
import { findIndicator } from '../../core/frameworks/index.ts';
import type { ServerState } from './server.ts';
import { modelOf } from './model.ts';
import { nodeAtPath } from './at-position.ts';
import { valueText } from './present.ts';

const cover = (ranges: Range[]): Range => ({
  start: ranges.reduce((a, r) => (r.start.line < a.line || (r.start.line === a.line && r.start.character < a.character) ? r.start : a), ranges[0]!.start),
  end: ranges.reduce((a, r) => (r.end.line > a.line || (r.end.line === a.line && r.end.character > a.character) ? r.end : a), ranges[0]!.end),
});

export function documentSymbols(state: ServerState, params: DocumentSymbolParams): DocumentSymbol[] {
  const m = modelOf(state, params.textDocument.uri);
  const fw = m?.framework;
  const indicators = m && nodeAtPath(m.tree(), ['indicators']);
  if (!m || !fw || indicators?.type !== 'object') return [];
  const { locale } = state.settings();
  const score = m.score();
  const byAspect = new Map<number, DocumentSymbol[]>();
  for (const prop of indicators.children ?? []) {
    const key: Node | undefined = prop.children?.[0];
    const ind = key && findIndicator(fw, Number(key.value));
    if (!key || !ind || String(ind.number) !== key.value) continue;
    const v = score?.indicators.get(ind.number);
    const list = byAspect.get(ind.aspect) ?? [];
    list.push({
      name: `${ind.number}. ${ind.shortName ?? ind.name}`,
      detail: v ? valueText(fw, ind, v, locale) : '',
      kind: SymbolKind.Number,
      range: { start: m.doc.positionAt(prop.offset), end: m.doc.positionAt(prop.offset + prop.length) },
      selectionRange: { start: m.doc.positionAt(key.offset), end: m.doc.positionAt(key.offset + key.length) },
    });
    byAspect.set(ind.aspect, list);
  }
  const filled = fw.aspects.filter((a) => byAspect.has(a.number));
  const aspects = filled.map((a): DocumentSymbol => {
    const children = byAspect.get(a.number)!;
    const range = cover(children.map((c) => c.range));
    const name = locale === 'en' && a.nameEn ? a.nameEn : a.name;
    return { name: `${a.number}. ${name}`, kind: SymbolKind.Namespace, range, selectionRange: children[0]!.selectionRange, children };
  });
  if (!fw.domains) return aspects;
  return fw.domains.flatMap((d) => {
    const children = aspects.filter((_, i) => filled[i]!.domain === d.number);
    if (!children.length) return [];
    return [{ name: `${d.number}. ${d.name}`, kind: SymbolKind.Package, range: cover(children.map((c) => c.range)), selectionRange: children[0]!.selectionRange, children }];
  });
}
