// The VS Code extension as shipped: its manifest, its bundle (a client that
// carries the server), the server inside it speaking LSP, and the .vsix that
// `npm run package:vscode` builds (built here, so `npm test` builds it).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { TestClient, uriOf } from './client.ts';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

const ext = resolve('editors/vscode');
const manifest = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8'));
const vsix = resolve('.output', `spbe-lens-vscode-${manifest.version}.vsix`);

/** The names of the entries of a zip file, read from its central directory. */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

beforeAll(() => {
  // The spbe program in dist/ was built by test/global-setup.ts.
  execFileSync(process.execPath, ['scripts/package-vscode.mjs', '--no-cli'], { stdio: 'pipe' });
});

describe('the extension manifest', () => {
  it('activates on JSON and JSONC, for the VS Code versions its language client supports', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:json', 'onLanguage:jsonc']);
    const clientEngines = JSON.parse(readFileSync('node_modules/vscode-languageclient/package.json', 'utf8')).engines.vscode;
    expect(manifest.engines.vscode).toBe(clientEngines);
    expect(existsSync(join(ext, manifest.main))).toBe(true);
    expect(manifest.dependencies ?? {}).toEqual({});
  });
  it('contributes the settings the server reads, and the config schema', () => {
    const props = manifest.contributes.configuration.properties;
    expect(props['spbe.locale']).toMatchObject({ enum: ['id', 'en', 'auto'], default: 'id' });
    expect(Object.keys(props).sort()).toEqual(['spbe.baseline', 'spbe.configFile', 'spbe.locale', 'spbe.trace.server']);
    for (const v of manifest.contributes.jsonValidation) expect(existsSync(join(ext, v.url))).toBe(true);
    expect(manifest.contributes.jsonValidation[0]).toEqual({ fileMatch: 'spbe.config.json', url: './schemas/config.schema.json' });
  });
});

describe('the bundle', () => {
  // Read after beforeAll built it: on a fresh checkout it does not exist when the suite is collected.
  let bundle = '';
  beforeAll(() => { bundle = readFileSync(join(ext, 'dist/extension.cjs'), 'utf8'); });
  it('carries its libraries: it requires only vscode and Node built-ins', () => {
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!));
    expect(required).toContain('vscode');
    for (const r of required) expect(r === 'vscode' || builtinModules.includes(r.replace(/^node:/, '')), r).toBe(true);
  });
  it('starts the server it carries, with `lsp` over stdio', () => {
    // Asserted as booleans: on failure, the minified bundle is not worth printing.
    expect(/["'`]dist\/server\/spbe\.cjs["'`]/.test(bundle)).toBe(true);
    expect(/args:\[["'`]lsp["'`]\]/.test(bundle)).toBe(true);
    for (const f of ['spbe.cjs', 'spbe-main.cjs', 'spbe-lsp.cjs', 'pdfjs.cjs', 'docs/rules/level-needs-evidence.md']) expect(existsSync(join(ext, 'dist/server', f)), f).toBe(true);
  });

  let client: TestClient;
  afterAll(() => client?.stop());
  it('the server it carries speaks LSP: an example file linted clean (its evidence files are not shipped: one note), a hover answered', async () => {
    client = await TestClient.start({ program: join(ext, 'dist/server/spbe.cjs') });
    const file = resolve('examples/kota-contoh-spbe-2025.json');
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'));
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toEqual(['evidence-folder-not-found']);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 5 } });
    expect(hover.contents.value).toContain('Indikator 1:');
  });
  it('and reads the PDFs an assessment cites, with the pdf.js it carries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-vsix-'));
    writeFileSync(join(dir, 'rusak.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
    const text = JSON.stringify({ framework: 'pemdi-2026', year: 2026, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri', indicators: { 9: { evidence: [{ item: 'I9-L1-01', file: 'rusak.pdf' }] } } }, null, 2);
    const uri = uriOf(join(dir, 'a.json'));
    await client.open(uri, text);
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toContain('evidence-pdf-unreadable');
  });
});

describe('the .vsix', () => {
  it('holds the manifest, the bundle, the server with its rule pages, and the schemas; no sources, no node_modules', () => {
    const entries = zipEntries(vsix);
    for (const e of ['extension.vsixmanifest', 'extension/package.json', 'extension/readme.md', 'extension/dist/extension.cjs', 'extension/dist/server/spbe.cjs', 'extension/dist/server/spbe-lsp.cjs', 'extension/dist/server/pdfjs.cjs', 'extension/dist/server/docs/rules/level-needs-evidence.md', 'extension/schemas/config.schema.json']) {
      expect(entries, e).toContain(e);
    }
    expect(entries.filter((e) => /\/src\/|node_modules|\.cache$|vite\.config/.test(e))).toEqual([]);
  });
});
