/**
 * What the cursor is on in an assessment's text, told by jsonc-parser's
 * tolerant scanner, so half-typed JSON still answers: the JSON path, whether
 * the cursor is on a key, and the node under it.
 * @module cli/lsp/at-position
 */
import { findNodeAtLocation, getLocation, parseTree, type Node, type Segment } from 'jsonc-parser';
import type { Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Past this, the features that read the text's structure stay quiet: a tree of a 50 MB text costs seconds. */
export const MAX_STRUCTURE_CHARS = 8 * 1024 * 1024;

export interface Cursor {
  offset: number;
  path: Segment[];
  /** On (or typing) a property key. */
  onKey: boolean;
  /** The string, number or key node under the cursor, if any. */
  node: Node | undefined;
}

export function cursorAt(doc: TextDocument, position: Position): Cursor | null {
  const text = doc.getText();
  if (text.length > MAX_STRUCTURE_CHARS) return null;
  const offset = doc.offsetAt(position);
  const loc = getLocation(text, offset);
  return { offset, path: loc.path, onKey: loc.isAtPropertyKey, node: loc.previousNode };
}

/** The document's position tree (tolerant of errors), or undefined for texts too large to read so. */
export function treeOf(doc: TextDocument): Node | undefined {
  const text = doc.getText();
  if (text.length > MAX_STRUCTURE_CHARS) return undefined;
  return parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
}

/** The node at a JSON Pointer's segments (array indices as numbers). */
export function nodeAtPath(root: Node | undefined, path: Segment[]): Node | undefined {
  return root ? findNodeAtLocation(root, path) : undefined;
}

/** The indicator number a path is under (/indicators/12/...), or null. */
export function indicatorOf(path: readonly Segment[]): number | null {
  if (path[0] !== 'indicators' || path.length < 2) return null;
  const n = Number(path[1]);
  return Number.isInteger(n) && n > 0 ? n : null;
}
