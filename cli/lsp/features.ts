/**
 * The editor features beside diagnostics, each in its own file, registered
 * on the connection here; returns the capabilities they add. A feature that
 * fails answers nothing rather than taking the server down.
 * @module cli/lsp/features
 */
import { CodeActionKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerState } from './server.ts';
import { hover } from './hover.ts';
import { completion } from './completion.ts';
import { codeActions } from './code-actions.ts';
import { documentSymbols } from './symbols.ts';
import { codeLenses, inlayHints } from './summary.ts';

/** The handler's answer, or `fallback` if it throws: one bad text never ends the session. */
function safe<P, R>(state: ServerState, name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params) => {
    try {
      return handler(params);
    } catch (e) {
      state.connection.console.error(`spbe lsp ${name}: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  };
}

export function registerFeatures(state: ServerState, client: ClientCapabilities): ServerCapabilities {
  const c = state.connection;
  const resources = client.workspace?.workspaceEdit?.resourceOperations ?? [];
  const canCreate = Boolean(client.workspace?.workspaceEdit?.documentChanges) && resources.includes('create');
  c.onHover(safe(state, 'hover', null, (p) => hover(state, p)));
  c.onCompletion(safe(state, 'completion', [], (p) => completion(state, p)));
  c.onCodeAction(safe(state, 'codeAction', [], (p) => codeActions(state, p, canCreate)));
  c.onDocumentSymbol(safe(state, 'documentSymbol', [], (p) => documentSymbols(state, p)));
  c.onCodeLens(safe(state, 'codeLens', [], (p) => codeLenses(state, p)));
  c.languages.inlayHint.on(safe(state, 'inlayHint', [], (p) => inlayHints(state, p)));
  return {
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['"', ':', ' '] },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    documentSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
    inlayHintProvider: true,
  };
}
