/**
 * Completion: indicator numbers not yet in the file, levels 1-5 with their
 * criterion, the item codes of the indicator being edited, and the schema's
 * members and enum values (evidence `kind`, `stage`, ...).
 * @module cli/lsp/completion
 */
import { CompletionItemKind, type CompletionItem, type CompletionParams, type Range } from 'vscode-languageserver/node';
import type { Node, Segment } from 'jsonc-parser';
import { findIndicator } from '../../core/frameworks/index.ts';
import type { Framework, IndicatorDef, Locale } from '../../core/types.ts';
import type { ServerState } from './server.ts';
import { indicatorOf, nodeAtPath, type Cursor } from './at-position.ts';
import { modelOf } from './model.ts';
import { indicatorDetail, levelCard, levelLabel } from './present.ts';
import { itemsOf } from './items.ts';
import { propertiesAt, schemaAt } from './schema-at.ts';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Where the completion goes: over the string or number being typed, or at the cursor. */
function replaceRange(doc: TextDocument, cur: Cursor): Range {
  const n = cur.node;
  if (n && (n.type === 'string' || n.type === 'number') && n.offset <= cur.offset && cur.offset <= n.offset + n.length) {
    return { start: doc.positionAt(n.offset), end: doc.positionAt(n.offset + n.length) };
  }
  const p = doc.positionAt(cur.offset);
  return { start: p, end: p };
}

function keysOf(obj: Node | undefined): Set<string> {
  return new Set((obj?.type === 'object' ? obj.children ?? [] : []).map((p) => String(p.children?.[0]?.value)));
}

function levelItems(fw: Framework, ind: IndicatorDef, locale: Locale, range: Range): CompletionItem[] {
  return [1, 2, 3, 4, 5].filter((l) => ind.levels[String(l)]).map((l) => ({
    label: String(l), kind: CompletionItemKind.EnumMember, detail: levelLabel(fw, ind, l, locale),
    documentation: { kind: 'markdown', value: levelCard(fw, ind, l, locale) },
    sortText: String(l), textEdit: { range, newText: String(l) },
  }));
}

export function completion(state: ServerState, params: CompletionParams): CompletionItem[] {
  const m = modelOf(state, params.textDocument.uri);
  const doc = m?.doc ?? state.documents.get(params.textDocument.uri);
  if (!doc || !m) return [];
  const cur = m.cursor(params.position);
  if (!cur) return [];
  const { locale } = state.settings();
  const fw = m.framework;
  const range = replaceRange(doc, cur);
  const typing = range.start.line !== range.end.line || range.start.character !== range.end.character;
  const path: Segment[] = cur.path;
  const n = indicatorOf(path);
  const ind = fw && n !== null ? findIndicator(fw, n) : undefined;

  if (cur.onKey) {
    const parent = path.slice(0, -1);
    const present = keysOf(nodeAtPath(m.tree(), parent));
    const key = (name: string) => (typing ? JSON.stringify(name) : `${JSON.stringify(name)}: `);
    if (parent.length === 1 && parent[0] === 'indicators' && fw) {
      return fw.indicators.filter((i) => !present.has(String(i.number))).map((i) => ({
        label: String(i.number), kind: CompletionItemKind.Module, detail: indicatorDetail(fw, i, locale),
        documentation: i.name, filterText: JSON.stringify(String(i.number)), sortText: String(i.number).padStart(3, '0'),
        textEdit: { range, newText: key(String(i.number)) },
      }));
    }
    return propertiesAt(parent, fw?.id ?? null).filter((p) => !present.has(p.name)).map((p) => ({
      label: p.name, kind: CompletionItemKind.Property, detail: p.title,
      ...(p.description ? { documentation: p.description } : {}),
      filterText: JSON.stringify(p.name), textEdit: { range, newText: key(p.name) },
    }));
  }

  const last = path[path.length - 1];
  if (fw && ind && (last === 'level' && path.length === 3 || (path[2] === 'evidence' && path[4] === 'levels' && typeof last === 'number'))) {
    return levelItems(fw, ind, locale, range);
  }
  if (fw && ind && path[2] === 'evidence' && last === 'item') {
    // Both forms name the item (docs/assessment-format.md): the local code, and the portal's where its prefix is known.
    return itemsOf(ind, fw.aspects).flatMap(({ level, item, portalCode }, k) => [item.code, ...(portalCode ? [portalCode] : [])].map((code, form) => ({
      label: code, kind: CompletionItemKind.Value, detail: levelLabel(fw, ind, level, locale), documentation: item.title,
      sortText: `${String(k).padStart(3, '0')}${form}`, filterText: JSON.stringify(code), textEdit: { range, newText: JSON.stringify(code) },
    })));
  }
  const values = schemaAt(path)?.enum ?? [];
  return values.map((v) => ({
    label: String(v), kind: CompletionItemKind.EnumMember, filterText: JSON.stringify(v), textEdit: { range, newText: JSON.stringify(v) },
  }));
}
