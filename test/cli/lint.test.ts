// `spbe lint` end to end, on the built binary: formats, discovery, config,
// baseline, exit codes, and hostile input that must never crash or hang.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { spbe, tempDir, writeJson } from './run.ts';

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);
const good = {
  framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri',
  indicators: { 1: { level: 1, explanation: 'FAKTA: draf ada di 1.a.Draf-Perwal.pdf. ANALISIS: memenuhi tingkat 1.', evidence: [{ title: 'Draf Perwal', file: '1.a.Draf-Perwal.pdf', kind: 'kebijakan', date: '2025-02-01', levels: [1] }] } },
};
const withProblems = { ...good, indicators: { ...good.indicators, 2: { level: 3, explanation: 'ada' } } };

describe('spbe lint on the bundled examples and fixtures', () => {
  it('the examples have no errors (exit 0); their evidence files are not shipped, which one note per file says; the Pemdi one has the 5 items its assessor returned', () => {
    const r = spbe(['lint', 'examples', '--format', 'json']);
    expect(r.code).toBe(0);
    for (const f of JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[]) {
      // A final record's evidence is not judged; the Pemdi self-assessment is at stage dokumen, with assessor results.
      const expected = f.filePath.endsWith('-hasil.json') ? [] : f.filePath.includes('pemdi') ? ['evidence-folder-not-found', ...Array(5).fill('item-revisi')] : ['evidence-folder-not-found'];
      expect(f.messages.map((m) => m.ruleId), f.filePath).toEqual(expected);
    }
    const plain = spbe(['lint', 'examples', '--no-evidence']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('0 kesalahan, 5 peringatan');
  });
  it('last year\'s final record (stage akhir, a level per indicator, no evidence) is a record, not a draft: clean', () => {
    const r = spbe(['lint', 'examples/kota-contoh-spbe-2024-hasil.json', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
  });
  it('a Pemdi final record with portal item codes and external scores is clean, and scores with its floored indicators named', () => {
    const dir = tempDir();
    const f = writeJson(dir, 'pemdi-2026-hasil.json', {
      framework: 'pemdi-2026', year: 2026, agency: { name: 'Pemerintah Kabupaten Contoh', code: '9998', kind: 'kabupaten' }, stage: 'akhir',
      indicators: {
        ...Object.fromEntries([1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20].map((n) => [String(n), { value: 2.25 }])),
        4: { value: 1.83, evidence: [
          { item: 'PG_04_01', file: 'SK-Tim-Koordinasi-Pemdi-2026.pdf', status: 'diterima' },
          { item: 'PG_04_02', file: 'Renja-Diskominfo-2026.pdf', status: 'diterima' },
          { item: 'PG_04_03', file: 'Notulen-Rapat-Kolaborasi-OPD.pdf', status: 'diterima' },
          { item: 'PG_04_04', file: 'Renstra-2025-2029.pdf', status: 'revisi', note: 'Bukti dukung yang diberikan tidak tepat berupa RKA, semestinya berupa rencana kolaborasi antar instansi.' },
        ] },
        5: { external: { source: 'SDI', score: 68.75, date: '2026-04-30' }, value: 3.75 },
      },
    });
    const lint = spbe(['lint', f, '--format', 'json']);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout)[0].messages).toEqual([]);
    const j = JSON.parse(spbe(['score', f, '--format', 'json']).stdout);
    expect(j).toMatchObject({ complete: true, floored: [6, 7, 18] });
    expect(spbe(['score', f]).stdout).toContain('Indikator 6-7, 18 dinilai dari indeks nasional tanpa nilai: dihitung 1,00');
  });
  it('broken fixtures: exit 1, grouped per file, with the note that rules wait for the schema', () => {
    const r = spbe(['lint', 'test/fixtures/broken']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/typo-and-range\.json\n\s+5:57\s+error\s+Nilai tidak dikenal/);
    expect(r.stdout).toContain('aturan evaluasi belum dijalankan');
    expect(r.stdout).toMatch(/✖ \d+ masalah \(\d+ kesalahan, 0 peringatan\)/);
  });
});

describe('formats', () => {
  const dir = tempDir();
  const f = writeJson(dir, 'a.json', withProblems);
  it('compact is read by VS Code\'s $eslint-compact problem matcher', () => {
    const r = spbe(['lint', f, '--format', 'compact', '--locale', 'en']);
    const re = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;
    const lines = r.stdout.split('\n').filter((l) => re.test(l));
    expect(lines.length).toBeGreaterThan(0);
    const m = re.exec(lines[0]!)!;
    expect(m[1]).toBe(f);
    expect(r.code).toBe(1);
  });
  it('json has ESLint\'s shape', () => {
    const j = JSON.parse(spbe(['lint', f, '--format', 'json']).stdout);
    expect(j[0]).toMatchObject({ filePath: f, errorCount: expect.any(Number), warningCount: expect.any(Number) });
    expect(j[0].messages[0]).toEqual(expect.objectContaining({ ruleId: expect.any(String), severity: expect.any(Number), line: expect.any(Number), column: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) }));
  });
  it('sarif is SARIF 2.1.0 with rule metadata', () => {
    const s = JSON.parse(spbe(['lint', f, '--format', 'sarif'], { cwd: dir }).stdout);
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0].tool.driver.rules.length).toBeGreaterThan(10);
    expect(s.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a.json');
  });
  it('github prints workflow annotations with relative paths', () => {
    const r = spbe(['lint', 'a.json', '--format', 'github'], { cwd: dir });
    expect(r.stdout).toMatch(/^::error file=a\.json,line=\d+/m);
  });
  it('--locale en speaks English', () => {
    expect(spbe(['lint', f, '--locale', 'en']).stdout).toMatch(/✖ \d+ problems? \(/);
  });
});

