/**
 * Walking jsonc-parser's position tree by JSON Pointer segments.
 * @module core/json/tree
 */
import { findNodeAtLocation, type Node } from 'jsonc-parser';

/** The node at these pointer segments (array indices as numbers, as findNodeAtLocation needs). */
export function nodeAt(root: Node, segments: readonly string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const s of segments) {
    if (!node) return undefined;
    node = findNodeAtLocation(node, [node.type === 'array' ? Number(s) : s]);
  }
  return node;
}

/** The key node of the property holding `node`, if it is a property value. */
export function keyOf(node: Node | undefined): Node | undefined {
  return node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
}
