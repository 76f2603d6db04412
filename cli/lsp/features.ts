/**
 * The editor features beside diagnostics, each in its own file, registered
 * on the connection here; returns the capabilities they add.
 * @module cli/lsp/features
 */
import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerState } from './server.ts';

export function registerFeatures(state: ServerState): ServerCapabilities {
  void state;
  return {};
}
