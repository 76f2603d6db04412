// The language server's diagnostics are `spbe lint --format json`'s findings,
// for every lint fixture: same rule ids, ranges, severities, messages, order.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { spbe, tempDir } from '../cli/run.ts';
import { TestClient, uriOf } from './client.ts';

// A server process per suite, on a machine shared with other work.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const fixtures = [
  ...readdirSync('test/fixtures/broken').filter((f) => f.endsWith('.json')).map((f) => `test/fixtures/broken/${f}`),
  ...readdirSync('examples').filter((f) => f.endsWith('.json')).map((f) => `examples/${f}`),
].map((f) => resolve(f));

// Beside the fixtures, files with rule findings of every kind (the fixtures stop at the schema).
const good = {
  framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri',
  indicators: { 1: { level: 1, explanation: 'FAKTA: draf ada di 1.a.Draf-Perwal.pdf. ANALISIS: memenuhi tingkat 1.', evidence: [{ title: 'Draf Perwal', file: '1.a.Draf-Perwal.pdf', kind: 'kebijakan', date: '2025-02-01', levels: [1] }] } },
};
const dir = tempDir();
const made: Record<string, string> = {
  'findings.json': JSON.stringify({ ...good, indicators: { ...good.indicators, 2: { level: 3, explanation: 'ada', evidence: [{ title: 'x', file: 'dok.txt', date: '2031-01-01' }] } } }, null, 2),
  'comments.jsonc': `// komentar\n${JSON.stringify(good, null, 2).replace('"stage"', '/* tahap */ "stage"')}`,
  'crlf.json': JSON.stringify({ ...good, indicators: { 3: { level: 2 } } }, null, 2).replace(/\n/g, '\r\n'),
  'unicode.json': JSON.stringify({ ...good, agency: { name: 'Kabupaten Ñusa 🏝️ Contoh' }, indicators: { 4: { level: 2, explanation: '🏝️ tanpa analisis' } } }, null, 2),
};
for (const [name, text] of Object.entries(made)) writeFileSync(join(dir, name), text);
const all = [...fixtures, ...Object.keys(made).map((n) => join(dir, n))];

/** The LSP diagnostic in `spbe lint --format json`'s message shape (a fatal one, syntax or encoding as an error, as ESLint's: ruleId null, our id in spbeRuleId). */
function asJson(d: Diagnostic) {
  const level = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info';
  const fatal = d.severity === 1 && /^(syntax|encoding|io|internal-error)$/.test(String(d.code));
  return {
    ruleId: fatal ? null : d.code, ...(fatal && { fatal: true }), severity: d.severity === 1 ? 2 : 1, message: d.message,
    line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
    pointer: (d.data as { pointer: string }).pointer, level, ...(fatal && { spbeRuleId: d.code }),
  };
}

describe.each(['id', 'en'])('every lint fixture, locale %s', (locale) => {
  let client: TestClient;
  /** `spbe lint --format json` of every file at once, by path. */
  let cliOf: Map<string, { messages: unknown[] }>;
  beforeAll(async () => {
    cliOf = new Map(JSON.parse(spbe(['lint', ...all, '--format', 'json', '--locale', locale]).stdout).map((r: { filePath: string; messages: unknown[] }) => [r.filePath, r]));
    client = await TestClient.start({ args: ['--locale', locale] });
  });
  afterAll(() => client.stop());

  it.each(all)('%s', async (file) => {
    const cli = cliOf.get(file)!;
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'));
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.map(asJson)).toEqual(cli.messages);
    for (const d of diagnostics) {
      expect(d.source).toBe('spbe');
      if (/^(syntax|schema|duplicate-key|encoding)$/.test(String(d.code))) expect(d.codeDescription).toBeUndefined();
      else expect(d.codeDescription?.href).toBe(uriOf(resolve('dist/docs/rules', `${d.code}.md`)));
    }
  });
});

it('the fixtures have findings of many kinds to compare', () => {
  const results = JSON.parse(spbe(['lint', ...all, '--format', 'json']).stdout) as { messages: { ruleId: string }[] }[];
  expect(results).toHaveLength(all.length);
  const ids = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  expect(ids.size).toBeGreaterThanOrEqual(6);
});
