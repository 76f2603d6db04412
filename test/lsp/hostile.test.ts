// The lint hostile set, typed into the editor: each text gets its findings
// and the server keeps answering. Bad text is a diagnostic, never a crash.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../cli/run.ts';
import { TestClient, uriOf } from './client.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 30_000 });

const good = {
  framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri',
  indicators: { 1: { level: 1, explanation: 'FAKTA: draf ada di 1.a.Draf-Perwal.pdf. ANALISIS: memenuhi tingkat 1.', evidence: [{ title: 'Draf Perwal', file: '1.a.Draf-Perwal.pdf', kind: 'kebijakan', date: '2025-02-01', levels: [1] }] } },
};
const framed = (rest: string) => `{"framework":"spbe-2020",${rest}`;
const texts: Record<string, string> = {
  'empty.json': '',
  'framework-only.json': '{"framework":',
  'nul.json': framed('"agency":"\u0000\u0001\u0002\u00ff"}'),
  'binary.json': framed(String.fromCharCode(...Array.from({ length: 2000 }, (_, k) => (k * 7919) % 65536).filter((c) => c < 0xd800 || c > 0xdfff))),
  'lone-surrogate.json': framed('"x":"\ud800"}'),
  'proto.json': JSON.stringify({ ...good }).replace('"framework"', '"__proto__":{"x":1},"constructor":{"prototype":1},"framework"'),
  'huge-number.json': JSON.stringify(good).replace('"year":2025', '"year":1e999'),
  'deep.json': framed('"x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'),
  'deep-objects.json': framed('"x":' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + '}'),
  'unclosed-deep.json': framed('"x":' + '['.repeat(200_000)),
  'half-typed.json': '{\n  "framework": "spbe-2020",\n  "indicators": { "1": { "level": ',
  'comments-in-json.json': `// komentar\n${JSON.stringify(good)}`,
};

describe('hostile texts', () => {
  let client: TestClient;
  const dir = tempDir();
  beforeAll(async () => { client = await TestClient.start({ cwd: dir }); });
  afterAll(() => client.stop());

  it.each(Object.keys(texts))('%s: findings published, the server still answers', async (name) => {
    const uri = uriOf(join(dir, name));
    const logsBefore = client.logs.length;
    await client.open(uri, texts[name]!);
    const ds = await client.diagnosticsFor(uri, 1);
    if (name !== 'empty.json') expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.code !== 'config')).toBe(true); // no internal error
    // Every feature on the same text answers without failing.
    const pos = { line: 0, character: 5 };
    await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
    await client.request('textDocument/completion', { textDocument: { uri }, position: pos });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: ds } });
    await client.request('textDocument/codeLens', { textDocument: { uri } });
    await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } } });
    expect(client.proc.exitCode).toBeNull();
    // No feature failed on it (the server logs a failed feature as an error).
    expect(client.logs.slice(logsBefore).filter((l) => l.type === 1)).toEqual([]);
  });

  it('a 50 MB assessment: linted, then edited, the server still answers', async () => {
    const evidence = [...Array(200_000)].map((_, k) => ({ title: `Dokumen pendukung nomor ${k} untuk indikator pertama`, file: `1.a.Dok-${k}.pdf`, kind: 'laporan', date: '2025-01-15', levels: [1] }));
    const text = JSON.stringify({ ...good, indicators: { 1: { ...good.indicators[1], evidence } } }, null, 1);
    expect(text.length).toBeGreaterThan(30 * 1024 * 1024);
    const uri = uriOf(join(dir, 'big.json'));
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    await client.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }]);
    await client.diagnosticsFor(uri, 2);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(Array.isArray(symbols)).toBe(true);
    expect(client.proc.exitCode).toBeNull();
  });
});
