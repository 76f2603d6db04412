// Fuzzing spbe lint, score and compare (issue 13): whatever the files hold,
// the answer is an exit code in {0, 1, 2} and never an internal error. Time is
// bounded by the program's own limits (findings and notes capped per file,
// nesting capped, linear glob and key scans), not by a timing assertion: the
// inputs here stay small so the suite stays fast, and the hostile-input tests
// (hostile.test.ts) hold the limits on large ones.
// Runs the commands in-process (cli/main.ts) on files in a temporary folder.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../cli/main.ts';
import { jsonText } from '../../core/json/json-text.arbitrary.ts';
import { tempDir } from './run.ts';

const example = JSON.parse(readFileSync('examples/kota-contoh-spbe-2025.json', 'utf8')) as Record<string, unknown>;
const pemdiExample = JSON.parse(readFileSync('examples/kota-contoh-pemdi-2026.json', 'utf8')) as Record<string, unknown>;

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd, color: false });
  return { code, stdout, stderr };
}

const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', '__proto__', 'constructor', '\u001b[2J', '\n::error::x', '\ud800', '2025-02-30', '1e999', '48', 'I1-L1-01', 'PG_04_01', 'akhir', 'spbe-2020', 'pemdi-2026'),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString, fc.integer({ min: -10, max: 3000 }), fc.double(), fc.boolean(), fc.constant(null),
  fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), oddString), { maxLength: 4 }), fc.dictionary(oddString, fc.integer({ min: 0, max: 6 }), { maxKeys: 3 }),
);

/** The example with some values replaced at random paths: mostly near-valid files, the hardest for the rules. */
const mutatedAssessment = fc.tuple(fc.boolean(), fc.array(fc.tuple(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 5 }), oddValue), { maxLength: 6 }))
  .map(([spbe, edits]) => {
    const doc = structuredClone(spbe ? example : pemdiExample);
    for (const [path, value] of edits) {
      let node: unknown = doc;
      for (let i = 0; i < path.length; i++) {
        if (!node || typeof node !== 'object') break;
        const keys = Object.keys(node);
        if (!keys.length) break;
        const key = keys[path[i]! % keys.length]!;
        if (i === path.length - 1) (node as Record<string, unknown>)[key] = value;
        else node = (node as Record<string, unknown>)[key];
      }
    }
    return JSON.stringify(doc, null, 2);
  });

const strictJsonString = fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s));
const anyText = fc.oneof(
  mutatedAssessment,
  jsonText(fc.oneof(strictJsonString, fc.constantFrom('"framework"', '"indicators"', '"level"')), fc.constantFrom('0', '1', '-1', '2.5', '1e400', '48')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }).map((s) => `{"framework":"spbe-2020",${s}`),
);

const OK_CODES = [0, 1, 2];
const noInternalError = (r: { code: number; stderr: string; stdout: string }) => {
  expect(OK_CODES).toContain(r.code);
  expect(r.stderr).not.toMatch(/internal error|kesalahan internal/);
  expect(r.stdout).not.toMatch(/Kesalahan internal spbe|Internal error in spbe/);
};

describe('fuzzing the commands: an exit code in {0, 1, 2}, never an internal error', () => {
  const dir = tempDir();
  const current = join(process.cwd(), 'examples/kota-contoh-spbe-2025.json');

  it('spbe lint and spbe score on any file', async () => {
    await fc.assert(fc.asyncProperty(anyText, fc.constantFrom('a.json', 'a.jsonc'), fc.constantFrom('stylish', 'json', 'sarif', 'github', 'compact'), async (text, name, format) => {
      writeFileSync(join(dir, name), text);
      noInternalError(await run(['lint', name, '--format', format], dir));
      noInternalError(await run(['score', name, '--format', format === 'json' ? 'json' : 'text'], dir));
    }), { numRuns: 150 });
  });

  it('spbe compare with any text as last year', async () => {
    const lines = fc.array(fc.oneof(
      fc.constantFrom('Indeks SPBE 2,90', '12 Peta Rencana SPBE 4,00', 'Domain 1 3,1', 'Aspek 9 2', 'Predikat Baik', ''),
      fc.string({ maxLength: 30 }),
    ), { maxLength: 30 }).map((ls) => ls.join('\n'));
    const tauval = fc.array(fc.record({ kode: oddString, tahun: oddString, nilai: fc.dictionary(fc.constantFrom('indeks', 'D2001', 'A2001', 'I2001', 'X'), oddValue, { maxKeys: 4 }) }), { maxLength: 3 }).map((r) => JSON.stringify(r));
    await fc.assert(fc.asyncProperty(fc.oneof(lines, tauval, anyText), async (text) => {
      writeFileSync(join(dir, 'last.txt'), text);
      noInternalError(await run(['compare', 'last.txt', current], dir));
      noInternalError(await run(['compare', 'last.txt', current, '--format', 'json', '--last-kind', 'text'], dir));
    }), { numRuns: 150 });
  });

  it('spbe lint with any config and baseline beside the file', async () => {
    writeFileSync(join(dir, 'b.json'), JSON.stringify(example));
    await fc.assert(fc.asyncProperty(anyText, anyText, async (config, baseline) => {
      writeFileSync(join(dir, 'spbe.config.json'), config);
      writeFileSync(join(dir, 'base.json'), baseline);
      noInternalError(await run(['lint', 'b.json', '--baseline', 'base.json'], dir));
    }), { numRuns: 100 });
  });
}, 120_000);
