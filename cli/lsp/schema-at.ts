/**
 * The assessment schema (schemas/assessment.schema.json) at a JSON path: the
 * property names and enum values the editor completes from, in every client,
 * with the schema's own titles. The schema stays the single source.
 * @module cli/lsp/schema-at
 */
import type { Segment } from 'jsonc-parser';
import schema from '../../schemas/assessment.schema.json' with { type: 'json' };
import type { FrameworkId } from '../../core/types.ts';

interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode | boolean>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode | boolean;
}

const root = schema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

function deref(node: SchemaNode | boolean | undefined): SchemaNode | undefined {
  if (!node || node === true) return undefined;
  const ref = node.$ref?.match(/^#\/\$defs\/(.+)$/)?.[1];
  return ref ? root.$defs[ref] : node;
}

/** The schema at a path of the document, or undefined where the schema says nothing. */
export function schemaAt(path: readonly Segment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === 'number') node = deref(node.items);
    else node = deref(node.properties?.[seg]) ?? deref(node.additionalProperties);
  }
  return node;
}

/** Evidence members one framework forbids (`false` in its indicator definition: `item` for spbe-2020, `levels` for pemdi-2026). */
function forbiddenEvidenceKeys(fw: FrameworkId): Set<string> {
  const def = root.$defs[fw === 'spbe-2020' ? 'spbeIndicator' : 'pemdiIndicator'] as { properties?: { evidence?: { items?: SchemaNode } } };
  const props = def.properties?.evidence?.items?.properties ?? {};
  return new Set(Object.entries(props).filter(([, v]) => v === false).map(([k]) => k));
}

export interface SchemaProperty {
  name: string;
  title?: string;
  description?: string;
}

/** The members the schema allows in the object at `path`. */
export function propertiesAt(path: readonly Segment[], fw: FrameworkId | null): SchemaProperty[] {
  const node = schemaAt(path);
  const forbidden = fw && path[0] === 'indicators' && path[2] === 'evidence' ? forbiddenEvidenceKeys(fw) : new Set<string>();
  return Object.entries(node?.properties ?? {}).flatMap(([name, p]) => {
    const d = deref(p);
    return d && !forbidden.has(name) ? [{ name, title: d.title, description: d.description }] : [];
  });
}
