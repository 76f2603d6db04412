// spbe.config.json discovery, ignores and the baseline, as `spbe lint` reads
// them, picked up again when they change on disk; pull diagnostics.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { spbe, tempDir, writeJson } from '../cli/run.ts';
import { TestClient, uriOf } from './client.ts';

// A server process per suite, on a machine shared with other work.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const good = {
  framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri',
  indicators: { 1: { level: 1, explanation: 'FAKTA: draf ada di 1.a.Draf-Perwal.pdf. ANALISIS: memenuhi tingkat 1.', evidence: [{ title: 'Draf Perwal', file: '1.a.Draf-Perwal.pdf', kind: 'kebijakan', date: '2025-02-01', levels: [1] }] } },
};
const withProblems = { ...good, indicators: { ...good.indicators, 2: { level: 3, explanation: 'ada' } } };

const rulesOf = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
const cliRules = (args: string[], cwd: string) => (JSON.parse(spbe(['lint', ...args, '--format', 'json'], { cwd }).stdout)[0]?.messages ?? []).map((m: { ruleId: string }) => m.ruleId);

let client: TestClient;
afterEach(() => client?.stop());

/** Tell the server a file changed on disk, as a client's file watcher does. */
const changedOnDisk = (path: string, type = 2) => client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type }] });

describe('spbe.config.json', () => {
  it('is found from the file upward, and a change on disk is picked up', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'team'));
    const file = writeJson(dir, 'team/a.json', withProblems);
    client = await TestClient.start({ cwd: dir });
    await client.until(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    expect(JSON.stringify(client.registrations)).toContain('**/spbe.config.json');
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'));
    const before = rulesOf(await client.diagnosticsFor(uri, 1));
    expect(before).toContain('level-needs-evidence');
    expect(before).toEqual(cliRules([file], dir));

    const config = writeJson(dir, 'spbe.config.json', { rules: { 'level-needs-evidence': 'off', 'incomplete-assessment': 'error' } });
    const count = client.published.length;
    await changedOnDisk(config, 1);
    const after = await client.until(() => client.published.slice(count).find((p) => p.uri === uri)?.diagnostics);
    expect(rulesOf(after)).not.toContain('level-needs-evidence');
    expect(rulesOf(after)).toEqual(cliRules([file], dir));
    expect(after.find((d) => d.code === 'incomplete-assessment')?.severity).toBe(1);
  });

  it('a broken config is said once, on the file and in a message, and its fix clears it', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'a.json', good);
    const config = writeJson(dir, 'spbe.config.json', '{\n  "rules": { "no-such-rule": "off" }\n}');
    client = await TestClient.start({ cwd: dir });
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'));
    const ds = await client.diagnosticsFor(uri, 1);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'config', severity: 1 });
    expect(ds[0]!.message).toMatch(/spbe\.config\.json:2:\d+: Aturan "no-such-rule" tidak dikenal/);
    await client.until(() => client.messages.find((m) => /tidak valid/.test(m.message)));
    await client.change(uri, 2, [{ text: JSON.stringify(good) }]);
    expect((await client.diagnosticsFor(uri, 2)).map((d) => d.code)).toEqual(['config']);
    expect(client.messages.filter((m) => /tidak valid/.test(m.message))).toHaveLength(1);
    writeJson(dir, 'spbe.config.json', { rules: {} });
    const count = client.published.length;
    await changedOnDisk(config);
    const fixed = await client.until(() => client.published.slice(count).find((p) => p.uri === uri)?.diagnostics);
    expect(rulesOf(fixed)).toEqual(cliRules([file], dir));
  });

  it('a file the config ignores gets no findings, as spbe lint skips it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'draf'));
    const file = writeJson(dir, 'draf/a.json', withProblems);
    writeJson(dir, 'spbe.config.json', { ignores: ['draf/**'] });
    client = await TestClient.start({ cwd: dir });
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'));
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
  });

  it('the configFile setting is `--config FILE`: that config only', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'a.json', withProblems);
    writeJson(dir, 'spbe.config.json', { rules: { 'level-needs-evidence': 'off' } });
    writeJson(dir, 'strict.json', { rules: { 'explanation-template': 'off' } });
    client = await TestClient.start({ cwd: dir, initializationOptions: { configFile: 'strict.json' } });
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'));
    const rules = rulesOf(await client.diagnosticsFor(uri, 1));
    expect(rules).toEqual(cliRules([file, '--config', 'strict.json'], dir));
    expect(rules).toContain('level-needs-evidence');
    expect(rules).not.toContain('explanation-template');
  });
});

