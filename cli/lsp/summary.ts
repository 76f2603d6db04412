/**
 * The index where the file is read: a code lens at the top with the file's
 * index and predicate (marked estimate where it is one, and saying what it is
 * the index of), and an inlay hint after each indicator's key with its value
 * and contribution. All figures from core's engine (cli/lsp/figures.ts).
 * @module cli/lsp/summary
 */
import type { CodeLens, CodeLensParams, InlayHint, InlayHintParams } from 'vscode-languageserver/node';
import { findIndicator } from '../../core/frameworks/index.ts';
import type { ServerState } from './server.ts';
import { modelOf } from './model.ts';
import { nodeAtPath } from './at-position.ts';
import { indexLens, indicatorHint } from './present.ts';

export function codeLenses(state: ServerState, params: CodeLensParams): CodeLens[] {
  const score = modelOf(state, params.textDocument.uri)?.score();
  if (!score) return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // No command to run: the lens is the figure (an empty command id shows it as text).
  return [{ range, command: { title: indexLens(score, state.settings().locale), command: '' } }];
}

export function inlayHints(state: ServerState, params: InlayHintParams): InlayHint[] {
  const m = modelOf(state, params.textDocument.uri);
  const score = m?.score();
  const indicators = m && nodeAtPath(m.tree(), ['indicators']);
  if (!m || !score || indicators?.type !== 'object') return [];
  const { locale } = state.settings();
  const { start, end } = params.range;
  const hints: InlayHint[] = [];
  for (const prop of indicators.children ?? []) {
    const key = prop.children?.[0];
    const ind = key && findIndicator(score.framework, Number(key.value));
    const v = ind && score.indicators.get(ind.number);
    if (!key || !ind || !v || String(ind.number) !== key.value) continue;
    const position = m.doc.positionAt(key.offset + key.length);
    if (position.line < start.line || position.line > end.line) continue;
    hints.push({ position, label: indicatorHint(ind, v, locale), paddingLeft: true });
  }
  return hints;
}
