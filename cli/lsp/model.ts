/**
 * What the editor features read of an open assessment: its framework, the
 * checked assessment when the schema passes, and its score from core's
 * engine. Built from the document's lint (one per version), scored once.
 * @module cli/lsp/model
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Node } from 'jsonc-parser';
import type { Assessment, Framework } from '../../core/types.ts';
import { frameworks, isFrameworkId } from '../../core/frameworks/index.ts';
import { scoreAssessment, type Score } from '../../core/engine/score.ts';
import type { Analysis } from './documents.ts';
import type { ServerState } from './server.ts';
import type { Position } from 'vscode-languageserver/node';
import { cursorAt, MAX_STRUCTURE_CHARS, nodeAtPath, treeOf, type Cursor } from './at-position.ts';

export interface Model {
  doc: TextDocument;
  analysis: Analysis;
  framework: Framework | null;
  /** The assessment when the rules could read it (the schema passed, or only rule-owned findings). */
  assessment: Assessment | null;
  score(): Score | null;
  /** The tolerant position tree; undefined for texts too deep or too large to walk (the lint said so already). */
  tree(): Node | undefined;
  /** What is at a position; null on texts too deep or too large to walk. */
  cursor(position: Position): Cursor | null;
}

const scores = new WeakMap<Analysis, Score | null>();
const trees = new WeakMap<Analysis, Node | undefined>();

/** The model of an open assessment, or null for documents that are not one. */
export function modelOf(state: ServerState, uri: string): Model | null {
  const doc = state.documents.get(uri);
  const analysis = state.analyse(uri);
  if (!doc || !analysis?.lint || analysis.lint.kind !== 'linted') return null;
  const result = analysis.lint.result;
  const assessment = result.rulesRan ? result.assessment : null;
  // jsonc-parser walks nesting by recursion: a text the linter found deeper
  // than MAX_DEPTH (core/json/parse.ts) would overflow the stack here.
  const walkable = result.parsed?.hasTree !== false && doc.getText().length <= MAX_STRUCTURE_CHARS;
  const tree = () => {
    if (!walkable) return undefined;
    if (!trees.has(analysis)) trees.set(analysis, treeOf(doc));
    return trees.get(analysis);
  };
  let id: unknown = (result.parsed?.value as { framework?: unknown } | undefined)?.framework;
  if (id === undefined && !result.parsed?.value) id = nodeAtPath(tree(), ['framework'])?.value;
  const framework = isFrameworkId(id) ? frameworks[id] : null;
  return {
    doc, analysis, framework, assessment, tree,
    cursor: (position) => (walkable ? cursorAt(doc, position) : null),
    score() {
      if (!assessment || !framework) return null;
      if (!scores.has(analysis)) scores.set(analysis, scoreAssessment(framework, assessment));
      return scores.get(analysis)!;
    },
  };
}
