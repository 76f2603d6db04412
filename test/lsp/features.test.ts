// Hover, completion, quick fixes (each applied, then linted clean of its
// finding), outline, and the index lens and hints, over the protocol.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, InlayHint, CodeLens, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { spbe, tempDir, writeJson } from '../cli/run.ts';
import { TestClient, uriOf } from './client.ts';
import spbe2020 from '../../core/frameworks/spbe-2020.json' with { type: 'json' };
import pemdi2026 from '../../core/frameworks/pemdi-2026.json' with { type: 'json' };

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const dir = tempDir();
const spbeText = readFileSync('examples/kota-contoh-spbe-2025.json', 'utf8');
const pemdiText = readFileSync('examples/kota-contoh-pemdi-2026.json', 'utf8');

/** The position just inside the first `needle` (after `skip` characters of it). */
function at(text: string, needle: string, skip = 1) {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, offset + skip).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

let client: TestClient;
let version = 1;
beforeAll(async () => {
  client = await TestClient.start({
    cwd: dir,
    capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
    },
  });
});
afterAll(() => client.stop());

async function open(name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const uri = uriOf(path);
  await client.open(uri, text);
  return { uri, diagnostics: await client.diagnosticsFor(uri, 1) };
}

describe('hover', () => {
  let uri: string;
  beforeAll(async () => { ({ uri } = await open('spbe.json', spbeText)); });

  it('on an indicator key: its name, aspect and domain, weight, value and contribution', async () => {
    const h = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(spbeText, '"12": {', 2) }));
    const ind = spbe2020.indicators[11]!;
    expect(h).toContain(`Indikator 12: ${ind.name}`);
    expect(h).toMatch(/Domain \d+ .* · Aspek \d+ /);
    expect(h).toContain(`Bobot ${ind.weight.toFixed(2).replace('.', ',')}%`);
    expect(h).toMatch(/Nilai: 3,00 \(Terdefinisi\), tingkat dipilih/);
    expect(h).toMatch(/Kontribusi ke indeks akhir: \d,\d{3}/);
  });

  it('on a level: that level\'s criterion from the regulation', async () => {
    const offset = spbeText.indexOf('"level": 3', spbeText.indexOf('"12": {')) + '"level": '.length;
    const pos = TextDocument.create(uri, 'json', 1, spbeText).positionAt(offset);
    const h = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos }));
    expect(h).toContain('tingkat 3: Terdefinisi');
    expect(h).toContain(spbe2020.indicators[11]!.levels['3'].criteria);
  });

  it('on an item code (Pemdi): the module item it names', async () => {
    const { uri: p } = await open('pemdi.json', pemdiText);
    const h = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: p }, position: at(pemdiText, '"item": "I1-L1-01"', '"item": "I1'.length) }));
    expect(h).toContain('I1-L1-01');
    expect(h).toContain(pemdi2026.indicators[0]!.levels['1'].items![0]!.title);
  });

  it('on a finding: why, from the rule\'s page, in the server\'s locale', async () => {
    const text = JSON.stringify({ ...JSON.parse(spbeText), indicators: { 2: { level: 3, explanation: 'ada' } } }, null, 2);
    const { uri: f, diagnostics } = await open('finding.json', text);
    const d = diagnostics.find((x) => x.code === 'level-needs-evidence')!;
    const h = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: f }, position: d.range.start }));
    expect(h).toContain('Aturan `level-needs-evidence`');
    expect(h).toContain('**Yang diperiksa.**');
    expect(h).toContain(d.codeDescription!.href);
  });
});

describe('completion', () => {
  const partial = '{\n  "framework": "spbe-2020",\n  "year": 2025,\n  "agency": { "name": "X" },\n  "stage": "mandiri",\n  "indicators": {\n    "1": { "level": 1, "evidence": [ { "file": "1.a.x.pdf", "kind": "" } ] },\n    ""\n  }\n}\n';
  let uri: string;
  beforeAll(async () => { ({ uri } = await open('partial.json', partial)); });

  it('indicator numbers not yet in the file', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(partial, '    ""', 5) });
    const labels = items.map((i) => i.label);
    expect(labels).toHaveLength(46);
    expect(labels).not.toContain('1');
    expect(items.find((i) => i.label === '12')!.detail).toContain(spbe2020.indicators[11]!.shortName!);
  });

  it('levels 1-5 with their criterion', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(partial, '"level": 1', '"level": 1'.length) });
    expect(items.map((i) => i.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(items[2]!.detail).toBe('Tingkat 3: Terdefinisi');
    expect(JSON.stringify(items[2]!.documentation)).toContain(spbe2020.indicators[0]!.levels['3'].criteria.slice(0, 40));
  });

  it('evidence kind values from the schema', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(partial, '"kind": ""', '"kind": "'.length) });
    expect(items.map((i) => i.label)).toEqual(['kebijakan', 'reviu', 'audit', 'laporan', 'notulen', 'sk', 'screenshot', 'video', 'tautan', 'lainnya']);
    expect((items[0]!.textEdit as TextEdit).newText).toBe('"kebijakan"');
  });

  it('the item codes of the Pemdi indicator being edited', async () => {
    const text = pemdiText.replace('"item": "I1-L1-01"', '"item": ""');
    const { uri: p } = await open('pemdi-item.json', text);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: p }, position: at(text, '"item": ""', '"item": "'.length) });
    const expected = Object.values(pemdi2026.indicators[0]!.levels).flatMap((l) => ((l as { items?: { code: string }[] }).items ?? []).map((i) => i.code));
    expect(items.map((i) => i.label)).toEqual(expected);
  });
});

