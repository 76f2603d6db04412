// The hostile-input review of `spbe` (issue 13): each case once failed
// (crash, hang, silent loss or a wrong answer) and is pinned here on the built
// binary. Processes that could hang run with a timeout, so a regression fails
// instead of stalling the suite.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPBE, spbe, tempDir, writeJson } from './run.ts';

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+|internal error|kesalahan internal/);
const good = {
  framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri',
  indicators: { 1: { level: 1, explanation: 'FAKTA: draf ada di 1.a.Draf-Perwal.pdf. ANALISIS: memenuhi tingkat 1.', evidence: [{ title: 'Draf Perwal', file: '1.a.Draf-Perwal.pdf', kind: 'kebijakan', date: '2025-02-01', levels: [1] }] } },
};
const withProblems = { ...good, indicators: { ...good.indicators, 2: { level: 3, explanation: 'ada' } } };
/** A hang guard, not a timing assertion: far above what the work takes. */
const HANG = 60_000;
/** What a terminal acts on: C0/C1 controls but line breaks, DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const run = (args: string[], cwd?: string) => {
  const r = spawnSync(process.execPath, [SPBE, ...args], { cwd, encoding: 'utf8', timeout: HANG, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
};
/** Permissions do not stop root: as root, the run goes as nobody (a folder nobody may enter). */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('hostile input to spbe lint', () => {
  it('1: a valid file with ~150k findings: capped per file with a note, no crash', () => {
    const dir = tempDir();
    const evidence = [...Array(150_000)].map((_, k) => ({ file: `1.a.D-${k}.pdf`, date: '2099-01-01', levels: [1] }));
    writeJson(dir, 'many.json', { ...good, indicators: { 1: { ...good.indicators[1], evidence } } });
    const r = run(['lint', 'many.json', '--format', 'json'], dir);
    noStack(r.stderr);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file.messages.length).toBeLessThanOrEqual(1001);
    const note = file.messages.find((m: { ruleId: string | null }) => m.ruleId === 'too-many-findings');
    expect(note.message).toMatch(/149\d{3} /);
  }, HANG);

  it('2: an agency name written with \\u003a in a 10 MB file is linted, and one bad file never stops the others', () => {
    const dir = tempDir();
    const explanation = `FAKTA: ${'data dukung 1.a.Draf-Perwal.pdf tersedia. '.repeat(240_000)}`;
    writeFileSync(join(dir, 'colon.json'), JSON.stringify({ ...good, agency: { name: 'Kota: Contoh' }, indicators: { 1: { ...good.indicators[1], explanation } } }).replace('Kota: Contoh', 'Kota\\u003a Contoh'));
    writeJson(dir, 'other.json', withProblems);
    const r = run(['lint', '.', '--format', 'json'], dir);
    noStack(r.stderr);
    const res = JSON.parse(r.stdout) as { filePath: string; errorCount: number }[];
    expect(res.map((f) => f.filePath.split('/').pop())).toEqual(['colon.json', 'other.json']);
    expect(res[0]!.errorCount).toBe(0);
    const s = run(['score', 'colon.json'], dir);
    expect([s.code, s.stderr]).toEqual([0, '']);
  }, HANG);

  it('3: 40k schema errors: capped per file with a count of the rest', () => {
    const dir = tempDir();
    const evidence = [...Array(40_000)].map(() => 1);
    writeJson(dir, 'schema.json', { ...good, indicators: { 1: { level: 1, evidence } } });
    const r = run(['lint', 'schema.json', '--format', 'json'], dir);
    noStack(r.stderr);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file.messages.length).toBeLessThanOrEqual(1001);
    expect(file.messages.some((m: { ruleId: string; message: string }) => m.ruleId === 'too-many-findings' && /39\d{3} /.test(m.message))).toBe(true);
  }, HANG);

  it('4: a FIFO is not a regular file: skipped with a reason when found, exit 2 when named, never a hang', () => {
    const dir = tempDir();
    writeJson(dir, 'ok.json', good);
    expect(spawnSync('mkfifo', [join(dir, 'a.json')]).status).toBe(0);
    const named = run(['lint', 'a.json'], dir);
    expect(named.timedOut).toBe(false);
    expect(named.code).toBe(2);
    expect(named.stdout + named.stderr).toMatch(/bukan berkas biasa|not a regular file/);
    const found = run(['lint', '.', '--verbose'], dir);
    expect(found.timedOut).toBe(false);
    expect(found.code).toBe(0);
    expect(found.stderr).toMatch(/a\.json: .*not a regular file/);
    const sub = join(dir, 'cfg');
    mkdirSync(sub);
    writeJson(sub, 'ok.json', good);
    expect(spawnSync('mkfifo', [join(sub, 'spbe.config.json')]).status).toBe(0);
    const cfg = run(['lint', 'ok.json'], sub);
    expect(cfg.timedOut).toBe(false);
    expect(cfg.code).toBe(2);
    expect(cfg.stderr).toMatch(/spbe\.config\.json: .*not a regular file/);
  }, HANG);

  it('5: pathological globs over a deep tree finish (linear matching), and CLI globs match JSON files only', () => {
    const dir = tempDir();
    let deep = dir;
    for (let k = 0; k < 12; k++) { deep = join(deep, 'a'.repeat(30)); mkdirSync(deep); }
    writeJson(deep, `${'a'.repeat(60)}.json`, good);
    writeFileSync(join(deep, `${'a'.repeat(60)}b.txt`), 'x');
    const r1 = run(['lint', '**/**/**/**/**/**/**/*.json', '--verbose'], dir);
    expect(r1.timedOut).toBe(false);
    expect(r1.stderr).toContain('1 berkas diperiksa');
    const r2 = run(['lint', `**/*a*a*a*a*a*a*a*a*a*a*a*a*b*`, '--verbose'], dir);
    expect(r2.timedOut).toBe(false);
    expect(r2.code).toBe(2); // the .txt is no JSON file: nothing matched
    writeJson(dir, 'spbe.config.json', { ignores: ['**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b.json'] });
    const r3 = run(['lint', '.', '--verbose'], dir);
    expect(r3.timedOut).toBe(false);
    expect(r3.stderr).toContain('1 berkas diperiksa');
  }, HANG);

  it('6: output into a closed pipe ends quietly, like ESLint', () => {
    const dir = tempDir();
    for (let k = 0; k < 300; k++) writeJson(dir, `f${k}.json`, withProblems);
    for (const cmd of [`lint . --format json`, `lint .`, `score f0.json`]) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${SPBE}" ${cmd} | head -c 1 >/dev/null`], { cwd: dir, encoding: 'utf8', timeout: HANG });
      expect(r.stderr).toBe('');
    }
  }, HANG);

  it('7, 8: control characters and line breaks in names and paths are shown escaped in every text output', () => {
    const dir = tempDir();
    const evil = 'Kota \u001b]0;pwned\u0007\u001b[2J';
    const name = 'x\n::error file=x::boom.json';
    writeJson(dir, name, { ...withProblems, agency: { name: evil }, indicators: { ...withProblems.indicators, 3: { level: 2, evidence: [{ file: `3.a.${evil}.pdf`, levels: [9] }] } } });
    for (const format of ['stylish', 'compact', 'github']) {
      const r = run(['lint', name, '--format', format, '--verbose'], dir);
      expect(r.code).toBe(1);
      for (const out of [r.stdout, r.stderr]) {
        expect(out).not.toMatch(CONTROL);
        expect(out).not.toMatch(/^::error file=x::/m);
      }
    }
    expect(run(['lint', name], dir).stdout).toContain('x\\u000a::error file=x::boom.json');
    const s = run(['score', name], dir);
    expect(s.stdout + s.stderr).not.toMatch(CONTROL);
    const ok = writeJson(dir, 'evil-ok.json', { ...good, agency: { name: evil } });
    const s2 = run(['score', ok], dir);
    expect(s2.code).toBe(0);
    expect(s2.stdout).toContain('\\u001b]0;pwned\\u0007');
  }, HANG);

  it('9: names that exist are taken literally before any glob reading', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'Evaluasi [2025]'));
    writeJson(dir, 'Evaluasi [2025]/a.json', withProblems);
    writeJson(dir, '[a].json', withProblems);
    writeJson(dir, 'a.json', good);
    writeJson(dir, '{x,y}.json', withProblems);
    writeJson(dir, 'x.json', good);
    for (const arg of ['Evaluasi [2025]', '[a].json', '{x,y}.json']) {
      const r = run(['lint', arg, '--format', 'json'], dir);
      expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath.slice(dir.length + 1))).toEqual([arg.endsWith('.json') ? arg : `${arg}/a.json`]);
      expect(r.code).toBe(1);
    }
  }, HANG);

  it('10: nothing matched is exit 2 as in ESLint (unless allowed), and a named file\'s ignoring config is named', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const none = run(['lint', 'nothing/*.json'], dir);
    expect([none.code, none.stderr]).toEqual([2, expect.stringMatching(/nothing\/\*\.json: .*no files matched/)]);
    expect(run(['lint', 'empty'], dir).code).toBe(2);
    expect(run(['lint', 'empty', '--no-error-on-unmatched-pattern'], dir).code).toBe(0);
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    writeJson(dir, 'spbe.config.json', { ignores: ['**'] });
    writeJson(repo, 'a.json', good);
    const all = run(['lint', '.'], repo);
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/diabaikan|ignored/);
    const named = run(['lint', 'a.json', '--format', 'json'], repo);
    expect(named.code).toBe(0);
    const [f] = JSON.parse(named.stdout);
    expect(f.warningCount).toBe(1);
    expect(f.messages[0].message).toContain(join(dir, 'spbe.config.json'));
  }, HANG);

  it('11: unreadable files and folders are reported with their reason; exit 2', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeJson(dir, 'ok.json', good);
    writeJson(dir, 'secret.json', good);
    chmodSync(join(dir, 'secret.json'), 0);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0);
    const p = spawnSync(process.execPath, [SPBE, 'lint', '.'], { cwd: dir, encoding: 'utf8', timeout: HANG, env: { ...process.env, NO_COLOR: '1' }, ...asUser });
    const r = { code: p.status, stdout: p.stdout, stderr: p.stderr };
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/secret\.json.*(permission denied|tidak boleh dibaca)/s);
    expect(r.stderr).toMatch(/locked: .*(permission denied|tidak boleh dibaca)/);
  }, HANG);

  it('11: a file name that is not valid UTF-8 is reported, not skipped silently', () => {
    const dir = tempDir();
    writeJson(dir, 'ok.json', good);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.json')]), JSON.stringify(good));
    const r = run(['lint', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/bad-.*(UTF-8)/);
  }, HANG);
});

