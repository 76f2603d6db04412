/**
 * `spbe lsp --stdio`: the language server. It lints open assessment files as
 * `spbe lint` does (cli/lsp/lint-document.ts) and helps where the user types
 * (hover, completion, quick fixes, outline, the index at the top), all from
 * core's data and engine. Built on vscode-languageserver, as vscode-eslint's
 * and the JSON server are; incremental text sync; diagnostics pushed after a
 * short wait, or pulled by clients that ask (LSP 3.17).
 * @module cli/lsp/server
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind,
  StreamMessageReader, StreamMessageWriter, TextDocumentSyncKind,
  type Connection, type DataCallback, type Disposable, type InitializeParams, type InitializeResult, type Message,
} from 'vscode-languageserver/node';
import type { Locale } from '../../core/types.ts';
import { UsageError, type Io } from '../io.ts';
import { CONFIG_NAME } from '../config.ts';
import { Pipeline, type DocumentLint } from './lint-document.ts';
import { Documents, type Analysis } from './documents.ts';
import { LintSchedule } from './schedule.ts';
import { resolveSettings, type ClientSettings, type CommandLineSettings, type ServerSettings } from './settings.ts';
import { toLspDiagnostics } from './to-lsp.ts';
import { problemDiagnostic } from './present.ts';
import { registerFeatures } from './features.ts';
import { lspHelp } from './help.ts';


/** The wait after the last change (cli/lsp/schedule.ts); bench/lsp-latency.mjs measures what a user waits. */
const LINT_DELAY_MS = 10;
const DID_CHANGE = 'textDocument/didChange';

/** What the features read of the server: one owner for documents, settings and the pipeline. */
export interface ServerState {
  readonly connection: Connection;
  readonly documents: Documents;
  settings(): ServerSettings;
  /** The current text's lint (cached per version and configuration). */
  analyse(uri: string): Analysis | null;
  /** The spbe.config.json that applies to a document's file, if any. */
  configPathFor(uri: string): string | null;
  /** The workspace folder (`spbe lint`'s cwd). */
  cwd(): string;
  /** Any text linted as the document at this path would be (to check a fix before offering it). */
  lintText(text: string, path: string): DocumentLint;
}