/** Apply a workspace edit as a client would: edits to open documents change them, the rest goes to disk. */
async function apply(edit: WorkspaceEdit, uri: string, doc: TextDocument): Promise<TextDocument> {
  let current = doc;
  for (const [target, edits] of Object.entries(edit.changes ?? {})) {
    if (target === uri) {
      current = TextDocument.create(uri, 'json', ++version, TextDocument.applyEdits(current, edits));
      await client.change(uri, current.version, [{ text: current.getText() }]);
    } else {
      const path = fileURLToPath(target);
      writeFileSync(path, TextDocument.applyEdits(TextDocument.create(target, 'json', 0, readFileSync(path, 'utf8')), edits));
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: target, type: 2 }] });
    }
  }
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change && change.kind === 'create') writeFileSync(fileURLToPath(change.uri), '');
    else if ('textDocument' in change) {
      const path = fileURLToPath(change.textDocument.uri);
      writeFileSync(path, TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'json', 0, readFileSync(path, 'utf8')), change.edits as TextEdit[]));
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: change.textDocument.uri, type: 1 }] });
    }
  }
  return current;
}

const sameFinding = (a: Diagnostic, b: Diagnostic) => a.code === b.code && JSON.stringify(a.data) === JSON.stringify(b.data);

describe('quick fixes: each applied, the file lints clean of that finding', () => {
  const base = JSON.parse(spbeText);
  const cases: { name: string; text: string; rule: string; messageId?: string; title: RegExp }[] = [
    { name: 'no-fakta.json', text: JSON.stringify({ ...base, indicators: { ...base.indicators, 2: { ...base.indicators[2], explanation: 'Dokumen sudah ada.' } } }, null, 2), rule: 'explanation-template', messageId: 'noFakta', title: /templat FAKTA\/ANALISIS/ },
    { name: 'no-file-name.json', text: JSON.stringify({ ...base, indicators: { ...base.indicators, 2: { ...base.indicators[2], explanation: 'FAKTA: ada. ANALISIS: memenuhi.' } } }, null, 2), rule: 'explanation-template', messageId: 'noFileName', title: /Sebutkan berkas/ },
    { name: 'no-explanation.json', text: JSON.stringify({ ...base, indicators: { ...base.indicators, 2: { ...base.indicators[2], explanation: undefined } } }, null, 2), rule: 'explanation-required', messageId: 'missing', title: /Tambahkan penjelasan/ },
    { name: 'untagged.json', text: JSON.stringify({ ...base, indicators: { ...base.indicators, 2: { ...base.indicators[2], evidence: base.indicators[2].evidence.map((e: { levels?: number[] }) => ({ ...e, levels: undefined })) } } }, null, 2), rule: 'level-needs-evidence', messageId: 'uncoveredUntagged', title: /Tandai bukti/ },
    { name: 'item-typo.json', text: pemdiText.replace('"item": "I1-L1-01"', '"item": "i1_l1_1"'), rule: 'schema', title: /Ganti kode butir "i1_l1_1" dengan "I1-L1-01"/ },
  ];
  it.each(cases)('$rule $messageId ($name)', async ({ name, text, rule, messageId, title }) => {
    const { uri, diagnostics } = await open(name, text);
    const finding = diagnostics.find((d) => d.code === rule && (messageId === undefined || (d.data as { messageId?: string }).messageId === messageId));
    expect(finding).toBeDefined();
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding!.range, context: { diagnostics: [finding] } });
    const fix = actions.find((a) => title.test(a.title));
    expect(fix, actions.map((a) => a.title).join('; ')).toBeDefined();
    expect(fix!.kind).toBe('quickfix');
    const doc = await apply(fix!.edit!, uri, TextDocument.create(uri, 'json', 1, text));
    const after = await client.diagnosticsFor(uri, doc.version);
    expect(after.filter((d) => sameFinding(d, finding!))).toEqual([]);
    // And spbe lint says the same of the fixed text.
    writeFileSync(join(dir, name), doc.getText());
    const cli = JSON.parse(spbe(['lint', join(dir, name), '--format', 'json']).stdout)[0].messages;
    expect(after.map((d) => [d.code, (d.data as { pointer: string }).pointer])).toEqual(cli.map((m: { ruleId: string; pointer: string }) => [m.ruleId, m.pointer]));
  });

  it('turn a rule off in spbe.config.json: created when there is none, edited when there is', async () => {
    const text = JSON.stringify({ ...base, indicators: { ...base.indicators, 2: { ...base.indicators[2], explanation: 'FAKTA: ada. ANALISIS: memenuhi.' } } }, null, 2);
    const { uri, diagnostics } = await open('rule-off.json', text);
    for (const rule of ['explanation-template', 'duplicate-evidence']) {
      let finding = diagnostics.find((d) => d.code === rule);
      if (!finding) {
        // A second finding of another rule for the second round: a duplicate evidence entry.
        const dup = { ...base, indicators: { ...base.indicators, 2: { ...base.indicators[2], evidence: [...base.indicators[2].evidence, base.indicators[2].evidence[0]] } } };
        const t = JSON.stringify(dup, null, 2);
        await client.change(uri, ++version, [{ text: t }]);
        finding = (await client.diagnosticsFor(uri, version)).find((d) => d.code === rule);
      }
      expect(finding).toBeDefined();
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding!.range, context: { diagnostics: [finding] } });
      const off = actions.find((a) => a.title === `Matikan aturan ${rule} di spbe.config.json`);
      expect(off, actions.map((a) => a.title).join('; ')).toBeDefined();
      const count = client.published.length;
      await apply(off!.edit!, uri, TextDocument.create(uri, 'json', version, text));
      const after = await client.until(() => client.published.slice(count).find((p) => p.uri === uri)?.diagnostics);
      expect(after.filter((d) => d.code === rule)).toEqual([]);
    }
    expect(JSON.parse(readFileSync(join(dir, 'spbe.config.json'), 'utf8'))).toEqual({ rules: { 'explanation-template': 'off', 'duplicate-evidence': 'off' } });
    writeJson(dir, 'spbe.config.json', {});
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'spbe.config.json')), type: 2 }] });
  });
});