describe('hostile baselines and configs', () => {
  it('12: files called __proto__ and constructor keep their own baseline entries', () => {
    const dir = tempDir();
    for (const n of ['__proto__', 'constructor', 'a.json']) writeJson(dir, n, withProblems);
    const names = ['__proto__', 'constructor', 'a.json'];
    const r = run(['lint', ...names, '--baseline', 'b.json', '--update-baseline'], dir);
    expect(r.code).toBe(0);
    const b = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
    expect(Object.keys(b.files).sort()).toEqual(['__proto__', 'a.json', 'constructor']);
    const again = run(['lint', ...names, '--baseline', 'b.json'], dir);
    expect([again.code, again.stdout]).toEqual([0, '']);
  }, HANG);

  it('13: --update-baseline on a subset merges; --prune-baseline drops what is no longer found', () => {
    const dir = tempDir();
    writeJson(dir, 'a.json', withProblems);
    writeJson(dir, 'b.json', withProblems);
    run(['lint', 'a.json', 'b.json', '--baseline', 'base.json', '--update-baseline'], dir);
    run(['lint', 'a.json', '--baseline', 'base.json', '--update-baseline'], dir);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')).files)).toEqual(['a.json', 'b.json']);
    expect(run(['lint', 'a.json', 'b.json', '--baseline', 'base.json'], dir).code).toBe(0);
    writeJson(dir, 'b.json', good);
    rmSync(join(dir, 'a.json'));
    const p = run(['lint', 'b.json', '--baseline', 'base.json', '--prune-baseline'], dir);
    expect(p.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')).files).toEqual({ 'b.json': { 'incomplete-assessment': { '/indicators': 1 }, 'evidence-folder-not-found': { '': 1 } } });
  }, HANG);

  it.each([
    ['null entries', '{"version":1,"files":{"a.json":null}}', /base\.json:1:\d+:/],
    ['a string', '{"version":1,"files":{"a.json":{"x":"x"}}}', /base\.json:1:\d+:/],
    ['deep nesting', `{"version":1,"files":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /base\.json:1:\d+:/],
  ])('14: a baseline with %s is refused with file:line:col (exit 2)', (_name, text, where) => {
    const dir = tempDir();
    writeJson(dir, 'a.json', withProblems);
    writeFileSync(join(dir, 'base.json'), text);
    const r = run(['lint', 'a.json', '--baseline', 'base.json'], dir);
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(where);
  });

  it('15: a config that is a folder, an invalid glob, a baseline in a missing folder: a plain reason, exit 2', () => {
    const dir = tempDir();
    writeJson(dir, 'a.json', good);
    mkdirSync(join(dir, 'spbe.config.json'));
    let r = run(['lint', 'a.json'], dir);
    noStack(r.stderr);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/spbe\.config\.json: .*(folder|directory)/)]);
    rmSync(join(dir, 'spbe.config.json'), { recursive: true });
    writeJson(dir, 'spbe.config.json', { ignores: ['[z-a]'] });
    r = run(['lint', 'a.json'], dir);
    noStack(r.stderr);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/spbe\.config\.json:\d+:\d+: .*\[z-a\]/)]);
    rmSync(join(dir, 'spbe.config.json'));
    r = run(['lint', 'a.json', '--baseline', 'no/such/dir/base.json', '--update-baseline'], dir);
    noStack(r.stderr);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/no\/such\/dir\/base\.json/)]);
    r = run(['lint', '[z-a].json'], dir);
    noStack(r.stderr);
    expect(r.code).toBe(2);
  }, HANG);

  it('16: a config with a UTF-8 BOM is read; an empty config says it is a config', () => {
    const dir = tempDir();
    writeJson(dir, 'a.json', withProblems);
    writeFileSync(join(dir, 'spbe.config.json'), `\uFEFF${JSON.stringify({ rules: { 'level-needs-evidence': 'off', 'explanation-template': 'off', 'incomplete-assessment': 'off' } })}`);
    expect(run(['lint', 'a.json'], dir).code).toBe(0);
    writeFileSync(join(dir, 'spbe.config.json'), '');
    const r = run(['lint', 'a.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/konfigurasi|config/i);
    expect(r.stderr).not.toMatch(/penilaian|assessment/i);
  }, HANG);

  it('18: --concurrency above the cores is capped, and said so', () => {
    const dir = tempDir();
    for (let k = 0; k < 20; k++) writeJson(dir, `f${k}.json`, good);
    const r = run(['lint', '.', '--concurrency', '200', '--verbose'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--concurrency 200 .* \d+/);
  }, HANG);

  it('19: --format json reports a parse error as ESLint does: ruleId null, fatal, counted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{ "framework": "spbe-2020", ');
    const [f] = JSON.parse(run(['lint', 'broken.json', '--format', 'json'], dir).stdout);
    expect(f.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(f.fatalErrorCount).toBe(f.messages.filter((m: { fatal?: boolean }) => m.fatal).length);
    expect(f.fatalErrorCount).toBeGreaterThan(0);
  }, HANG);
});

describe('hostile input to spbe compare', () => {
  it('17: random text as last year is refused; notes are capped', () => {
    const dir = tempDir();
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['indikator', 'aspek', 'domain', 'nilai', '3,2', '12', '7', 'baik', 'x', '1', 'Indeks'];
    let text = '';
    while (text.length < 2_000_000) text += `${[...Array(1 + Math.floor(rnd() * 8))].map(() => words[Math.floor(rnd() * words.length)]).join(' ')}\n`;
    writeFileSync(join(dir, 'noise.txt'), text);
    const r = run(['compare', 'noise.txt', join(process.cwd(), 'examples/kota-contoh-spbe-2025.json')], dir);
    noStack(r.stderr);
    expect(r.code).toBe(1);
    expect((r.stdout + r.stderr).length).toBeLessThan(20_000);
  }, HANG);

  it.each([['NaN'], ['1e400'], ['Infinity']])('17: a Tauval record whose numbers are %s is refused', (v) => {
    const dir = tempDir();
    writeJson(dir, 'api.json', `[{"kode":"9999","tahun":"2024","nilai":{"indeks":"${v}","A2001":"${v}"}}]`);
    const r = run(['compare', 'api.json', join(process.cwd(), 'examples/kota-contoh-spbe-2025.json')], dir);
    noStack(r.stderr);
    expect(r.code).toBe(1);
  });
});

describe('the run goes on after spbe.ts main', () => {
  it('spbe lint with no file argument and no assessment below exits 2 (ESLint: no files matched)', () => {
    const dir = tempDir();
    expect(spbe(['lint'], { cwd: dir }).code).toBe(2);
  });
});
