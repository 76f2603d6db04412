// The schema works in VS Code: VS Code's own JSON validator
// (vscode-json-languageservice) reports the broken fixtures' problems on the
// same lines as `spbe lint`.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jls from 'vscode-json-languageservice';
import { lintText } from '../../core/lint/lint.ts';

const { getLanguageService, TextDocument } = jls;
const schema = JSON.parse(readFileSync('schemas/assessment.schema.json', 'utf8'));
// Files that name the schema with "$schema" (a relative path) make VS Code load
// it from disk, as the editor would.
const ls = getLanguageService({
  schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (rel, resource) => new URL(rel, resource).href },
});
ls.configure({ validate: true, allowComments: false, schemas: [{ uri: schema.$id, fileMatch: ['*.json'], schema }] });

const dir = 'test/fixtures/broken';
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const msgText = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);

async function vscode(path: string, text: string) {
  const doc = TextDocument.create(pathToFileURL(resolve(path)).href, 'json', 1, text);
  return ls.doValidation(doc, ls.parseJSONDocument(doc), { schemaValidation: 'error', trailingCommas: 'error', comments: 'error' });
}

function spbeLines(text: string, file: string): { lines: number[]; formatLines: number[]; rulesRan: boolean } {
  const result = lintText(text, file);
  const ds = result.diagnostics.filter((d) => d.severity === 'error');
  const lines = [...new Set(ds.map((d) => d.range.start.line + 1))].sort((a, b) => a - b);
  // VS Code does not check `format: date`; those lines are ours alone.
  const formatLines = ds.filter((d) => d.message.en.startsWith('Invalid date')).map((d) => d.range.start.line + 1);
  return { lines, formatLines, rulesRan: result.rulesRan };
}

/** VS Code's finding for an indicator number the framework lacks (the schema's propertyNames pattern). */
const isIndicatorNumber = (m: string) => /^String does not match the pattern of "\^\(\[1-9\]/.test(m);

describe('VS Code and spbe lint agree on where the problems are', () => {
  it('has broken fixtures to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
  it.each(files)('%s', async (f) => {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    const diags = await vscode(`${dir}/${f}`, text);
    expect(diags.map((d) => msgText(d.message)).join('\n')).not.toMatch(/Unable to load schema/);
    const ours = spbeLines(text, f);
    // spbe's unknown-indicator is a rule: it speaks once the schema errors are fixed and the rules run.
    const vs = new Set(diags.filter((d) => ours.rulesRan || !isIndicatorNumber(msgText(d.message))).map((d) => d.range.start.line + 1));
    // VS Code marks both copies of a duplicate key; spbe lint marks the second and names the first.
    const dupFirst = new Set(diags.filter((d) => /Duplicate object key/.test(msgText(d.message))).map((d) => d.range.start.line + 1).sort((a, b) => a - b).slice(0, 1));
    expect(vs.size).toBeGreaterThan(0);
    expect(ours.lines.filter((l) => !ours.formatLines.includes(l) || vs.has(l))).toEqual([...vs].filter((l) => !dupFirst.has(l)).sort((a, b) => a - b));
  });
});