export async function lsp(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args, strict: true,
    options: {
      stdio: { type: 'boolean', default: false }, locale: { type: 'string' }, config: { type: 'string' }, baseline: { type: 'string' },
      // vscode-languageclient adds this; the parent is watched through initialize's processId.
      clientProcessId: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.stdout(lspHelp); return 0; }
  if (!values.stdio) throw new UsageError('spbe lsp: hanya lewat stdio, tambahkan --stdio / only over stdio: add --stdio');
  if (values.locale !== undefined && values.locale !== 'id' && values.locale !== 'en') throw new UsageError('spbe lsp: --locale harus id atau en / must be id or en');
  const cli: CommandLineSettings = {
    ...(values.locale ? { locale: values.locale as Locale } : {}),
    ...(values.config ? { configFile: values.config } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
  };
  serve(cli, io.cwd);
  // The connection ends the process (exit notification, or stdin closed).
  return new Promise<number>(() => {});
}

/** Counts didChange notifications as they are read, before vscode-jsonrpc queues them (cli/lsp/schedule.ts). */
class CountingReader extends StreamMessageReader {
  changesRead = 0;

  override listen(callback: DataCallback): Disposable {
    return super.listen((message: Message) => {
      if ((message as { method?: string }).method === DID_CHANGE) this.changesRead++;
      callback(message);
    });
  }
}

function serve(cli: CommandLineSettings, startCwd: string): void {
  const reader = new CountingReader(process.stdin);
  const connection = createConnection(reader, new StreamMessageWriter(process.stdout));
  // Nothing but the protocol may reach stdout.
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = console.log;
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
  const exit = () => process.exit(0);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);

  const documents = new Documents();
  let changesApplied = 0;
  let cwd = startCwd;
  let clientSettings: ClientSettings | undefined;
  let clientLocale: string | undefined;
  let settings: ServerSettings = resolveSettings(undefined, cli, undefined);
  let pipeline = new Pipeline({ cwd });
  let generation = 0;
  let pull = false;
  let pullRefresh = false;
  let watchRegistration = false;
  let configurationRegistration = false;
  /** Problems with the configuration already shown in a message, so a keystroke does not repeat them. */
  const shown = new Set<string>();

  const state: ServerState = {
    connection, documents,
    settings: () => settings,
    analyse: (uri) => documents.analyse(uri, pipeline, generation),
    configPathFor: (uri) => {
      const doc = documents.get(uri);
      return doc?.uri.startsWith('file:') ? pipeline.configPathFor(fileURLToPath(doc.uri)) : null;
    },
    cwd: () => cwd,
    lintText: (text, path) => {
      try {
        return pipeline.lint(text, path);
      } catch (e) {
        return { kind: 'unusable', message: String((e as Error)?.message ?? e) };
      }
    },
  };

  function rebuild(): void {
    settings = resolveSettings(clientSettings, cli, clientLocale);
    pipeline = new Pipeline({ cwd, config: settings.configFile, baseline: settings.baseline });
    generation++;
    shown.clear();
  }

  /** The diagnostics of the current text: what `spbe lint --format json` prints, or the one problem that stops it. */
  function diagnosticsOf(uri: string) {
    const a = state.analyse(uri);
    if (!a?.lint || a.lint.kind === 'ignored') return { version: a?.version, items: [] };
    if (a.lint.kind === 'unusable') {
      if (!shown.has(a.lint.message)) {
        shown.add(a.lint.message);
        connection.window.showWarningMessage(`SPBE Lens: ${a.lint.message}`);
      }
      return { version: a.version, items: [problemDiagnostic(a.lint.message)] };
    }
    return { version: a.version, items: toLspDiagnostics(a.lint.diagnostics, settings.locale) };
  }

  /** Publishes once the files the document cites are opened (cli/evidence/), so its first diagnostics are `spbe lint`'s. */
  function publish(uri: string): void {
    void documents.openEvidence(uri, pipeline, generation).then((current) => { if (current) publishNow(uri); });
  }

  function publishNow(uri: string): void {
    const doc = documents.get(uri);
    if (!doc) return;
    const { version, items } = diagnosticsOf(uri);
    // Linting is synchronous, so the version linted is the current one; checked all the same.
    if (version !== documents.get(uri)?.version) return;
    void connection.sendDiagnostics({ uri, version, diagnostics: items });
  }

  const schedule = new LintSchedule({ delayMs: LINT_DELAY_MS, changesWaiting: () => reader.changesRead > changesApplied, run: publish });

  /** After a configuration change: every open document again. */
  function relintAll(): void {
    if (pull) {
      if (pullRefresh) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const uri of documents.uris()) schedule.changed(uri);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) cwd = fileURLToPath(folder);
    clientLocale = params.locale;
    clientSettings = params.initializationOptions as ClientSettings | undefined;
    const caps = params.capabilities;
    pull = Boolean(caps.textDocument?.diagnostic);
    pullRefresh = Boolean(caps.workspace?.diagnostics?.refreshSupport);
    watchRegistration = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    configurationRegistration = Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration);
    rebuild();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        ...registerFeatures(state, caps),
      },
      serverInfo: { name: 'spbe-lens' },
    };
  });

  connection.onInitialized(() => {
    if (watchRegistration) {
      const watchers = [{ globPattern: `**/${CONFIG_NAME}` }];
      for (const f of [settings.configFile, settings.baseline]) if (f) watchers.push({ globPattern: `**/${f.split(/[\\/]/).pop()}` });
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
    if (configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'spbe' });
  });

  connection.onDidOpenTextDocument(({ textDocument: t }) => {
    documents.opened(t.uri, t.languageId, t.version, t.text);
    if (!pull) schedule.changed(t.uri);
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    try {
      if (documents.changed(textDocument.uri, textDocument.version, contentChanges) && !pull) schedule.changed(textDocument.uri);
    } finally {
      changesApplied++;
    }
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    documents.closed(textDocument.uri);
    schedule.forget(textDocument.uri);
    // A closed file's findings leave the Problems panel, as ESLint's do.
    if (!pull) void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });
  connection.onDidSaveTextDocument(({ textDocument }) => {
    // A client that cannot watch files still tells us it saved the config.
    if (textDocument.uri.endsWith(`/${CONFIG_NAME}`)) { rebuild(); relintAll(); }
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const names = [CONFIG_NAME, ...[settings.configFile, settings.baseline].flatMap((f) => (f ? [f.split(/[\\/]/).pop()!] : []))];
    if (changes.some((c) => names.some((n) => c.uri.endsWith(`/${n}`)))) { rebuild(); relintAll(); }
  });
  connection.onDidChangeConfiguration(({ settings: s }) => {
    const spbe = (s as { spbe?: ClientSettings } | null)?.spbe;
    if (spbe && typeof spbe === 'object') { clientSettings = spbe; rebuild(); relintAll(); }
  });

  connection.languages.diagnostics.on(async (params) => {
    await documents.openEvidence(params.textDocument.uri, pipeline, generation);
    const { version, items } = diagnosticsOf(params.textDocument.uri);
    const resultId = `${version}.${generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  connection.listen();
}