describe('discovery', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub/deeper'), { recursive: true });
  mkdirSync(join(dir, 'only-config'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeJson(dir, 'sub/a.json', good);
  writeJson(dir, 'sub/deeper/b.jsonc', `// komentar boleh di .jsonc\n${JSON.stringify(good)}`);
  writeJson(dir, 'node_modules/pkg/bad.json', withProblems);
  writeJson(dir, '.git/bad.json', withProblems);
  writeJson(dir, 'package.json', { name: 'x' });
  writeJson(dir, 'notes.txt', 'not json');
  writeJson(dir, 'only-config/x.json', { rules: {} });
  it('finds assessments in folders, never enters node_modules or .git, and says what it skipped with --verbose', () => {
    const r = spbe(['lint', '.', '--verbose'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 berkas diperiksa');
    expect(r.stderr).toMatch(/dilewati \/ skipped package\.json/);
    expect(r.stderr).not.toContain('node_modules');
  });
  it('lints a found assessment whose "framework" key is mistyped or missing (it was skipped: no output, exit 0)', () => {
    const typo = tempDir();
    const { framework, ...rest } = good;
    writeJson(typo, 'penilaian-2025.json', { framwork: framework, ...rest });
    writeJson(typo, 'dengan-skema.json', { $schema: '../node_modules/spbe-lens/schemas/assessment.schema.json', year: 2025 });
    writeJson(typo, 'package.json', { name: 'x' });
    // spbe's own JSON output saved beside the assessments is not one, nor another tool's "framework".
    writeJson(typo, 'skor.json', JSON.parse(spbe(['score', 'examples/kota-contoh-pemdi-2026.json', '--format', 'json']).stdout));
    writeJson(typo, 'banding.json', JSON.parse(spbe(['compare', 'examples/kota-contoh-spbe-2024-hasil.json', 'examples/kota-contoh-spbe-2025.json', '--format', 'json']).stdout));
    writeJson(typo, 'vercel.json', { framework: 'nextjs' });
    const r = spbe(['lint', '.', '--no-evidence', '--format', 'json'], { cwd: typo });
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as { filePath: string; errorCount: number; messages: { message: string }[] }[];
    expect(files.map((f) => f.filePath).sort()).toEqual([join(typo, 'dengan-skema.json'), join(typo, 'penilaian-2025.json')]);
    for (const f of files) expect(f.errorCount).toBeGreaterThan(0);
    expect(files.find((f) => f.filePath.endsWith('penilaian-2025.json'))!.messages.map((m) => m.message).join('\n')).toContain('framwork');
  });
  it('expands globs', () => {
    expect(spbe(['lint', 'sub/**/*.jsonc', '--verbose'], { cwd: dir }).stderr).toContain('1 berkas diperiksa');
  });
  it('a folder with JSON files but no assessment is reported, and a file named outright is linted whatever it holds', () => {
    const r = spbe(['lint', 'only-config', '--verbose'], { cwd: dir });
    expect(r.stderr).toContain('spbe lint: only-config: tidak ada berkas penilaian yang cocok');
    expect(r.stderr).toContain('dilewati / skipped only-config/x.json: bukan berkas penilaian');
    const named = spbe(['lint', 'only-config', 'only-config/x.json', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(named.stdout).map((f: { filePath: string }) => f.filePath)).toEqual([join(dir, 'only-config/x.json')]);
    expect(named.code).toBe(1);
  });
  it('a path that matches nothing is reported', () => {
    const r = spbe(['lint', 'nothing/*.json'], { cwd: dir });
    expect(r.stderr).toContain('tidak ada berkas penilaian yang cocok');
  });
});

describe('worker threads', () => {
  it('many files: the same output in the same order with 1 thread or several', () => {
    const dir = tempDir();
    for (let k = 0; k < 90; k++) writeJson(dir, `a${String(k).padStart(3, '0')}.json`, k % 3 ? good : withProblems);
    writeFileSync(join(dir, 'broken.json'), '{ "framework": "spbe-2020", ');
    const one = spbe(['lint', '.', '--format', 'json', '--concurrency', '1'], { cwd: dir });
    const many = spbe(['lint', '.', '--format', 'json', '--concurrency', '2', '--verbose'], { cwd: dir });
    if (availableParallelism() >= 2) expect(many.stderr).toContain('(2 utas / threads)');
    expect(many.stdout).toBe(one.stdout);
    expect(many.code).toBe(one.code);
    expect(JSON.parse(many.stdout)).toHaveLength(91);
  });
  it('rejects a bad --concurrency', () => {
    expect(spbe(['lint', 'examples', '--concurrency', '0']).code).toBe(2);
  });
});

describe('configuration', () => {
  it('the nearest spbe.config.json sets severities and ignores', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'team/draf'), { recursive: true });
    writeJson(dir, 'team/a.json', withProblems);
    writeJson(dir, 'team/draf/b.json', withProblems);
    expect(spbe(['lint', 'team'], { cwd: dir }).code).toBe(1);
    writeJson(dir, 'spbe.config.json', { rules: { 'level-needs-evidence': 'off', 'explanation-template': 'off', 'incomplete-assessment': 'warn' }, ignores: ['team/draf/**'] });
    const r = spbe(['lint', 'team', '--verbose'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning .*incomplete-assessment/);
    expect(r.stdout).not.toContain('level-needs-evidence');
    expect(r.stderr).toContain('1 berkas diperiksa');
    expect(spbe(['lint', 'team', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
  });
  it('takes the severities the rule pages name ("info", "warning") as well as ESLint\'s "warn"', () => {
    const dir = tempDir();
    writeJson(dir, 'a.json', withProblems);
    writeJson(dir, 'spbe.config.json', { rules: { 'level-needs-evidence': 'info', 'explanation-template': 'warning', 'review-too-old': 'warn', 'incomplete-assessment': 'off' } });
    const r = spbe(['lint', 'a.json', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const levels = Object.fromEntries((JSON.parse(r.stdout)[0].messages as { ruleId: string; level: string }[]).map((m) => [m.ruleId, m.level]));
    expect(levels).toMatchObject({ 'level-needs-evidence': 'info', 'explanation-template': 'warning' });
    expect(levels['incomplete-assessment']).toBeUndefined();
  });
  it('a broken config is a usage error (exit 2) with its line and column', () => {
    const dir = tempDir();
    writeJson(dir, 'a.json', good);
    writeJson(dir, 'spbe.config.json', '{\n  "rules": { "no-such-rule": "off", "review-too-old": "loud" }\n}');
    const r = spbe(['lint', 'a.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/spbe\.config\.json:2:\d+: /);
    noStack(r.stderr);
  });
});

describe('baseline', () => {
  it('records known problems, then shows only new ones', () => {
    const dir = tempDir();
    const f = writeJson(dir, 'a.json', withProblems);
    const before = readFileSync(f, 'utf8');
    let r = spbe(['lint', 'a.json', '--baseline', 'baseline.json', '--update-baseline'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).version).toBe(1);
    r = spbe(['lint', 'a.json', '--baseline', 'baseline.json'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, '']);
    writeJson(dir, 'a.json', { ...withProblems, indicators: { ...withProblems.indicators, 3: { level: 2 } } });
    r = spbe(['lint', 'a.json', '--baseline', 'baseline.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Indikator 3:/);
    expect(r.stdout).not.toMatch(/Indikator 2:/);
    expect(before).toBe(JSON.stringify(withProblems, null, 2)); // the linted file was never rewritten
  });
  it('knows a recorded problem by what it is about, not by its place in a list: a new one in a fixed one\'s place is shown', () => {
    const dir = tempDir();
    const ev = (file: string, date: string) => ({ title: file, file, kind: 'laporan', date, levels: [1] });
    const explanation = 'FAKTA: ada di 1.a.Lama.pdf dan 1.b.Lain.pdf. ANALISIS: memenuhi tingkat 1.';
    const withEvidence = (evidence: object[]) => ({ ...good, indicators: { 1: { ...good.indicators[1], explanation, evidence } } });
    writeJson(dir, 'a.json', withEvidence([ev('1.a.Lama.pdf', '2026-03-01'), ev('1.b.Lain.pdf', '2025-03-01')]));
    expect(spbe(['lint', 'a.json', '--no-evidence', '--baseline', 'baseline.json', '--update-baseline'], { cwd: dir }).code).toBe(0);
    // The old one fixed; a new entry, dated after the year too, inserted before it (its finding has the old one's pointer).
    writeJson(dir, 'a.json', withEvidence([ev('1.a.Baru.pdf', '2026-04-01'), ev('1.a.Lama.pdf', '2025-03-01'), ev('1.b.Lain.pdf', '2025-03-01')]));
    const r = spbe(['lint', 'a.json', '--no-evidence', '--baseline', 'baseline.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1.a.Baru.pdf');
    // Reordered, the recorded problem is still known.
    writeJson(dir, 'a.json', withEvidence([ev('1.b.Lain.pdf', '2025-03-01'), ev('1.a.Lama.pdf', '2026-03-01')]));
    expect(spbe(['lint', 'a.json', '--no-evidence', '--baseline', 'baseline.json'], { cwd: dir }).stdout).toBe('');
  });
  it('an entry inserted above a known duplicate does not bring it back (the entry number in its message is not part of the key)', () => {
    const dir = tempDir();
    const ev = (file: string) => ({ title: file, file, kind: 'laporan', date: '2025-03-01', levels: [1] });
    const explanation = 'FAKTA: ada di 1.a.Perwal.pdf. ANALISIS: memenuhi tingkat 1.';
    const withEvidence = (files: string[]) => ({ ...good, indicators: { 1: { ...good.indicators[1], explanation, evidence: files.map(ev) } } });
    writeJson(dir, 'a.json', withEvidence(['1.a.Perwal.pdf', '1.b.Notulen.pdf', '1.a.Perwal.pdf']));
    spbe(['lint', 'a.json', '--no-evidence', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    writeJson(dir, 'a.json', withEvidence(['1.c.Baru.pdf', '1.a.Perwal.pdf', '1.b.Notulen.pdf', '1.a.Perwal.pdf']));
    const r = spbe(['lint', 'a.json', '--no-evidence', '--baseline', 'b.json', '--max-warnings', '0'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, '']);
  });
  it('counts as unused only what --prune-baseline would drop: not the entries of a file this run did not lint', () => {
    const dir = tempDir();
    writeJson(dir, 'a.json', withProblems);
    writeJson(dir, 'b.json', withProblems);
    spbe(['lint', 'a.json', 'b.json', '--no-evidence', '--baseline', 'base.json', '--update-baseline'], { cwd: dir });
    writeJson(dir, 'a.json', good);
    expect(spbe(['lint', 'b.json', '--no-evidence', '--baseline', 'base.json'], { cwd: dir }).stderr).not.toContain('tak terpakai');
    expect(spbe(['lint', 'a.json', '--no-evidence', '--baseline', 'base.json'], { cwd: dir }).stderr).toMatch(/\d+ entri tak terpakai lagi/);
  });
  it('a baseline written with pointer keys still hides the finding at that pointer', () => {
    const dir = tempDir();
    writeJson(dir, 'a.json', withProblems);
    const found = JSON.parse(spbe(['lint', 'a.json', '--no-evidence', '--format', 'json'], { cwd: dir }).stdout)[0].messages as { ruleId: string; pointer: string }[];
    const files: Record<string, Record<string, Record<string, number>>> = { 'a.json': {} };
    for (const m of found) (files['a.json']![m.ruleId] ??= {})[m.pointer] = ((files['a.json']![m.ruleId] ?? {})[m.pointer] ?? 0) + 1;
    writeJson(dir, 'old-baseline.json', { version: 1, files });
    const r = spbe(['lint', 'a.json', '--no-evidence', '--baseline', 'old-baseline.json'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, '']);
  });
  it('a missing baseline without --update-baseline is a usage error', () => {
    expect(spbe(['lint', 'examples', '--baseline', '/nonexistent/b.json']).code).toBe(2);
  });
});

describe('hostile input: a diagnostic each, never a crash, the other files still linted', () => {
  const dir = tempDir();
  const files: Record<string, string | Uint8Array> = {
    'empty.json': '',
    'bom.json': '\uFEFF' + JSON.stringify(good),
    'utf16.json': new Uint8Array([0xff, 0xfe, ...[...JSON.stringify(good)].flatMap((c) => [c.charCodeAt(0), 0])]),
    'binary.json': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    'proto.json': JSON.stringify({ ...good, __proto__: { polluted: true } }).replace('"framework"', '"__proto__":{"x":1},"framework"'),
    'huge-number.json': JSON.stringify(good).replace('"year":2025', '"year":1e999'),
    'deep.json': '['.repeat(100_000) + ']'.repeat(100_000),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  it('lints them all and reports each where it can', () => {
    const names = Object.keys(files);
    // Decoding and parsing only: the evidence stage has its own hostile cases (test/cli/evidence.test.ts).
    const r = spbe(['lint', ...names, 'good.json', '--format', 'json', '--no-evidence'], { cwd: dir });
    noStack(r.stderr);
    const res = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string | null; message: string; line: number }[] }[];
    const by: Record<string, (typeof res)[number]['messages']> = Object.fromEntries(res.map((x) => [x.filePath.split('/').pop()!, x.messages]));
    expect(by['empty.json']![0]!.message).toMatch(/kosong/);
    expect(by['bom.json']!.map((m) => m.ruleId)).toEqual(['incomplete-assessment']); // read fine despite the BOM
    expect(by['utf16.json']!.map((m) => m.ruleId)).toEqual(['encoding', 'incomplete-assessment']); // a warning, not fatal
    expect(by['binary.json']![0]!.message).toMatch(/biner/);
    expect(by['proto.json']!.map((m) => m.message).join()).toMatch(/"__proto__"/);
    expect(by['huge-number.json']![0]!.message).toMatch(/Tahun harus/);
    expect(by['deep.json']![0]!.message).toMatch(/bersarang/);
    expect(by['good.json']![0]!).toMatchObject({ ruleId: null, fatal: true, spbeRuleId: 'io' }); // missing file: reported, others linted
    expect(r.code).toBe(2);
  });
  it('a 50 MB assessment is linted without crashing or hanging', () => {
    const evidence = [...Array(200_000)].map((_, k) => ({ title: `Dokumen pendukung nomor ${k} untuk indikator pertama`, file: `1.a.Dok-${k}.pdf`, kind: 'laporan', date: '2025-01-15', levels: [1] }));
    const big = { ...good, indicators: { 1: { ...good.indicators[1], evidence } } };
    const f = writeJson(dir, 'big.json', big);
    expect(statSync(f).size).toBeGreaterThan(30 * 1024 * 1024);
    const r = spbe(['lint', 'big.json', '--format', 'json'], { cwd: dir });
    noStack(r.stderr);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout)[0].filePath).toMatch(/big\.json$/);
  }, 120_000);
});