describe('baseline', () => {
  it('hides the problems recorded, shows new ones, and follows the file when it is rewritten', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'a.json', withProblems);
    expect(spbe(['lint', 'a.json', '--baseline', 'baseline.json', '--update-baseline'], { cwd: dir }).code).toBe(0);
    client = await TestClient.start({ cwd: dir, args: ['--baseline', 'baseline.json'] });
    const uri = uriOf(file);
    const text = readFileSync(file, 'utf8');
    await client.open(uri, text);
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
    // A new problem: indicator 3 claims a level without evidence.
    const edited = JSON.stringify({ ...withProblems, indicators: { ...withProblems.indicators, 3: { level: 2 } } }, null, 2);
    await client.change(uri, 2, [{ text: edited }]);
    const ds = await client.diagnosticsFor(uri, 2);
    writeFileSync(file, edited);
    expect(rulesOf(ds)).toEqual(cliRules(['a.json', '--baseline', 'baseline.json'], dir));
    expect(ds.every((d) => (d.data as { pointer: string }).pointer.startsWith('/indicators/3'))).toBe(true);
    // The team records the new problem too: the baseline changes on disk.
    spbe(['lint', 'a.json', '--baseline', 'baseline.json', '--update-baseline'], { cwd: dir });
    const count = client.published.length;
    await changedOnDisk(join(dir, 'baseline.json'));
    expect(await client.until(() => client.published.slice(count).find((p) => p.uri === uri)?.diagnostics)).toEqual([]);
  });

  it('a missing baseline is said on the file, as spbe lint refuses it', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'a.json', good);
    client = await TestClient.start({ cwd: dir, initializationOptions: { baseline: 'nope.json' } });
    await client.open(uriOf(file), readFileSync(file, 'utf8'));
    const ds = await client.diagnosticsFor(uriOf(file), 1);
    expect(ds.map((d) => d.code)).toEqual(['config']);
    expect(ds[0]!.message).toMatch(/baseline tidak ditemukan/);
  });
});

describe('pull diagnostics (LSP 3.17)', () => {
  it('a client that pulls gets the same findings on request, nothing pushed, and a refresh when the config changes', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'a.json', withProblems);
    client = await TestClient.start({
      cwd: dir,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'));
    const report = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    expect(rulesOf(report.items)).toEqual(cliRules([file], dir));
    const again = await client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    expect(again.kind).toBe('unchanged');
    await client.change(uri, 2, [{ text: JSON.stringify(good) }]);
    const edited = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    expect(edited.kind).toBe('full');
    writeJson(dir, 'spbe.config.json', { rules: {} });
    await changedOnDisk(join(dir, 'spbe.config.json'), 1);
    await client.until(() => client.refreshes > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
  });
});

describe('locale', () => {
  it('Indonesian by default, English for a client in English, and a setting change re-publishes in its language', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'a.json', withProblems);
    const uri = uriOf(file);
    const english = JSON.parse(spbe(['lint', file, '--format', 'json', '--locale', 'en']).stdout)[0].messages.map((m: { message: string }) => m.message);
    const indonesian = JSON.parse(spbe(['lint', file, '--format', 'json']).stdout)[0].messages.map((m: { message: string }) => m.message);
    client = await TestClient.start({ cwd: dir, locale: 'en-US' });
    await client.open(uri, readFileSync(file, 'utf8'));
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.message)).toEqual(english);
    const count = client.published.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { spbe: { locale: 'id' } } });
    const again = await client.until(() => client.published.slice(count).find((p) => p.uri === uri)?.diagnostics);
    expect(again.map((d) => d.message)).toEqual(indonesian);
  });
});