describe('outline and summary', () => {
  let uri: string;
  beforeAll(async () => { ({ uri } = await open('outline.json', spbeText)); });

  it('document symbols: domains → aspects → indicators with their level', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(spbe2020.domains.map((d) => `${d.number}. ${d.name}`));
    const indicators = symbols.flatMap((d) => d.children!.flatMap((a) => a.children!));
    expect(indicators).toHaveLength(47);
    expect(indicators.find((s) => s.name.startsWith('12. '))!.detail).toBe('3,00 (Terdefinisi), tingkat dipilih');
  });

  it('a code lens at the top with the index and predicate, as spbe score computes them', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const score = JSON.parse(spbe(['score', 'examples/kota-contoh-spbe-2025.json', '--format', 'json']).stdout);
    expect(lenses).toHaveLength(1);
    expect(lenses[0]!.range.start.line).toBe(0);
    expect(lenses[0]!.command!.title).toContain(`Indeks SPBE: ${score.index.toFixed(2).replace('.', ',')} ${score.predicate}`);
    expect(lenses[0]!.command!.title).toContain('47 dari 47 indikator terisi');
  });

  it('an inlay hint per indicator: its value and contribution', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } } });
    expect(hints).toHaveLength(47);
    const w12 = spbe2020.indicators[11]!.weight;
    expect(hints.find((h) => h.position.line === at(spbeText, '"12": {').line)!.label).toBe(` 3,00 · +${(3 * w12 / 100).toFixed(3).replace('.', ',')}`);
  });

  it('a partial Pemdi file: the lens says it is an estimate and names its basis', async () => {
    const a = JSON.parse(pemdiText);
    const { uri: p } = await open('pemdi-partial.json', JSON.stringify({ ...a, indicators: { 1: a.indicators[1], 2: a.indicators[2] } }, null, 2));
    const lens = (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: p } }))[0]!.command!.title;
    expect(lens).toContain('(estimasi)');
    expect(lens).toContain('indeks indikator terisi, 2 dari 20 indikator terisi');
    expect(lens).toMatch(/indeks akhir bila sisanya 1: \d,\d\d/);
  });
});
