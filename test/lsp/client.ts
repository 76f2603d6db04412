// A language client for the protocol tests: starts the BUILT server
// (`node dist/spbe.cjs lsp --stdio`) as a separate process, as an editor
// would, and speaks LSP to it over stdio with vscode-languageserver-protocol.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SPBE } from '../cli/run.ts';

export interface Published extends PublishDiagnosticsParams {
  /** When it arrived (performance.now()). */
  at: number;
}

export interface StartOptions {
  cwd?: string;
  /** The `spbe` program to run (default: the repository's dist/spbe.cjs). */
  program?: string;
  args?: string[];
  initializationOptions?: unknown;
  locale?: string;
  /** Defaults: push diagnostics, dynamic file watching. */
  capabilities?: ClientCapabilities;
}

const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: false },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { versionSupport: true },
  },
};

export class TestClient {
  readonly published: Published[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** window/logMessage: where the server reports a feature that failed. */
  readonly logs: { type: number; message: string }[] = [];
  private readonly waiters: (() => void)[] = [];
  stderr = '';

  private constructor(readonly proc: ChildProcessWithoutNullStreams, readonly conn: ProtocolConnection) {
    proc.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push({ ...p, at: performance.now() });
      this.notify();
    });
    conn.onNotification('window/showMessage', (m: { type: number; message: string }) => { this.messages.push(m); this.notify(); });
    conn.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => { this.messages.push(m); this.notify(); return null; });
    conn.onNotification('window/logMessage', (m: { type: number; message: string }) => { this.logs.push(m); });
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('workspace/diagnostic/refresh', () => { this.refreshes++; this.notify(); return null; });
    conn.listen();
  }

  refreshes = 0;

  static async start(opts: StartOptions = {}): Promise<TestClient> {
    const proc = spawn(process.execPath, [opts.program ?? SPBE, 'lsp', '--stdio', ...(opts.args ?? [])], { cwd: opts.cwd, stdio: 'pipe' });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new TestClient(proc, conn);
    const root = opts.cwd ?? process.cwd();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'root' }],
      capabilities: opts.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: opts.initializationOptions,
      ...(opts.locale ? { locale: opts.locale } : {}),
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `check` holds, re-checked on every message from the server. */
  async until<T>(check: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.waiters.push(() => { clearTimeout(t); resolve(); });
      });
    }
  }

  /** The diagnostics published for this document at this version (waits for them). */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.until(() => this.published.find((p) => p.uri === uri && p.version === version)?.diagnostics);
  }

  open(uri: string, text: string, version = 1, languageId = uri.endsWith('.jsonc') ? 'jsonc' : 'json'): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // Already gone.
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => { this.proc.kill(); resolve(); }, 3000);
      this.proc.on('exit', () => { clearTimeout(t); resolve(); });
    });
    this.conn.dispose();
  }
}

export const uriOf = (path: string) => pathToFileURL(path).href;
