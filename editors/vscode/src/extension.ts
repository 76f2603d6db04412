/**
 * The VS Code extension: a client of the SPBE Lens language server, which it
 * carries (dist/server/, the `spbe` program built by vite.cli.config.ts) and
 * runs as `spbe lsp --stdio` on VS Code's own Node. The server starts with the
 * first JSON file that looks like an assessment, not with every JSON file.
 * @module editors/vscode/extension
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The server inside the extension (editors/vscode/vite.config.ts copies it there). */
export const SERVER_PATH = 'dist/server/spbe.cjs';

/** A superset of what the server takes for an assessment (cli/assessment-sniff.ts), asked of the first 64 KiB: it only decides when to start the server, which decides per file. */
const ASSESSMENT = /"framework"\s*:|"indicators"\s*:\s*\{|"\$schema"\s*:\s*"[^"]*assessment\.schema\.json"/;

let client: LanguageClient | undefined;

function settings() {
  const c = vscode.workspace.getConfiguration('spbe');
  const locale = c.get<string>('locale', 'id');
  return { locale: locale === 'auto' ? undefined : locale, configFile: c.get<string>('configFile', ''), baseline: c.get<string>('baseline', '') };
}

const isCandidate = (doc: vscode.TextDocument) =>
  (doc.languageId === 'json' || doc.languageId === 'jsonc') && ASSESSMENT.test(doc.getText(new vscode.Range(0, 0, 2000, 0)).slice(0, 64 * 1024));

async function start(context: vscode.ExtensionContext): Promise<void> {
  if (client) return;
  const module = context.asAbsolutePath(SERVER_PATH);
  const run = { module, transport: TransportKind.stdio, args: ['lsp'] };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'json' }, { scheme: 'file', language: 'jsonc' },
      { scheme: 'untitled', language: 'json' }, { scheme: 'untitled', language: 'jsonc' },
    ],
    initializationOptions: settings(),
    // Changed settings reach the server as workspace/didChangeConfiguration { spbe: ... } (cli/lsp/settings.ts).
    synchronize: { configurationSection: 'spbe' },
  };
  client = new LanguageClient('spbe', 'SPBE Lens', serverOptions, clientOptions);
  await client.start();
}

export function activate(context: vscode.ExtensionContext): void {
  const maybeStart = (doc: vscode.TextDocument) => {
    if (!client && isCandidate(doc)) void start(context);
  };
  vscode.workspace.textDocuments.forEach(maybeStart);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.workspace.onDidChangeTextDocument((e) => maybeStart(e.document)),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
