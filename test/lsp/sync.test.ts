// Incremental text sync: edits, undo, and a burst of edits where only the
// last version's diagnostics are published.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { spbe, tempDir } from '../cli/run.ts';
import { TestClient, uriOf } from './client.ts';

// A server process per suite, on a machine shared with other work.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const good = {
  framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri',
  indicators: { 1: { level: 1, explanation: 'FAKTA: draf ada di 1.a.Draf-Perwal.pdf. ANALISIS: memenuhi tingkat 1.', evidence: [{ title: 'Draf Perwal', file: '1.a.Draf-Perwal.pdf', kind: 'kebijakan', date: '2025-02-01', levels: [1] }] } },
};
const text = JSON.stringify(good, null, 2);
const dir = tempDir();

/** What `spbe lint --format json` says of this text saved as `name`, as [ruleId, line] pairs. */
function cliFindings(name: string, t: string): [string, number][] {
  const f = join(dir, name);
  writeFileSync(f, t);
  // A fatal message (syntax) has ESLint's ruleId null in the JSON; spbeRuleId keeps ours.
  return JSON.parse(spbe(['lint', f, '--format', 'json']).stdout)[0].messages.map((m: { ruleId: string | null; spbeRuleId?: string; line: number }) => [m.ruleId ?? m.spbeRuleId, m.line]);
}
const findings = (ds: Diagnostic[]) => ds.map((d): [string, number] => [String(d.code), d.range.start.line + 1]);

/** The position of the first occurrence of `needle` in `t`. */
function at(t: string, needle: string, after = 0) {
  const offset = t.indexOf(needle, after);
  const before = t.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('incremental edits', () => {
  let client: TestClient;
  beforeAll(async () => { client = await TestClient.start({ cwd: dir }); });
  afterAll(() => client.stop());

  it('an edit, a second edit in the same change, and undo: each version linted as spbe lint lints that text', async () => {
    const uri = uriOf(join(dir, 'edit.json'));
    await client.open(uri, text);
    expect(findings(await client.diagnosticsFor(uri, 1))).toEqual(cliFindings('v1.json', text));

    // level 1 → 3 on indicator 1: the level is now unsupported.
    const levelAt = at(text, '"level": 1');
    const digit = { line: levelAt.line, character: levelAt.character + '"level": '.length };
    await client.change(uri, 2, [{ range: { start: digit, end: { ...digit, character: digit.character + 1 } }, text: '3' }]);
    const v2 = text.replace('"level": 1', '"level": 3');
    const d2 = await client.diagnosticsFor(uri, 2);
    expect(findings(d2)).toEqual(cliFindings('v2.json', v2));
    expect(findings(d2).map(([r]) => r)).toContain('level-needs-evidence');

    // Two changes in one notification, applied in order: a new indicator, then the agency renamed.
    const nameAt = at(v2, 'Pemerintah Kota Contoh');
    const indicatorsAt = at(v2, '"1": {');
    const v3 = v2.replace('"1": {', '"2": { "level": 2 },\n    "1": {').replace('Pemerintah Kota Contoh', 'Pemerintah Kota Baru');
    await client.change(uri, 3, [
      { range: { start: indicatorsAt, end: indicatorsAt }, text: '"2": { "level": 2 },\n    ' },
      { range: { start: nameAt, end: { ...nameAt, character: nameAt.character + 'Pemerintah Kota Contoh'.length } }, text: 'Pemerintah Kota Baru' },
    ]);
    expect(findings(await client.diagnosticsFor(uri, 3))).toEqual(cliFindings('v3.json', v3));

    // Undo both edits as an editor sends them: the reverse changes, newest first.
    const lineOf2 = indicatorsAt.line;
    await client.change(uri, 4, [
      { range: { start: { line: nameAt.line, character: nameAt.character }, end: { line: nameAt.line, character: nameAt.character + 'Pemerintah Kota Baru'.length } }, text: 'Pemerintah Kota Contoh' },
      { range: { start: { line: lineOf2, character: indicatorsAt.character }, end: { line: lineOf2 + 1, character: indicatorsAt.character } }, text: '' },
    ]);
    expect(findings(await client.diagnosticsFor(uri, 4))).toEqual(cliFindings('v2.json', v2));
    await client.change(uri, 5, [{ range: { start: digit, end: { ...digit, character: digit.character + 1 } }, text: '1' }]);
    expect(findings(await client.diagnosticsFor(uri, 5))).toEqual(cliFindings('v1.json', text));
  });

  it('a whole-text change (no range) replaces the text', async () => {
    const uri = uriOf(join(dir, 'full.json'));
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const broken = '{ "framework": "spbe-2020", ';
    await client.change(uri, 2, [{ text: broken }]);
    expect(findings(await client.diagnosticsFor(uri, 2))).toEqual(cliFindings('full.json', broken));
  });

  it('a file that becomes half-typed JSON keeps its findings (syntax) instead of going quiet', async () => {
    const uri = uriOf(join(dir, 'typing.json'));
    await client.open(uri, '{\n  "framework": "spbe-2020",\n');
    const d1 = await client.diagnosticsFor(uri, 1);
    expect(d1.map((d) => d.code)).toContain('syntax');
    // Still an assessment after the framework line is half-deleted mid-typing.
    await client.change(uri, 2, [{ text: '{\n  "framew' }]);
    expect((await client.diagnosticsFor(uri, 2)).map((d) => d.code)).toContain('syntax');
  });

  it('a JSON file that is no assessment gets no findings', async () => {
    const uri = uriOf(join(dir, 'package.json'));
    await client.open(uri, '{ "name": "x", "version": 1, }');
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
  });
});

describe('rapid typing', () => {
  let client: TestClient;
  beforeAll(async () => { client = await TestClient.start({ cwd: dir }); });
  afterAll(() => client.stop());

  it('100 edits in a burst: only the last version\'s diagnostics are published', async () => {
    const uri = uriOf(join(dir, 'burst.json'));
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const before = client.published.length;
    // Type 100 characters into the agency name, one didChange each, written as
    // one burst (as an editor's queue flushes): an edit's diagnostics would be
    // stale the moment the next edit is applied.
    const nameEnd = at(text, 'Contoh"');
    const frames = [];
    for (let k = 0; k < 100; k++) {
      const pos = { line: nameEnd.line, character: nameEnd.character + 'Contoh'.length + k };
      const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 + k }, contentChanges: [{ range: { start: pos, end: pos }, text: k === 99 ? '"' : 'x' }] } });
      frames.push(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    client.proc.stdin.write(frames.join(''));
    // The 100th edit closes the name with a quote: a syntax error only the last version has.
    const last = await client.diagnosticsFor(uri, 101);
    expect(last.map((d) => d.code)).toContain('syntax');
    // Wait past the server's lint delay for anything else it might publish.
    await new Promise((r) => setTimeout(r, 500));
    expect(client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([101]);
  });
});
