import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from './sarif.ts';
import { ctxOf, diag, sample } from './test-data.ts';
import type { FileResult, FormatContext } from './types.ts';

/**
 * The OASIS SARIF 2.1.0 schema, verbatim from oasis-tcs/sarif-spec
 * Schemata/sarif-schema-2.1.0.json (commit 85971b3e, draft 2020-12). Two
 * defects of that file are repaired here, in memory only:
 * - region's `anyOf` (startLine | charOffset | byteOffset required) sits inside
 *   `properties`, which ajv rejects as an invalid schema; it is moved up to
 *   `region`, where it was meant to be (and is stricter for us);
 * - the `language` patterns start with `(?i)`, which JavaScript RegExp lacks;
 *   it becomes the `i` flag.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('../../../test/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  const region = schema.definitions.region;
  region.anyOf = region.properties.anyOf;
  delete region.properties.anyOf;
  const regExp = Object.assign(
    (pattern: string, flags: string) =>
      /^\^?\(\?i\)/.test(pattern) ? new RegExp(pattern.replace('(?i)', ''), `${flags}i`) : new RegExp(pattern, flags),
    { code: 'inlineIgnoreCaseRegExp' }, // only read by standalone code generation
  );
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { regExp } });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = sarifValidator();
const parse = (out: string) => JSON.parse(out);

describe('sarif', () => {
  it.each<[string, FileResult[], FormatContext]>([
    ['the sample, Indonesian', sample, ctxOf('id')],
    ['the sample, English', sample, ctxOf('en')],
    ['no results', [], ctxOf('id')],
    ['Windows paths, one on another drive', [
      { filePath: 'C:\\proj\\data\\a b.json', diagnostics: [diag('schema', 'error', '', [0, 0], [0, 1], 'x')] },
      { filePath: 'D:\\lain\\c.json', diagnostics: [diag('syntax', 'error', '', [0, 0], [0, 1], 'x')] },
    ], ctxOf('id', { cwd: 'C:\\proj' })],
  ])('is valid SARIF 2.1.0 for %s', (_, results, ctx) => {
    const log = parse(sarif(results, ctx));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('fails the schema when broken, so the validation above means something', () => {
    const log = parse(sarif(sample, ctxOf('id')));
    log.runs[0].results[0].level = 'info';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
  });

  it('describes the tool, the pseudo-rules, ctx.rules and unknown ids; no invented informationUri', () => {
    const { driver } = parse(sarif(sample, ctxOf('en'))).runs[0].tool;
    expect(driver.name).toBe('spbe-lens');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['io', 'encoding', 'syntax', 'duplicate-key', 'schema', 'internal-error', 'too-many-findings', 'ignored', 'unknown-indicator', 'evidence-stale']);
    expect(driver.rules.find((r: { id: string }) => r.id === 'unknown-indicator')).toEqual({
      id: 'unknown-indicator',
      shortDescription: { text: "Indicator numbers must exist in the file's framework (1-47 for spbe-2020, 1-20 for pemdi-2026)." },
      fullDescription: { text: "Indicator numbers must exist in the file's framework (1-47 for spbe-2020, 1-20 for pemdi-2026). Source: PermenPANRB 59/2020 Lampiran I Tabel 9; PermenPANRB 8/2026 Lampiran Tabel 1" },
      help: { text: "Indicator numbers must exist in the file's framework (1-47 for spbe-2020, 1-20 for pemdi-2026). Documentation: docs/rules/unknown-indicator.md" },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['problem'] },
    });
    expect(driver.rules[4].shortDescription.text).toMatch(/assessment file schema/);
    expect(parse(sarif(sample, ctxOf('id'))).runs[0].tool.driver.rules[4].shortDescription.text).toMatch(/skema berkas penilaian/);
    expect(driver.rules.at(-1)).toEqual({ id: 'evidence-stale', shortDescription: { text: 'evidence-stale' } });
  });

  it('gives each result its rule index, level, message, relative URI, 1-based region and pointer', () => {
    const run = parse(sarif(sample, ctxOf('id'))).runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    const rules = run.tool.driver.rules;
    for (const r of run.results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['warning', 'error', 'error', 'note', 'error', 'error']);
    const info = run.results[3];
    expect(info.message.text).toBe('Bukti dukung berumur lebih dari 2 tahun');
    expect(info.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'data/a.json' },
      region: { startLine: 15, startColumn: 7, endLine: 17, endColumn: 8 },
    });
    expect(info.properties).toEqual({ pointer: '/indicators/3/evidence/0' });
    expect(run.results[4].locations[0].physicalLocation.artifactLocation.uri).toBe('data/b%20c.json');
  });

  it('percent-encodes URIs and falls back to a file: URI outside cwd\'s drive', () => {
    const uris = (results: FileResult[], cwd: string) =>
      parse(sarif(results, ctxOf('id', { cwd }))).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    const one = (filePath: string): FileResult => ({ filePath, diagnostics: [diag('schema', 'error', '', [0, 0], [0, 1], 'x')] });
    expect(uris([one('C:\\proj\\data\\a b.json'), one('D:\\lain\\c#1.json')], 'C:\\proj')).toEqual(['data/a%20b.json', 'file:///D:/lain/c%231.json']);
    expect(uris([one('../luar/%.json'), one('sub/ü.json')], '/work/proj')).toEqual(['../luar/%25.json', 'sub/%C3%BC.json']);
    expect(uris([one('\\\\server\\share\\a.json'), one('/etc/x.json')], 'C:\\proj')).toEqual(['file://server/share/a.json', 'file:///etc/x.json']);
  });

  it('fingerprints by (rule, file, pointer), not by position, numbering repeats', () => {
    const at = (line: number, pointer = '/year', ruleId = 'schema'): FileResult[] =>
      [{ filePath: 'a.json', diagnostics: [diag(ruleId, 'error', pointer, [line, 0], [line, 1], 'x')] }];
    const fp = (results: FileResult[], cwd = '/work/proj') =>
      parse(sarif(results, ctxOf('id', { cwd }))).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['ruleFilePointer/v1']);
    expect(fp(at(3))).toEqual(fp(at(40)));
    expect(fp(at(3))).toEqual(fp(at(3), '/elsewhere/checkout'));
    expect(fp(at(3))).not.toEqual(fp(at(3, '/name')));
    expect(fp(at(3))).not.toEqual(fp(at(3, '/year', 'duplicate-key')));
    const twice: FileResult[] = [{ filePath: 'a.json', diagnostics: [
      diag('schema', 'error', '/year', [3, 0], [3, 1], 'x'), diag('schema', 'error', '/year', [3, 0], [3, 1], 'y'),
    ] }];
    const [first, second] = fp(twice);
    expect(first).toMatch(/^[0-9a-f]{16}:1$/);
    expect(second).toBe(first.replace(/:1$/, ':2'));
  });
});
